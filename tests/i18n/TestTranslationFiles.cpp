#include "TsFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Portpilot;

// The translation check CI runs: lupdate over the sources into a copy of the checked-in .ts,
// then the copy must equal the checked-in file and every message must be translated well.
class TestTranslationFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySourceStringIsInTheTsFile();
    void noVanishedStrings();
    void everyTranslationIsFinished_data();
    void everyTranslationIsFinished();
    void englishSourcesUseEllipsis();
    void placeholdersMatch_data();
    void placeholdersMatch();
    void mnemonicsKept_data();
    void mnemonicsKept();
    void terminology();
    void icelandicPluralForms();

private:
    void addFileRows();

    QTemporaryDir m_dir;
    TsFile m_checkedIn;
    TsFile m_fresh;
    TsFile m_qt;
};

namespace {

const QString TranslationsDir = QStringLiteral(PORTPILOT_SOURCE_DIR "/translations");

QString failures(const QStringList& list)
{
    const qsizetype shown = std::min<qsizetype>(list.size(), 40);
    QString text =
        QStringLiteral("%1 problem(s):\n  ").arg(list.size()) + list.mid(0, shown).join(QStringLiteral("\n  "));
    if (shown < list.size()) {
        text += QStringLiteral("\n  …");
    }
    return text;
}

// %1…%99, %L1, %n and %Ln, sorted, duplicates kept out.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?(n|\\d{1,2})"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        found.insert(it.next().captured(1));
    }
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

bool hasMnemonic(const QString& text)
{
    // "&x" where x starts no entity and is not a second "&".
    static const QRegularExpression re(QStringLiteral("&(?!&|[a-zA-Z]+;|#\\d+;)\\S"));
    QString plain = text;
    plain.remove(QStringLiteral("&&"));
    return re.match(plain).hasMatch();
}

} // namespace

void TestTranslationFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString checkedInPath = TranslationsDir + QStringLiteral("/portpilot_is.ts");
    const QString freshPath = m_dir.filePath(QStringLiteral("portpilot_is.ts"));
    QVERIFY(QFile::copy(checkedInPath, freshPath));
    QFile::setPermissions(freshPath, QFile::ReadOwner | QFile::WriteOwner);

    // The same sources and options as `make translations` (app/CMakeLists.txt).
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(PORTPILOT_LUPDATE),
                  {QStringLiteral(PORTPILOT_SOURCE_DIR "/app"), QStringLiteral(PORTPILOT_SOURCE_DIR "/wizard"),
                   QStringLiteral("-extensions"), QStringLiteral("cpp,h,ui"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts"), freshPath});
    QVERIFY2(lupdate.waitForStarted(), qPrintable(lupdate.errorString()));
    if (!lupdate.waitForFinished(120000)) {
        lupdate.kill();
        lupdate.waitForFinished();
        QFAIL("lupdate did not finish within 120 s. Qt 6.4's lupdate hangs on a call such as f((a + b) / c) among "
              "the arguments of tr()/translate(): compute the number into a variable first.");
    }
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    QString error;
    m_checkedIn = TsFile::read(checkedInPath, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_fresh = TsFile::read(freshPath, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_qt = TsFile::read(TranslationsDir + QStringLiteral("/qtbase_is.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!m_fresh.messages.isEmpty(), "lupdate found no strings at all");
    QCOMPARE(m_checkedIn.sourceLanguage, QStringLiteral("en"));
    QVERIFY(m_checkedIn.language.startsWith(QLatin1String("is")));
}

void TestTranslationFiles::everySourceStringIsInTheTsFile()
{
    QSet<QString> known;
    for (const auto& m : std::as_const(m_checkedIn.messages)) {
        known.insert(m.key());
    }
    QStringList missing;
    for (const auto& m : std::as_const(m_fresh.messages)) {
        if (!known.contains(m.key())) {
            missing.append(m.describe());
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in translations/portpilot_is.ts (run `make "
                                                          "translations`, then translate): ") +
                                           failures(missing)));
}

void TestTranslationFiles::noVanishedStrings()
{
    QSet<QString> current;
    for (const auto& m : std::as_const(m_fresh.messages)) {
        current.insert(m.key());
    }
    QStringList vanished;
    for (const auto& m : std::as_const(m_checkedIn.messages)) {
        if (!current.contains(m.key()) || m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
            vanished.append(m.describe());
        }
    }
    QVERIFY2(vanished.isEmpty(),
             qPrintable(QStringLiteral("no longer in the sources (run `make translations`): ") + failures(vanished)));
}

void TestTranslationFiles::addFileRows()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("portpilot_is.ts") << QStringLiteral("portpilot");
    QTest::newRow("qtbase_is.ts") << QStringLiteral("qtbase");
}

void TestTranslationFiles::everyTranslationIsFinished_data()
{
    addFileRows();
}

void TestTranslationFiles::everyTranslationIsFinished()
{
    QFETCH(QString, file);
    const TsFile& ts = file == QLatin1String("qtbase") ? m_qt : m_checkedIn;
    QStringList unfinished;
    for (const auto& m : ts.messages) {
        const bool empty = std::any_of(m.translations.cbegin(), m.translations.cend(),
                                       [](const QString& t) { return t.trimmed().isEmpty(); });
        if (m.type == QLatin1String("unfinished") || m.translations.isEmpty() || empty) {
            unfinished.append(m.describe());
        }
    }
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("unfinished: ") + failures(unfinished)));
}

void TestTranslationFiles::englishSourcesUseEllipsis()
{
    // Nextcloud's rule: the English text uses the ellipsis character, never three dots.
    QStringList dots;
    for (const auto& m : std::as_const(m_fresh.messages)) {
        if (m.source.contains(QLatin1String("..."))) {
            dots.append(m.describe());
        }
    }
    QVERIFY2(dots.isEmpty(), qPrintable(QStringLiteral("“...” instead of “…”: ") + failures(dots)));
}

void TestTranslationFiles::placeholdersMatch_data()
{
    addFileRows();
}

void TestTranslationFiles::placeholdersMatch()
{
    QFETCH(QString, file);
    const TsFile& ts = file == QLatin1String("qtbase") ? m_qt : m_checkedIn;
    QStringList wrong;
    for (const auto& m : ts.messages) {
        const QStringList expected = placeholders(m.source);
        for (const QString& translation : m.translations) {
            if (!translation.isEmpty() && placeholders(translation) != expected) {
                wrong.append(m.describe() + QStringLiteral(" → “%1”").arg(translation));
            }
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("placeholders differ: ") + failures(wrong)));
}

void TestTranslationFiles::mnemonicsKept_data()
{
    addFileRows();
}

void TestTranslationFiles::mnemonicsKept()
{
    QFETCH(QString, file);
    const TsFile& ts = file == QLatin1String("qtbase") ? m_qt : m_checkedIn;
    QStringList lost;
    for (const auto& m : ts.messages) {
        for (const QString& translation : m.translations) {
            if (!translation.isEmpty() && hasMnemonic(m.source) != hasMnemonic(translation)) {
                lost.append(m.describe() + QStringLiteral(" → “%1”").arg(translation));
            }
        }
    }
    QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("keyboard mnemonic (&) added or lost: ") + failures(lost)));
}

void TestTranslationFiles::terminology()
{
    // ../shared/docs/icelandic.md: a network port is "gátt", never "höfn" (harbour).
    static const QRegularExpression harbour(QStringLiteral("\\bhöfn(in|ina|inni|um)?\\b"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::UseUnicodePropertiesOption);
    QStringList wrong;
    for (const TsFile* ts : {&m_checkedIn, &m_qt}) {
        for (const auto& m : ts->messages) {
            for (const QString& translation : m.translations) {
                if (harbour.match(translation).hasMatch()) {
                    wrong.append(m.describe() + QStringLiteral(" → “%1”").arg(translation));
                }
            }
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("“höfn” for a network port (use “gátt”): ") + failures(wrong)));
}

void TestTranslationFiles::icelandicPluralForms()
{
    // Icelandic has two forms (n % 10 == 1 && n % 100 != 11, and the rest).
    QStringList wrong;
    for (const auto& m : std::as_const(m_checkedIn.messages)) {
        if (m.numerus && m.translations.size() != 2) {
            wrong.append(m.describe() + QStringLiteral(": %1 form(s)").arg(m.translations.size()));
        }
        if (m.numerus && m.source.contains(QLatin1String("%n")) &&
            !m.translations.value(0).contains(QLatin1String("%n"))) {
            wrong.append(m.describe() + QStringLiteral(": the singular form also serves 21, 31, …: it needs %n"));
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(failures(wrong)));
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "TestTranslationFiles.moc"
