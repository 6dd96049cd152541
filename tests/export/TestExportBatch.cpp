#include "ExportBatch.h"
#include "LanguageManager.h"
#include "SetupState.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Portpilot;

// The exports of a setup as the wizard makes them: each format's outcome kept as data and worded
// when shown, so that a language switch rewords a report already on screen.
class TestExportBatch : public QObject
{
    Q_OBJECT

private slots:
    void exportOutcomes_data();
    void exportOutcomes();
    void exportOutcomeWordedWhenAsked();

private:
    // Anna's setup with IMAP (0) or POP3 (1) chosen and SMTP.
    static SetupState stateWith(int incoming);
};

SetupState TestExportBatch::stateWith(int incoming)
{
    SetupState state;
    state.realName = QStringLiteral("Anna");
    state.address = EmailAddress::parse(QStringLiteral("anna@example.test"));
    ServerSettings& in = state.side(Side::Incoming).server;
    in.protocol = incoming == 0 ? Protocol::Imap : Protocol::Pop3;
    in.hostname = incoming == 0 ? QStringLiteral("imap.example.test") : QStringLiteral("pop.example.test");
    in.port = incoming == 0 ? 993 : 995;
    in.username = QStringLiteral("anna");
    ServerSettings& out = state.side(Side::Outgoing).server;
    out.protocol = Protocol::Smtp;
    out.hostname = QStringLiteral("smtp.example.test");
    out.port = 465;
    return state;
}

namespace {
// What is in the export folder before the export.
enum class Before
{
    Nothing,
    FileInTheWay,  // the format's file exists already
    FolderIsAFile, // the folder to save in is a file
};
} // namespace

void TestExportBatch::exportOutcomes_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("incoming"); // 0 IMAP, 1 POP3
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("text"); // a part of the English sentence
    using S = ExportOutcome::Status;
    using P = ExportFileWriter::Problem;
    QTest::newRow("written") << "msmtp" << 0 << int(Before::Nothing) << int(S::Written) << int(P::None)
                             << "msmtp: saved as “";
    QTest::newRow("multi-file written") << "evolution" << 0 << int(Before::Nothing) << int(S::Written) << int(P::None)
                                        << "evolution: saved as “";
    QTest::newRow("file in the way") << "msmtp" << 0 << int(Before::FileInTheWay) << int(S::Exists) << int(P::Exists)
                                     << "already exists; nothing was replaced.";
    QTest::newRow("cannot write") << "msmtp" << 0 << int(Before::FolderIsAFile) << int(S::Failed) << int(P::CannotWrite)
                                  << "msmtp: not saved: Cannot write “";
    QTest::newRow("cannot create folder")
        << "evolution" << 0 << int(Before::FolderIsAFile) << int(S::Failed) << int(P::CannotCreateFolder)
        << "evolution: not saved: Cannot create the folder";
    QTest::newRow("format refuses") << "aerc" << 1 << int(Before::Nothing) << int(S::Refused) << int(P::None)
                                    << "aerc: not exported: The aerc format cannot express";
    QTest::newRow("no such format") << "no-such-format" << 0 << int(Before::Nothing) << int(S::Refused) << int(P::None)
                                    << "no-such-format: not exported: There is no export format";
}

void TestExportBatch::exportOutcomes()
{
    QFETCH(QString, format);
    QFETCH(int, incoming);
    QFETCH(int, before);
    QFETCH(int, status);
    QFETCH(int, problem);
    QFETCH(QString, text);
    QVERIFY(LanguageManager::instance()->setLanguage(LanguageManager::English));
    SetupState state = stateWith(incoming);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString folder = dir.path();
    QByteArray inTheWay = "not an export\n";
    if (Before(before) == Before::FileInTheWay) {
        QFile file(dir.filePath(QStringLiteral(".msmtprc")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(inTheWay);
    } else if (Before(before) == Before::FolderIsAFile) {
        QFile file(dir.filePath(QStringLiteral("file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        folder = dir.filePath(QStringLiteral("file/sub"));
    }

    const QList<ExportOutcome> outcomes = ExportBatch::writeAll(state, {format}, folder, false);
    QCOMPARE(outcomes.size(), 1);
    const ExportOutcome& outcome = outcomes.first();
    QCOMPARE(outcome.format, format);
    QCOMPARE(int(outcome.status), status);
    QCOMPARE(int(outcome.error.problem), problem);
    QCOMPARE(outcome.ok(), ExportOutcome::Status(status) == ExportOutcome::Status::Written);
    if (outcome.ok()) {
        QVERIFY(QFileInfo::exists(outcome.path));
        QVERIFY(outcome.path.startsWith(folder));
    }
    if (Before(before) == Before::FileInTheWay) {
        QFile file(dir.filePath(QStringLiteral(".msmtprc")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), inTheWay); // never replaced
        QCOMPARE(outcome.error.path, file.fileName());
    }
    const QString sentence = ExportBatch::outcomeText(state, outcome);
    QVERIFY2(sentence.contains(text), qPrintable(sentence));
    // The wizard has no --force; that advice belongs to the command line.
    QVERIFY2(!sentence.contains(QLatin1String("--force")), qPrintable(sentence));
}

void TestExportBatch::exportOutcomeWordedWhenAsked()
{
    // An outcome is data: the same one is worded in the language of the moment it is shown.
    QVERIFY(LanguageManager::instance()->setLanguage(LanguageManager::English));
    SetupState state = stateWith(0);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<ExportOutcome> first = ExportBatch::writeAll(state, {QStringLiteral("msmtp")}, dir.path(), false);
    const QList<ExportOutcome> second = ExportBatch::writeAll(state, {QStringLiteral("msmtp")}, dir.path(), false);
    state = stateWith(1);
    const QList<ExportOutcome> refused = ExportBatch::writeAll(state, {QStringLiteral("aerc")}, dir.path(), false);
    QCOMPARE(first.size() + second.size() + refused.size(), 3);
    const QList<ExportOutcome> all = {first.first(), second.first(), refused.first()};
    QStringList english;
    for (const ExportOutcome& outcome : all) {
        english.append(ExportBatch::outcomeText(state, outcome));
    }

    QString error;
    QVERIFY2(LanguageManager::instance()->setLanguage(QStringLiteral("is"), &error), qPrintable(error));
    const QStringList expected = {QStringLiteral("msmtp: vistað sem „"), QStringLiteral("msmtp: ekki vistað: „"),
                                  QStringLiteral("aerc: ekki flutt út: ")};
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString icelandic = ExportBatch::outcomeText(state, all.at(i));
        QVERIFY2(icelandic.startsWith(expected.at(i)), qPrintable(icelandic));
        QVERIFY2(icelandic != english.at(i), qPrintable(icelandic));
    }
    // The exporter's own reason is asked for again, so it is Icelandic too.
    QVERIFY2(!ExportBatch::outcomeText(state, refused.first()).contains(QLatin1String("format cannot")),
             qPrintable(ExportBatch::outcomeText(state, refused.first())));

    QVERIFY(LanguageManager::instance()->setLanguage(LanguageManager::English));
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(ExportBatch::outcomeText(state, all.at(i)), english.at(i));
    }
}

QTEST_GUILESS_MAIN(TestExportBatch)
#include "TestExportBatch.moc"
