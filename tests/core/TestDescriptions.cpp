#include "Descriptions.h"
#include "LanguageManager.h"
#include "SetupState.h"

#include <QSet>
#include <QTest>

using namespace Portpilot;

// The one table of plain words the wizard and the command line share: every value has its own
// words, in English and in Icelandic.
class TestDescriptions : public QObject
{
    Q_OBJECT

private slots:
    void everyValueHasItsOwnWords_data();
    void everyValueHasItsOwnWords();
    void summaryHoldsNoPassword();

private:
    static QStringList wordsFor(const QString& table);
};

QStringList TestDescriptions::wordsFor(const QString& table)
{
    QStringList words;
    if (table == QLatin1String("source")) {
        for (ConfigSource source :
             {ConfigSource::Bundled, ConfigSource::ProviderHttps, ConfigSource::Ispdb, ConfigSource::Mx,
              ConfigSource::DnsSrv, ConfigSource::Guess, ConfigSource::ProviderHttp, ConfigSource::Manual,
              ConfigSource::File, ConfigSource::Imported, ConfigSource::Unknown}) {
            words.append(Descriptions::source(source));
        }
    } else if (table == QLatin1String("trust")) {
        for (Trust trust : {Trust::High, Trust::Medium, Trust::Low, Trust::Insecure}) {
            words.append(Descriptions::trust(trust));
        }
    } else if (table == QLatin1String("status")) {
        for (SourceStatus status :
             {SourceStatus::Found, SourceStatus::Nothing, SourceStatus::Failed, SourceStatus::Cancelled}) {
            words.append(Descriptions::sourceStatus(status));
        }
    } else if (table == QLatin1String("security")) {
        for (SocketType type : {SocketType::Ssl, SocketType::StartTls, SocketType::Plain}) {
            words.append(Descriptions::security(type));
            words.append(Descriptions::securityExplanation(type));
        }
    } else if (table == QLatin1String("protocol")) {
        for (Protocol protocol : {Protocol::Imap, Protocol::Pop3, Protocol::Smtp}) {
            words.append(Descriptions::protocolAdvice(protocol));
        }
    }
    return words;
}

void TestDescriptions::everyValueHasItsOwnWords_data()
{
    QTest::addColumn<QString>("table");
    for (const char* table : {"source", "trust", "status", "security", "protocol"}) {
        QTest::newRow(table) << QString::fromLatin1(table);
    }
}

void TestDescriptions::everyValueHasItsOwnWords()
{
    QFETCH(QString, table);
    QVERIFY(LanguageManager::instance()->setLanguage(LanguageManager::English));
    const QStringList english = wordsFor(table);
    QVERIFY(!english.isEmpty());
    QCOMPARE(QSet<QString>(english.begin(), english.end()).size(), english.size());
    QVERIFY(!english.contains(QString()));
    QString error;
    QVERIFY2(LanguageManager::instance()->setLanguage(QStringLiteral("is"), &error), qPrintable(error));
    const QStringList icelandic = wordsFor(table);
    QCOMPARE(icelandic.size(), english.size());
    for (qsizetype i = 0; i < english.size(); ++i) {
        // "SSL/TLS" and "STARTTLS" are the same words in both languages.
        if (english.at(i) != QLatin1String("SSL/TLS") && english.at(i) != QLatin1String("STARTTLS")) {
            QVERIFY2(icelandic.at(i) != english.at(i), qPrintable(english.at(i)));
        }
    }
    QVERIFY(LanguageManager::instance()->setLanguage(LanguageManager::English));
}

void TestDescriptions::summaryHoldsNoPassword()
{
    SetupState state;
    state.realName = QStringLiteral("Anna");
    state.address = EmailAddress::parse(QStringLiteral("anna@example.test"));
    state.password = QStringLiteral("hunter2-secret");
    state.side(Side::Incoming).server.hostname = QStringLiteral("imap.example.test");
    state.side(Side::Incoming).server.port = 993;
    state.side(Side::Outgoing).server.hostname = QStringLiteral("smtp.example.test");
    state.side(Side::Outgoing).server.port = 465;
    const QString summary = Descriptions::accountSummary(state);
    QVERIFY(summary.contains(QLatin1String("imap.example.test:993")));
    QVERIFY(summary.contains(QLatin1String("smtp.example.test:465")));
    QVERIFY(summary.contains(QStringLiteral("“anna@example.test”"))); // the user name defaults to the address
    QVERIFY(!summary.contains(QLatin1String("hunter2")));
}

QTEST_GUILESS_MAIN(TestDescriptions)
#include "TestDescriptions.moc"
