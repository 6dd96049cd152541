// MailTreeScanner and MaildirReader on trees built here: Thunderbird's mail directory with .sbd
// subfolders and its bookkeeping files, Maildir++, and hostile trees (a 2 GB sparse file, a file
// that is not mbox, a symbolic-link loop, unreadable files).
#include "MailTreeScanner.h"
#include "MaildirReader.h"
#include "MboxReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/fsuid.h>
#include <unistd.h>

using namespace Portpilot;
using namespace Qt::StringLiterals;

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PORTPILOT_TEST_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(PORTPILOT_TEST_ASAN)
// sparseFile measures the reader's peak memory. AddressSanitizer keeps freed blocks in a 256 MiB
// quarantine, so every buffer the reader outgrew would still count; a small one keeps the measure
// about the reader (the environment's ASAN_OPTIONS still win for what they set).
extern "C" const char* __asan_default_options() // NOLINT(bugprone-reserved-identifier,readability-identifier-naming)
{
    return "quarantine_size_mb=4";
}
#endif

Q_DECLARE_METATYPE(Portpilot::MessageFlags)

class TestMailTreeScanner : public QObject
{
    Q_OBJECT

private slots:
    void thunderbirdTree();
    void maildirPlusPlus();
    void maildirFlags_data();
    void maildirFlags();
    void maildirMessages();
    void plainMboxFile();
    void notMbox();
    void symlinkLoop();
    void danglingLink();
    void unreadable();
    void sparseFile_data();
    void sparseFile();

private:
    QTemporaryDir m_dir;
};

namespace {

void write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray mbox(int messages)
{
    QByteArray out;
    for (int i = 0; i < messages; ++i) {
        out += "From - Mon Jan 01 12:00:00 2024\nSubject: " + QByteArray::number(i) + "\n\nbody\n\n";
    }
    return out;
}

QStringList namesOf(const MailTreeScanner::Result& result)
{
    QStringList names;
    for (const LocalFolder& folder : result.folders) {
        names.append(folder.displayName());
    }
    return names;
}

QList<ReadProblem::Kind> kindsOf(const MailTreeScanner::Result& result)
{
    QList<ReadProblem::Kind> kinds;
    for (const ReadProblem& problem : result.problems) {
        kinds.append(problem.kind);
    }
    return kinds;
}

// Peak resident memory of this process, from /proc (VmHWM), in KiB.
qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

} // namespace

void TestMailTreeScanner::thunderbirdTree()
{
    const QString root = m_dir.filePath(QStringLiteral("tb/Mail/Local Folders"));
    write(root + QStringLiteral("/Inbox"), mbox(3));
    write(root + QStringLiteral("/Inbox.msf"), "// <!-- <mdb:mork:z v=\"1.4\"/> -->");
    write(root + QStringLiteral("/Sent"), {});
    write(root + QStringLiteral("/Archives"), mbox(1));
    write(root + QStringLiteral("/Archives.sbd/2023"), mbox(2));
    write(root + QStringLiteral("/Archives.sbd/2023.msf"), "x");
    write(root + QStringLiteral("/Archives.sbd/2023.sbd/Fer\u00f0ir"), mbox(1));
    write(root + QStringLiteral("/Only.sbd/Child"), mbox(1)); // a parent that holds no mail itself
    write(root + QStringLiteral("/msgFilterRules.dat"), "version=\"9\"\n");
    write(root + QStringLiteral("/popstate.dat"), "# POP3 State File\n");
    write(root + QStringLiteral("/filterlog.html"), "<html>");
    write(root + QStringLiteral("/Drafts/cur/1700000000.1.host:2,S"), "S: d\n\nx\n"); // maildir store
    QDir().mkpath(root + QStringLiteral("/Drafts/new"));

    const auto result = MailTreeScanner::scan(root);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).message()));
    QCOMPARE(namesOf(result), (QStringList{u"Archives"_s, u"Archives/2023"_s, u"Archives/2023/Fer\u00f0ir"_s,
                                           u"Drafts"_s, u"Inbox"_s, u"Only/Child"_s, u"Sent"_s}));
    QCOMPARE(result.folders[3].format, LocalFolder::Format::Maildir);
    int total = 0;
    for (const LocalFolder& folder : result.folders) {
        const auto reader = MailTreeScanner::reader(folder);
        while (reader->next()) {
            ++total;
        }
        QVERIFY(!reader->problem().isProblem());
    }
    QCOMPARE(total, 3 + 1 + 2 + 1 + 1 + 1);
}

void TestMailTreeScanner::maildirPlusPlus()
{
    const QString root = m_dir.filePath(QStringLiteral("home/Maildir"));
    write(root + QStringLiteral("/cur/1.a:2,S"), "S: a\n\nx\n");
    write(root + QStringLiteral("/.Sent/cur/2.b:2,S"), "S: b\n\nx\n");
    write(root + QStringLiteral("/.Lists.Debian/new/3.c"), "S: c\n\nx\n");
    QDir().mkpath(root + QStringLiteral("/.NotAMaildir"));
    const auto result = MailTreeScanner::scan(root);
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(namesOf(result), (QStringList{u"Inbox"_s, u"Lists/Debian"_s, u"Sent"_s}));
}

void TestMailTreeScanner::maildirFlags_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<MessageFlags>("flags");
    QTest::addColumn<bool>("deleted");

    using F = MessageFlag;
    QTest::addRow("no info") << QStringLiteral("1.a.host") << MessageFlags() << false;
    QTest::addRow("seen") << QStringLiteral("1.a.host:2,S") << MessageFlags(F::Seen) << false;
    QTest::addRow("all") << QStringLiteral("1.a.host:2,DFPRS") << (F::Seen | F::Answered | F::Flagged | F::Draft)
                         << false;
    QTest::addRow("trashed") << QStringLiteral("1.a.host:2,ST") << MessageFlags(F::Seen) << true;
    QTest::addRow("bang separator") << QStringLiteral("1.a.host!2,F") << MessageFlags(F::Flagged) << false;
    QTest::addRow("keywords ignored") << QStringLiteral("1.a.host:2,Sab") << MessageFlags(F::Seen) << false;
    QTest::addRow("colon in the host part") << QStringLiteral("1.a.ho:st:2,R") << MessageFlags(F::Answered) << false;
}

void TestMailTreeScanner::maildirFlags()
{
    QFETCH(QString, name);
    QFETCH(MessageFlags, flags);
    QFETCH(bool, deleted);

    LocalMessage message;
    MaildirReader::applyInfo(name, message);
    QCOMPARE(message.flags, flags);
    QCOMPARE(message.deleted, deleted);
}

void TestMailTreeScanner::maildirMessages()
{
    const QString root = m_dir.filePath(QStringLiteral("md"));
    write(root + QStringLiteral("/new/1700000002.x"), "S: second\n\nnew\n");
    write(root + QStringLiteral("/cur/1700000001.x:2,RS"), "S: first\r\nMessage-ID: <1@x>\n\nmixed\nends");
    write(root + QStringLiteral("/cur/.hidden"), "not a message");
    write(root + QStringLiteral("/tmp/1700000003.x"), "not delivered");
    MaildirReader reader(root);
    const auto first = reader.next();
    QVERIFY(first);
    QCOMPARE(first->content, QByteArray("S: first\r\nMessage-ID: <1@x>\r\n\r\nmixed\r\nends"));
    QCOMPARE(first->messageId, QByteArray("<1@x>"));
    QCOMPARE(first->flags, MessageFlag::Seen | MessageFlag::Answered);
    QCOMPARE(first->internalDate, QFileInfo(first->file).lastModified());
    const auto second = reader.next();
    QVERIFY(second);
    QCOMPARE(second->content, QByteArray("S: second\r\n\r\nnew\r\n"));
    QCOMPARE(second->flags, MessageFlags());
    QVERIFY(!reader.next());
}

void TestMailTreeScanner::plainMboxFile()
{
    const QString path = m_dir.filePath(QStringLiteral("mail/sent-mail"));
    write(path, mbox(2));
    const auto result = MailTreeScanner::scan(path);
    QCOMPARE(namesOf(result), QStringList{u"sent-mail"_s});
    QCOMPARE(result.folders[0].format, LocalFolder::Format::Mbox);
}

void TestMailTreeScanner::notMbox()
{
    const QString root = m_dir.filePath(QStringLiteral("notmbox"));
    write(root + QStringLiteral("/Inbox"), mbox(1));
    write(root + QStringLiteral("/notes.txt"), "Shopping list\n");
    const auto result = MailTreeScanner::scan(root);
    QCOMPARE(namesOf(result), QStringList{u"Inbox"_s});
    QCOMPARE(kindsOf(result), QList{ReadProblem::Kind::NotMbox});
    QVERIFY(result.problems[0].message().contains(QLatin1String("notes.txt")));
    QCOMPARE(kindsOf(MailTreeScanner::scan(root + QStringLiteral("/notes.txt"))), QList{ReadProblem::Kind::NotMbox});
    QCOMPARE(kindsOf(MailTreeScanner::scan(root + QStringLiteral("/nothing"))), QList{ReadProblem::Kind::DoesNotExist});
}

void TestMailTreeScanner::symlinkLoop()
{
    const QString root = m_dir.filePath(QStringLiteral("loop"));
    write(root + QStringLiteral("/Inbox"), mbox(1));
    write(root + QStringLiteral("/Inbox.sbd/Sub"), mbox(1));
    QVERIFY(QFile::link(root, root + QStringLiteral("/Inbox.sbd/Back.sbd")));
    const auto result = MailTreeScanner::scan(root);
    QCOMPARE(namesOf(result), (QStringList{u"Inbox"_s, u"Inbox/Sub"_s}));
    QCOMPARE(kindsOf(result), QList{ReadProblem::Kind::FolderLoop});
    QVERIFY(result.problems[0].message().contains(QLatin1String("Back.sbd")));
}

void TestMailTreeScanner::danglingLink()
{
    const QString root = m_dir.filePath(QStringLiteral("dangling"));
    write(root + QStringLiteral("/Inbox"), mbox(1));
    QVERIFY(QFile::link(root + QStringLiteral("/gone"), root + QStringLiteral("/Sent")));
    const auto result = MailTreeScanner::scan(root);
    QCOMPARE(namesOf(result), QStringList{u"Inbox"_s});
    QCOMPARE(kindsOf(result), QList{ReadProblem::Kind::CannotOpen});
}

void TestMailTreeScanner::unreadable()
{
    const QString root = m_dir.filePath(QStringLiteral("unreadable"));
    write(root + QStringLiteral("/Inbox"), mbox(1));
    write(root + QStringLiteral("/Secret"), mbox(1));
    write(root + QStringLiteral("/Locked.sbd/Sub"), mbox(1));
    write(root + QStringLiteral("/md/cur/1.a:2,S"), "S: a\n\nx\n");
    write(root + QStringLiteral("/md/cur/2.b:2,S"), "S: b\n\nx\n");
    QFile::setPermissions(root + QStringLiteral("/Secret"), QFile::WriteOwner);
    QFile::setPermissions(root + QStringLiteral("/Locked.sbd"), QFile::WriteOwner);
    QFile::setPermissions(root + QStringLiteral("/md/cur/2.b:2,S"), QFile::WriteOwner);
    for (const QString& dir : {m_dir.path(), root, root + QStringLiteral("/md"), root + QStringLiteral("/md/cur")}) {
        QFile::setPermissions(dir, QFile::permissions(dir) | QFile::ReadOther | QFile::ExeOther);
    }
    QFile::setPermissions(root + QStringLiteral("/Inbox"), QFile::ReadOwner | QFile::ReadOther);
    // Root reads everything: check the files as "nobody" (the file-system user only).
    const bool root_ = ::geteuid() == 0;
    if (root_) {
        ::setfsgid(65534);
        ::setfsuid(65534);
    }
    const auto result = MailTreeScanner::scan(root);
    MaildirReader maildir(root + QStringLiteral("/md"));
    const auto first = maildir.next();
    const auto second = maildir.next();
    if (root_) {
        ::setfsuid(0);
        ::setfsgid(0);
    }
    QCOMPARE(kindsOf(result), (QList{ReadProblem::Kind::CannotOpen, ReadProblem::Kind::CannotOpen}));
    QVERIFY(result.problems[0].message().contains(QLatin1String("Locked.sbd")));
    QVERIFY(result.problems[1].message().contains(QLatin1String("Secret")));
    QVERIFY(result.problems[1].message().contains(QLatin1String("Permission denied")));
    QCOMPARE(namesOf(result), (QStringList{u"Inbox"_s, u"md"_s}));
    QVERIFY(first && !first->problem.isProblem());
    QVERIFY(second && second->problem.kind == ReadProblem::Kind::CannotOpen && second->content.isEmpty());
}

void TestMailTreeScanner::sparseFile_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<bool>("isMbox");
    QTest::addRow("zeros") << QByteArray() << false;
    // A real separator and headers, then 2 GB without a line end: one message, too large to keep.
    QTest::addRow("mbox start") << QByteArray("From - Mon Jan 01 12:00:00 2024\nS: a\n\n") << true;
}

void TestMailTreeScanner::sparseFile()
{
    QFETCH(QByteArray, start);
    QFETCH(bool, isMbox);

    const QString path = m_dir.filePath(QStringLiteral("sparse-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(start);
        QVERIFY(file.resize(qint64(2) << 30));
    }
    const qint64 before = peakKiB();
    const auto result = MailTreeScanner::scan(path);
    MboxReader reader(path);
    int messages = 0;
    std::optional<LocalMessage> last;
    while (auto message = reader.next()) {
        ++messages;
        last = std::move(message);
    }
    const qint64 after = peakKiB();
    QFile::remove(path);
    qInfo("peak resident memory %lld KiB before, %lld KiB after reading the 2 GB file", before, after);
    if (!isMbox) {
        QCOMPARE(kindsOf(result), QList{ReadProblem::Kind::NotMbox});
        QCOMPARE(reader.problem().kind, ReadProblem::Kind::NotMbox);
        QCOMPARE(messages, 0);
    } else {
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(messages, 1);
        QCOMPARE(last->problem.kind, ReadProblem::Kind::MessageTooLarge);
        QVERIFY(last->content.isEmpty());
        QVERIFY(last->size > (qint64(2) << 30) - 100);
    }
    // The reader keeps at most one message up to its limit and its 1 MiB window.
    QVERIFY2(after - before < (FolderReader::DefaultMaxMessageSize >> 10) + 16 * 1024,
             qPrintable(QStringLiteral("grew by %1 KiB").arg(after - before)));
}

QTEST_GUILESS_MAIN(TestMailTreeScanner)
#include "TestMailTreeScanner.moc"
