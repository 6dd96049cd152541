// ProxyPolicy: proxies only when the environment names one, and then the one it names.
#include "ProxyPolicy.h"

#include <QNetworkProxyFactory>
#include <QTest>
#include <QUrl>

using namespace Portpilot;

class TestProxyPolicy : public QObject
{
    Q_OBJECT

private slots:
    void apply_data();
    void apply();
};

void TestProxyPolicy::apply_data()
{
    QTest::addColumn<QStringList>("environment"); // NAME=VALUE
    QTest::addColumn<bool>("asks");
    QTest::addColumn<QString>(
        "proxyHost"); // for https://autoconfig.example.test/; empty: direct, "*": libproxy decides

    QTest::addRow("nothing set: no lookup, direct") << QStringList() << false << QString();
    QTest::addRow("empty variables") << QStringList{QStringLiteral("https_proxy="), QStringLiteral("http_proxy= ")}
                                     << false << QString();
    QTest::addRow("unrelated variable") << QStringList{QStringLiteral("ftp_proxy=http://127.0.0.9:3128")} << false
                                        << QString();
    QTest::addRow("https_proxy") << QStringList{QStringLiteral("https_proxy=http://127.0.0.9:3128")} << true
                                 << QStringLiteral("127.0.0.9");
    QTest::addRow("http_proxy") << QStringList{QStringLiteral("http_proxy=http://127.0.0.8:3128")} << true
                                << QStringLiteral("127.0.0.8");
    QTest::addRow("HTTPS_PROXY") << QStringList{QStringLiteral("HTTPS_PROXY=http://127.0.0.7:3128")} << true
                                 << QStringLiteral("*");
}

void TestProxyPolicy::apply()
{
    QFETCH(QStringList, environment);
    QFETCH(bool, asks);
    QFETCH(QString, proxyHost);

    QProcessEnvironment env;
    for (const QString& entry : environment) {
        const qsizetype equals = entry.indexOf(u'=');
        env.insert(entry.left(equals), entry.mid(equals + 1));
    }
    QCOMPARE(ProxyPolicy::environmentAsksForProxy(env), asks);
    ProxyPolicy::apply(env);
    QCOMPARE(QNetworkProxyFactory::usesSystemConfiguration(), asks);

    // What the process would use: libproxy reads the real environment, so set it for the lookup.
    const QStringList names{QStringLiteral("http_proxy"), QStringLiteral("https_proxy"), QStringLiteral("all_proxy"),
                            QStringLiteral("HTTP_PROXY"), QStringLiteral("HTTPS_PROXY"), QStringLiteral("ALL_PROXY"),
                            QStringLiteral("no_proxy"),   QStringLiteral("ftp_proxy")};
    for (const QString& name : names) {
        if (env.contains(name)) {
            qputenv(name.toLatin1(), env.value(name).toUtf8());
        } else {
            qunsetenv(name.toLatin1());
        }
    }
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(
        QNetworkProxyQuery(QUrl(QStringLiteral("https://autoconfig.example.test/mail/config-v1.1.xml"))));
    QVERIFY(!proxies.isEmpty());
    if (proxyHost == QLatin1String("*")) {
        return; // libproxy's own rules (which case it reads) decide; only the lookup is asked for
    }
    if (proxyHost.isEmpty()) {
        QVERIFY(proxies.first().type() == QNetworkProxy::NoProxy ||
                proxies.first().type() == QNetworkProxy::DefaultProxy);
        return;
    }
    QCOMPARE(proxies.first().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxies.first().hostName(), proxyHost);
    QCOMPARE(proxies.first().port(), quint16(3128));
}

QTEST_GUILESS_MAIN(TestProxyPolicy)
#include "TestProxyPolicy.moc"
