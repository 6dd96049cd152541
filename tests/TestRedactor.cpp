// Redactor: every encoding in which a password reaches a line is found and hidden.
#include "ImapSession.h"
#include "Redactor.h"
#include "SaslClient.h"

#include <QTest>

using namespace Portpilot;

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryForm_data();
    void findsEveryForm();
    void cramMd5CarriesNoForm();
    void redactsLongestFirst();
    void otherSecrets();
};

void TestRedactor::findsEveryForm_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("rawSearchFindsIt"); // what a search for the raw password alone sees

    const QString user = QStringLiteral("anna@example.test");
    for (const QString& password :
         {QStringLiteral("s3cret \"pa\\ss\" {7}"), QStringLiteral("þór"), QStringLiteral("plain-password")}) {
        const QByteArray raw = password.toUtf8();
        const QByteArray name = raw.left(6);
        QTest::addRow("%s raw (POP3 PASS)", name.constData()) << password << QByteArray("PASS " + raw) << true;
        QTest::addRow("%s imap literal body", name.constData()) << password << raw << true;
        if (const auto quoted = ImapSession::quoted(password)) {
            QTest::addRow("%s imap quoted", name.constData())
                << password << QByteArray("A1 LOGIN \"anna\" " + *quoted) << !password.contains(QLatin1Char('"'));
        }
        QTest::addRow("%s sasl plain", name.constData()) << password << SaslClient::plain(user, password) << false;
        QTest::addRow("%s sasl plain, local part", name.constData())
            << password << SaslClient::plain(QStringLiteral("anna"), password) << false;
        QTest::addRow("%s sasl login", name.constData()) << password << SaslClient::login(password) << false;
    }
}

void TestRedactor::findsEveryForm()
{
    QFETCH(QString, password);
    QFETCH(QByteArray, line);
    QFETCH(bool, rawSearchFindsIt);
    const Redactor redactor(password, {QStringLiteral("anna@example.test"), QStringLiteral("anna")});
    QVERIFY(redactor.containsSecret(line));
    const QString redacted = redactor.redact(QString::fromUtf8(line));
    QVERIFY2(!redactor.containsSecret(redacted), qPrintable(redacted));
    QVERIFY(redacted.contains(Redactor::Mark));
    // Why a search for the raw password is not enough (the old checks of the probe tests).
    QCOMPARE(line.contains(password.toUtf8()), rawSearchFindsIt);
}

void TestRedactor::cramMd5CarriesNoForm()
{
    const QString password = QStringLiteral("tanstaaftanstaaf");
    const Redactor redactor(password, {QStringLiteral("tim")});
    const QByteArray challenge = QByteArray("<1896.697170952@postoffice.reston.mci.net>").toBase64();
    const QByteArray response = SaslClient::cramMd5(QStringLiteral("tim"), password, challenge);
    QVERIFY(!redactor.containsSecret(response));
    QVERIFY(!redactor.containsSecret(QByteArray::fromBase64(response)));
}

void TestRedactor::redactsLongestFirst()
{
    const Redactor redactor(QStringLiteral("ab\"c"), {QStringLiteral("u")});
    QCOMPARE(redactor.redact(QStringLiteral("x \"ab\\\"c\" y ab\"c z")),
             QStringLiteral("x \"[redacted]\" y [redacted] z"));
    QCOMPARE(Redactor().redact(QStringLiteral("nothing to hide")), QStringLiteral("nothing to hide"));
    QVERIFY(Redactor(QString(), {QStringLiteral("u")}).isEmpty());
}

void TestRedactor::otherSecrets()
{
    Redactor redactor;
    redactor.addSecret("ya29.token-value");
    QVERIFY(redactor.containsSecret(QByteArray("Authorization: Bearer ya29.token-value")));
    QCOMPARE(redactor.redact(QStringLiteral("Bearer ya29.token-value")), QStringLiteral("Bearer [redacted]"));
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
