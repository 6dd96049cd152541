#include "LanguageManager.h"
#include "TsFile.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Portpilot;

// The language manager: which catalogues exist, how a locale maps to one, and that switching
// really swaps Portpilot's and Qt's strings (Icelandic plural forms included).
class TestLanguageManager : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void availableLanguages();
    void languageFor_data();
    void languageFor();
    void normalize_data();
    void normalize();
    void switchesBothCatalogues();
    void refusesUnknownLanguage();
    void icelandicPlurals_data();
    void icelandicPlurals();
};

void TestLanguageManager::cleanup()
{
    LanguageManager::instance()->setLanguage(LanguageManager::English);
}

void TestLanguageManager::availableLanguages()
{
    const QStringList languages = LanguageManager::availableLanguages();
    QCOMPARE(languages.value(0), LanguageManager::English);
    QVERIFY(languages.contains(QStringLiteral("is")));
    QVERIFY(!languages.contains(LanguageManager::Pseudo));
    QVERIFY(LanguageManager::availableLanguages(true).contains(LanguageManager::Pseudo));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("is")), QStringLiteral("Íslenska"));
    QCOMPARE(LanguageManager::nativeName(LanguageManager::English), QStringLiteral("English"));
}

void TestLanguageManager::languageFor_data()
{
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Icelandic first") << QStringList{u"is-IS"_s, u"en-US"_s} << u"is"_s;
    QTest::newRow("underscore form") << QStringList{u"is_IS"_s} << u"is"_s;
    QTest::newRow("English first") << QStringList{u"en-GB"_s, u"is"_s} << u"en"_s;
    QTest::newRow("German falls back to English") << QStringList{u"de-DE"_s, u"de"_s} << u"en"_s;
    QTest::newRow("second choice Icelandic") << QStringList{u"de-DE"_s, u"is-IS"_s} << u"is"_s;
    QTest::newRow("nothing") << QStringList{} << u"en"_s;
    QTest::newRow("pseudo is never chosen by the system") << QStringList{u"pseudo"_s} << u"en"_s;
}

void TestLanguageManager::languageFor()
{
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, expected);
    QCOMPARE(LanguageManager::languageFor(uiLanguages), expected);
}

void TestLanguageManager::normalize_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("expected");
    QTest::newRow("is") << u"is"_s << u"is"_s;
    QTest::newRow("is_IS") << u"is_IS"_s << u"is"_s;
    QTest::newRow("IS-is") << u"IS-is"_s << u"is"_s;
    QTest::newRow("en_US") << u"en_US"_s << u"en"_s;
    QTest::newRow("xx means pseudo") << u"xx"_s << LanguageManager::Pseudo;
    QTest::newRow("German has no catalogue") << u"de"_s << u""_s;
    QTest::newRow("empty follows the system") << u""_s << LanguageManager::systemLanguage();
    QTest::newRow("system") << u"system"_s << LanguageManager::systemLanguage();
}

void TestLanguageManager::normalize()
{
    QFETCH(QString, requested);
    QFETCH(QString, expected);
    QCOMPARE(LanguageManager::normalize(requested), expected);
}

void TestLanguageManager::switchesBothCatalogues()
{
    LanguageManager* manager = LanguageManager::instance();
    QSignalSpy changed(manager, &LanguageManager::languageChanged);
    QVERIFY(manager->setLanguage(QStringLiteral("is_IS")));
    QCOMPARE(manager->language(), QStringLiteral("is"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("is"));
    // Portpilot's own string, and the ones Qt draws (qtbase_is.ts).
    QCOMPARE(QCoreApplication::translate("Portpilot::LanguageButton", "&Language"), QStringLiteral("T&ungumál"));
    QCOMPARE(QCoreApplication::translate("QWizard", "&Next >"), QStringLiteral("Á&fram >"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Hætta við"));
    QCOMPARE(QCoreApplication::translate("QLineEdit", "&Paste"), QStringLiteral("&Líma"));
    QCOMPARE(QLocale().language(), QLocale::Icelandic);

    QVERIFY(manager->setLanguage(QStringLiteral("pseudo")));
    QVERIFY(QCoreApplication::translate("QWizard", "&Next >").startsWith(QChar(0x27e6)));

    QVERIFY(manager->setLanguage(LanguageManager::English));
    QCOMPARE(QCoreApplication::translate("QWizard", "&Next >"), QStringLiteral("&Next >"));
    QCOMPARE(QCoreApplication::translate("Portpilot::LanguageButton", "&Language"), QStringLiteral("&Language"));
    QCOMPARE(changed.size(), 3);
    // The same language again is no change.
    QVERIFY(manager->setLanguage(LanguageManager::English));
    QCOMPARE(changed.size(), 3);
}

void TestLanguageManager::refusesUnknownLanguage()
{
    LanguageManager* manager = LanguageManager::instance();
    QVERIFY(manager->setLanguage(QStringLiteral("is")));
    QSignalSpy changed(manager, &LanguageManager::languageChanged);
    QString error;
    QVERIFY(!manager->setLanguage(QStringLiteral("de"), &error));
    QCOMPARE(manager->language(), QStringLiteral("is"));
    QVERIFY(changed.isEmpty());
    // Said in the language in use, naming what was asked for.
    QVERIFY2(error.contains(QStringLiteral("„de“")) && error.contains(QStringLiteral("Engin þýðing")),
             qPrintable(error));
}

void TestLanguageManager::icelandicPlurals_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("form"); // 0: n % 10 == 1 && n % 100 != 11, 1: every other number
    for (int n : {0, 1, 2, 5, 11, 12, 21, 22, 101, 111, 121}) {
        QTest::addRow("%d", n) << n << ((n % 10 == 1 && n % 100 != 11) ? 0 : 1);
    }
}

void TestLanguageManager::icelandicPlurals()
{
    QFETCH(int, n);
    QFETCH(int, form);
    QString error;
    const TsFile ts = TsFile::read(QStringLiteral(PORTPILOT_SOURCE_DIR "/translations/portpilot_is.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("is")));
    int checked = 0;
    for (const TsFile::Message& m : ts.messages) {
        if (!m.numerus || m.translations.size() != 2 || m.translations.at(0) == m.translations.at(1)) {
            continue;
        }
        const QString expected = QString(m.translations.at(form)).replace(QLatin1String("%n"), QString::number(n));
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(),
                                             comment.isEmpty() ? nullptr : comment.constData(), n),
                 expected);
        ++checked;
    }
    QVERIFY2(checked > 0, "no message with two different plural forms in portpilot_is.ts");
}

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "TestLanguageManager.moc"
