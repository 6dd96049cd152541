#include "MigrateCommand.h"

#include "CommandParser.h"
#include "ConnectionTester.h"
#include "Console.h"
#include "ExitCode.h"
#include "ImapClient.h"
#include "LoginPlan.h"
#include "MailMigration.h"
#include "MailTreeScanner.h"
#include "ThunderbirdProfiles.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace Portpilot {

namespace {

struct Sources
{
    QList<LocalFolder> folders;
    QStringList problems; // files or folders inside a source that could not be read
};

// A Thunderbird profile stands for the local mail of its POP3 accounts and Local Folders.
QStringList expandProfiles(const QStringList& paths)
{
    QStringList expanded;
    for (const QString& path : paths) {
        if (!ThunderbirdProfiles::isProfile(path)) {
            expanded.append(path);
            continue;
        }
        const qsizetype before = expanded.size();
        for (const FoundAccount& account : ThunderbirdProfiles::accounts(path)) {
            for (const QString& directory : account.mailDirectories) {
                if (!expanded.contains(directory) && QFileInfo(directory).isDir()) {
                    expanded.append(directory);
                }
            }
        }
        if (expanded.size() == before) {
            expanded.append(path); // no local mail: readSources says so
        }
    }
    return expanded;
}

// The folders of every SOURCE; nullopt after reporting bad input (a source that is no mail at all).
std::optional<Sources> readSources(const CommandParser& parser)
{
    const QStringList paths = parser.paths();
    if (paths.isEmpty()) {
        parser.badInput(MigrateCommand::tr("give the mail to move: an mbox file, a Maildir folder or a Thunderbird "
                                           "mail directory."));
        return std::nullopt;
    }
    Sources sources;
    for (const QString& path : expandProfiles(paths)) {
        const MailTreeScanner::Result scanned = MailTreeScanner::scan(path);
        if (scanned.folders.isEmpty()) {
            parser.badInput(scanned.problems.isEmpty() || ThunderbirdProfiles::isProfile(path)
                                ? MigrateCommand::tr("“%1” holds no mail folders.").arg(path)
                                : scanned.problems.constFirst().message());
            return std::nullopt;
        }
        sources.folders += scanned.folders;
        for (const ReadProblem& problem : scanned.problems) {
            if (problem.kind == ReadProblem::Kind::FolderLoop) {
                parser.note(problem.message()); // the folder was read once: nothing is missing
            } else {
                sources.problems.append(problem.message());
            }
        }
    }
    return sources;
}

// --folder-map LOCAL=REMOTE; nullopt after reporting bad input.
std::optional<QHash<QString, QString>> readFolderMap(const CommandParser& parser, const QCommandLineOption& option,
                                                     const QList<LocalFolder>& folders)
{
    QHash<QString, QString> map;
    for (const QString& value : parser.values(option)) {
        const qsizetype equals = value.indexOf(u'=');
        const QString local = value.left(equals);
        const QString remote = value.mid(equals + 1);
        if (equals <= 0 || remote.isEmpty()) {
            parser.badInput(
                MigrateCommand::tr("“%1” is not LOCAL=REMOTE, such as “Archives/2024=Old/2024”.").arg(value));
            return std::nullopt;
        }
        const bool known = std::any_of(folders.cbegin(), folders.cend(),
                                       [&](const LocalFolder& folder) { return folder.displayName() == local; });
        if (!known) {
            parser.badInput(MigrateCommand::tr("there is no local folder “%1” to map.").arg(local));
            return std::nullopt;
        }
        map.insert(local, remote);
    }
    return map;
}

// Logs in to the file's IMAP server as `portpilot test` does, and keeps the connection.
std::unique_ptr<ImapClient> logIn(const CommandParser& parser, const LoginPlan& plan, int timeoutMs, qint64 maxResponse)
{
    qsizetype index = -1;
    for (qsizetype i = 0; i < plan.servers.size(); ++i) {
        if (plan.servers.at(i).protocol == Protocol::Imap) {
            index = i;
            break;
        }
    }
    if (index < 0) {
        parser.badInput(
            MigrateCommand::tr("the file names no IMAP server: mail can only be moved to an IMAP account."));
        return nullptr;
    }
    const ServerSettings& server = plan.servers.at(index);
    if (plan.jobIndex.at(index) < 0) {
        parser.failure(MigrateCommand::tr("cannot log in to %1: %2").arg(server.summary(), plan.notTested.at(index)));
        return nullptr;
    }
    AccountTester::Job job = plan.jobs.at(plan.jobIndex.at(index));
    job.options.mode = ProbeMode::KeepSession;
    ConnectionTester tester;
    QEventLoop loop;
    QObject::connect(&tester, &ConnectionTester::finished, &loop, &QEventLoop::quit);
    tester.start(job.server, job.options);
    loop.exec();
    const ProbeResult& result = tester.result();
    if (parser.verbose()) {
        for (const QString& line : result.transcript) {
            Console::err(QStringLiteral("[%1] %2\n").arg(server.summary(), line));
        }
    }
    if (!result.passed()) {
        QString why = result.failure.message();
        if (!result.failure.detail.isEmpty()) {
            why += u" ("_s + result.failure.detail + u')';
        }
        parser.failure(MigrateCommand::tr("cannot log in to %1: %2").arg(server.summary(), why));
        return nullptr;
    }
    QByteArray unread;
    std::unique_ptr<QSslSocket> socket = tester.takeSession(&unread);
    return std::make_unique<ImapClient>(std::move(socket), unread, timeoutMs, maxResponse);
}

QString megabytes(qint64 bytes)
{
    // Two decimals below 1 MB, so that a small folder does not read "0.0 of 0.0 MB".
    const double mb = double(bytes) / (1024 * 1024);
    return QLocale().toString(mb, 'f', bytes > 0 && mb < 1 ? 2 : 1);
}

QJsonObject toJson(const FolderReport& folder)
{
    QJsonArray problems;
    for (const FolderReport::Problem& problem : folder.problems) {
        problems.append(QJsonObject{{u"message"_s, problem.message},
                                    {u"messageId"_s, QString::fromUtf8(problem.messageId)},
                                    {u"reason"_s, problem.reason}});
    }
    QJsonObject json{
        {u"local"_s, folder.folder.displayName()}, {u"source"_s, folder.folder.path}, {u"remote"_s, folder.remote},
        {u"messages"_s, folder.messages},          {u"bytes"_s, folder.bytes},        {u"copied"_s, folder.copied},
        {u"alreadyThere"_s, folder.alreadyThere},  {u"skipped"_s, folder.skipped},    {u"failed"_s, folder.failed},
        {u"verified"_s, folder.verified},          {u"problems"_s, problems}};
    if (!folder.folderProblem.isEmpty()) {
        json.insert(u"folderProblem"_s, folder.folderProblem);
    }
    return json;
}

void printJson(const MigrationReport& report, const Sources& sources)
{
    QJsonArray folders;
    for (const FolderReport& folder : report.folders) {
        folders.append(toJson(folder));
    }
    QJsonObject json{{u"verified"_s, report.verified() && sources.problems.isEmpty()},
                     {u"dryRun"_s, report.dryRun},
                     {u"folders"_s, folders},
                     {u"unreadable"_s, QJsonArray::fromStringList(sources.problems)}};
    if (!report.connectionProblem.isEmpty()) {
        json.insert(u"connectionProblem"_s, report.connectionProblem);
    }
    Console::outBytes(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

void printText(const MigrationReport& report, const Sources& sources)
{
    for (const FolderReport& folder : report.folders) {
        const QString state = report.dryRun     ? MigrateCommand::tr("DRY RUN")
                              : folder.verified ? MigrateCommand::tr("OK")
                                                : MigrateCommand::tr("FAILED");
        //: %1 state (OK, FAILED), %2 local folder, %3 IMAP folder
        Console::out(MigrateCommand::tr("%1  %2 → %3\n")
                         .arg(state.leftJustified(7), folder.folder.displayName(), folder.remote));
        //: %1 messages, %2 size in MB, %3 copied (or to copy), %4 already on the server, %5 skipped, %6 failed
        Console::out((report.dryRun ? MigrateCommand::tr("         %1 messages (%2 MB): %3 to copy, %4 already on the "
                                                         "server, %5 deleted (not copied), %6 cannot be copied\n")
                                    : MigrateCommand::tr("         %1 messages (%2 MB): %3 copied, %4 already on the "
                                                         "server, %5 deleted (not copied), %6 failed\n"))
                         .arg(folder.messages)
                         .arg(megabytes(folder.bytes))
                         .arg(folder.copied)
                         .arg(folder.alreadyThere)
                         .arg(folder.skipped)
                         .arg(folder.failed));
        if (!folder.folderProblem.isEmpty()) {
            Console::out(u"         "_s + folder.folderProblem + u'\n');
        }
        for (const FolderReport::Problem& problem : folder.problems) {
            //: %1 position in the folder, %2 Message-ID, %3 the reason
            Console::out(MigrateCommand::tr("         message %1 %2: %3\n")
                             .arg(problem.message)
                             .arg(problem.messageId.isEmpty() ? QString() : QString::fromUtf8(problem.messageId),
                                  problem.reason));
        }
    }
    for (const QString& problem : sources.problems) {
        Console::out(MigrateCommand::tr("NOT READ %1\n").arg(problem));
    }
    if (!report.connectionProblem.isEmpty()) {
        Console::out(MigrateCommand::tr("The move stopped: %1\nRun it again: what is on the server already is not "
                                        "copied twice.\n")
                         .arg(report.connectionProblem));
    }
}

} // namespace

QString MigrateCommand::summary() const
{
    return tr("Copy local mail (mbox, Maildir, Thunderbird folders) to an IMAP account and verify it there");
}

int MigrateCommand::run(const QStringList& arguments)
{
    CommandParser parser(name(), summary());
    parser.addPathsInput(tr("The mail to copy: mbox files, Maildir folders, or Thunderbird mail directories (the "
                            "folder with Inbox, Sent and *.sbd). They are only read."));
    parser.addConfigOption(tr("The autoconfig (clientConfig 1.1) file with the IMAP server to copy to."));
    parser.addAddressInput(tr("The email address: fills placeholders and finds the password."));
    parser.addPasswordStdinOption(
        tr("Read the password from the first line of standard input instead of the keychain."));
    parser.addCaCertificatesOption();
    parser.addTimeoutOption(60, tr("How long to wait for each answer of the server"));
    const QCommandLineOption dryRun(u"dry-run"_s,
                                    tr("Log in and compare, but copy nothing: say what would be copied."));
    const QCommandLineOption folderMap(
        u"folder-map"_s,
        tr("Copy the local folder LOCAL (as the report names it) to the IMAP folder REMOTE (levels "
           "separated by /). May be repeated."),
        tr("LOCAL=REMOTE"));
    const QCommandLineOption format(u"format"_s, tr("What to print: text (default) or json."), tr("format"), u"text"_s);
    const LoginPlan::Options o;
    parser.addOptions({dryRun, folderMap, format, o.approve, o.fingerprint, o.plaintext});
    if (const auto done = parser.parse(arguments)) {
        return *done;
    }
    const QString formatName = parser.value(format);
    if (formatName != u"text" && formatName != u"json") {
        return parser.badInput(tr("unknown format “%1”; use text or json.").arg(formatName));
    }
    if (!parser.hasConfig()) {
        return parser.badInput(tr("give the file with the IMAP server: --config FILE."));
    }
    const std::optional<Sources> sources = readSources(parser);
    if (!sources) {
        return ExitBadInput;
    }
    const auto map = readFolderMap(parser, folderMap, sources->folders);
    const auto timeout = parser.timeout();
    if (!map || !timeout) {
        return ExitBadInput;
    }
    const std::optional<LoginPlan> plan = LoginPlan::make(parser, o, u"incoming"_s);
    if (!plan) {
        return ExitBadInput;
    }
    MailMigration::Options options;
    options.dryRun = parser.isSet(dryRun);
    options.folderMap = *map;
    // The largest answer is a FETCH of the largest message the readers keep, with its framing.
    const std::unique_ptr<ImapClient> client =
        logIn(parser, *plan, int(timeout->count()), options.maxMessageSize + 1024 * 1024);
    if (!client) {
        return plan->servers.isEmpty() ? int(ExitBadInput) : int(ExitFailure);
    }
    QElapsedTimer sinceLine;
    sinceLine.start();
    options.progress = [&sinceLine](const MigrationProgress& progress) {
        if (sinceLine.elapsed() < 1000 && progress.messagesDone < progress.messagesTotal) {
            return;
        }
        sinceLine.restart();
        //: %1 and %2 messages, %3 and %4 sizes in MB
        Console::err(tr("%1 of %2 messages, %3 of %4 MB\n")
                         .arg(progress.messagesDone)
                         .arg(progress.messagesTotal)
                         .arg(megabytes(progress.bytesDone), megabytes(progress.bytesTotal)));
    };
    const MigrationReport report = MailMigration(*client, options).run(sources->folders);
    client->logout();
    if (formatName == u"json") {
        printJson(report, *sources);
    } else {
        printText(report, *sources);
    }
    return report.verified() && sources->problems.isEmpty() ? ExitSuccess : ExitFailure;
}

} // namespace Portpilot
