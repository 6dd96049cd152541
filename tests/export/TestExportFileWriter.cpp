// ExportFileWriter against an observer that looks at every file the moment it is opened in the
// export folder (fanotify permission events hold the writer's open() until the observer has
// looked, so the check does not depend on winning a race), and against symbolic links planted
// at the target.
#include "ExportFileWriter.h"

#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <fcntl.h>
#include <poll.h>
#include <sys/fanotify.h>
#include <sys/fsuid.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace Portpilot;
using namespace Qt::StringLiterals;

namespace {

constexpr uid_t kNobody = 65534;

// Watches one folder: for every file opened in it, the mode it had at that moment and whether
// another user (nobody) could have opened it for reading right then.
class OpenWatcher
{
public:
    struct Sighting
    {
        QString path;
        mode_t mode = 0;
        bool othersCanRead = false;
    };

    bool start(const QString& folder)
    {
        m_fd = fanotify_init(FAN_CLASS_CONTENT | FAN_CLOEXEC, O_RDONLY | O_LARGEFILE);
        if (m_fd < 0 || fanotify_mark(m_fd, FAN_MARK_ADD, FAN_OPEN_PERM | FAN_EVENT_ON_CHILD, AT_FDCWD,
                                      QFile::encodeName(folder).constData()) != 0) {
            return false;
        }
        m_thread = std::thread([this] { run(); });
        return true;
    }
    ~OpenWatcher() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable()) {
            m_thread.join();
        }
        if (m_fd >= 0) {
            ::close(m_fd); // allows any open() still waiting
            m_fd = -1;
        }
    }
    QList<Sighting> sightings()
    {
        const QMutexLocker lock(&m_mutex);
        return m_sightings;
    }

private:
    void run()
    {
        while (!m_stop) {
            pollfd p = {m_fd, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0) {
                continue;
            }
            alignas(fanotify_event_metadata) char buffer[4096];
            const ssize_t length = ::read(m_fd, buffer, sizeof buffer);
            auto* event = reinterpret_cast<fanotify_event_metadata*>(buffer);
            for (ssize_t left = length; FAN_EVENT_OK(event, left); event = FAN_EVENT_NEXT(event, left)) {
                if (event->fd >= 0) {
                    look(event->fd);
                    const fanotify_response allow = {event->fd, FAN_ALLOW};
                    (void)!::write(m_fd, &allow, sizeof allow);
                    ::close(event->fd);
                }
            }
        }
    }
    void look(int fd)
    {
        Sighting sighting;
        char target[4096] = {};
        const QByteArray link = "/proc/self/fd/" + QByteArray::number(fd);
        const ssize_t length = ::readlink(link.constData(), target, sizeof target - 1);
        sighting.path = QFile::decodeName(QByteArray(target, int(qMax<ssize_t>(length, 0))));
        struct stat st = {};
        ::fstat(fd, &st);
        sighting.mode = st.st_mode & 07777;
        // As another user, on this thread only (the file system ids are per thread).
        ::setfsgid(kNobody);
        ::setfsuid(kNobody);
        // Through the descriptor, so that an unnamed file (O_TMPFILE) is judged by its mode too.
        sighting.othersCanRead = ::faccessat(AT_FDCWD, link.constData(), R_OK, AT_EACCESS) == 0;
        ::setfsuid(0);
        ::setfsgid(0);
        const QMutexLocker lock(&m_mutex);
        m_sightings.append(sighting);
    }

    int m_fd = -1;
    std::thread m_thread;
    std::atomic<bool> m_stop = false;
    QMutex m_mutex;
    QList<Sighting> m_sightings;
};

Exporter::Result resultWith(const QStringList& names, bool privateFile)
{
    Exporter::Result result;
    result.privateFile = privateFile;
    result.holdsSecret = privateFile;
    for (const QString& name : names) {
        // Large enough to take many write() calls.
        result.files.append({name, QByteArray("password = \"s3cret\"\n").repeated(64 * 1024)});
    }
    return result;
}

} // namespace

class TestExportFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modeFromTheFirstOpen_data();
    void modeFromTheFirstOpen();
    void symlinksRefused_data();
    void symlinksRefused();
};

void TestExportFileWriter::initTestCase()
{
    if (::geteuid() != 0) {
        QFAIL("needs root: fanotify permission events and another user's view of the folder");
    }
    ::umask(022);
}

void TestExportFileWriter::modeFromTheFirstOpen_data()
{
    QTest::addColumn<QStringList>("names"); // one name: a one-file format; more: a folder
    QTest::addColumn<bool>("privateFile");
    QTest::addColumn<bool>("replace"); // a readable file of the same name is there already
    QTest::newRow("one private file") << QStringList{u"msmtprc"_s} << true << false;
    QTest::newRow("private file replaces a readable one") << QStringList{u"msmtprc"_s} << true << true;
    QTest::newRow("private folder of files")
        << QStringList{u"a.source"_s, u"b.source"_s, u"c.source"_s} << true << false;
    // The control: a file without a secret keeps the umask's mode, and the observer sees it.
    QTest::newRow("file without a secret") << QStringList{u"config-v1.1.xml"_s} << false << false;
}

void TestExportFileWriter::modeFromTheFirstOpen()
{
    QFETCH(QStringList, names);
    QFETCH(bool, privateFile);
    QFETCH(bool, replace);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The folder itself must let another user in, or nothing in it could ever be read.
    QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    const bool multi = names.size() > 1;
    const QString folder = multi ? dir.filePath(u"export"_s) : dir.path();
    if (multi) {
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    }
    const QString target = multi ? folder : dir.filePath(names.first());
    if (replace) {
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old\n");
        old.close();
        QVERIFY(::chmod(QFile::encodeName(target).constData(), 0644) == 0);
    }

    OpenWatcher watcher;
    QVERIFY2(watcher.start(folder), qPrintable(qt_error_string(errno)));
    ExportFileWriter::Error error;
    const auto status = ExportFileWriter::write(resultWith(names, privateFile), target, multi, replace, &error);
    watcher.stop();
    QCOMPARE(int(status), int(ExportFileWriter::Status::Written));

    const QList<OpenWatcher::Sighting> sightings = watcher.sightings();
    QVERIFY2(sightings.size() >= names.size(), "the observer saw no file being opened");
    for (const OpenWatcher::Sighting& sighting : sightings) {
        const QByteArray what = sighting.path.toUtf8() + " mode " + QByteArray::number(sighting.mode, 8);
        if (privateFile) {
            QVERIFY2((sighting.mode & 0077) == 0, what.constData());
            QVERIFY2(!sighting.othersCanRead, what.constData());
        } else {
            QVERIFY2((sighting.mode & 0077) != 0, what.constData());
            QVERIFY2(sighting.othersCanRead, what.constData());
        }
    }
    for (const QString& name : names) {
        const QString path = multi ? QDir(folder).filePath(name) : target;
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), resultWith({name}, privateFile).files.first().data);
        struct stat st = {};
        QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 07777, privateFile ? 0600U : 0644U);
    }
    // No temporary file is left behind.
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), names.size());
}

void TestExportFileWriter::symlinksRefused_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("link");  // which name in the export folder is a link ("." the folder)
    QTest::addColumn<bool>("dangling"); // the link points nowhere yet
    QTest::addColumn<bool>("overwrite");
    QTest::newRow("dangling link") << QStringList{u"msmtprc"_s} << u"msmtprc"_s << true << false;
    QTest::newRow("dangling link, --force") << QStringList{u"msmtprc"_s} << u"msmtprc"_s << true << true;
    QTest::newRow("link to a file, --force") << QStringList{u"msmtprc"_s} << u"msmtprc"_s << false << true;
    QTest::newRow("dangling link in a folder")
        << QStringList{u"a.source"_s, u"b.source"_s} << u"b.source"_s << true << false;
    QTest::newRow("link in a folder, --force")
        << QStringList{u"a.source"_s, u"b.source"_s} << u"a.source"_s << false << true;
    QTest::newRow("the folder is a dangling link")
        << QStringList{u"a.source"_s, u"b.source"_s} << u"."_s << true << false;
    QTest::newRow("the folder is a link") << QStringList{u"a.source"_s, u"b.source"_s} << u"."_s << false << false;
}

void TestExportFileWriter::symlinksRefused()
{
    QFETCH(QStringList, names);
    QFETCH(QString, link);
    QFETCH(bool, dangling);
    QFETCH(bool, overwrite);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const bool multi = names.size() > 1;
    // Where the link points: a file (or folder) elsewhere that must stay as it is.
    const QString elsewhere = dir.filePath(u"elsewhere"_s);
    const QByteArray before = "someone else's file\n";
    if (!dangling) {
        if (link == u"."_s) {
            QVERIFY(QDir().mkpath(elsewhere));
        } else {
            QFile file(elsewhere);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(before);
        }
    }
    const QString folder = dir.filePath(u"export"_s);
    QString linkPath;
    if (link == u"."_s) {
        linkPath = folder;
    } else {
        if (multi) {
            QVERIFY(QDir().mkpath(folder));
        }
        linkPath = multi ? QDir(folder).filePath(link) : dir.filePath(link);
    }
    QVERIFY(QFile::link(elsewhere, linkPath));
    const QString target = multi ? folder : linkPath;

    ExportFileWriter::Error error;
    const auto status = ExportFileWriter::write(resultWith(names, true), target, multi, overwrite, &error);
    QCOMPARE(int(status), int(ExportFileWriter::Status::Failed));
    QCOMPARE(int(error.problem), int(ExportFileWriter::Problem::IsSymlink));
    QCOMPARE(error.path, linkPath);
    QVERIFY(error.message().contains(linkPath));
    QVERIFY(QFileInfo(linkPath).isSymLink());
    if (dangling) {
        QVERIFY(!QFileInfo::exists(elsewhere));
    } else if (link == u"."_s) {
        QVERIFY(QDir(elsewhere).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    } else {
        QFile file(elsewhere);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }
    if (multi && link != u"."_s) {
        // Checked before anything was written: the other names are not there either.
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 1);
    }
}

QTEST_GUILESS_MAIN(TestExportFileWriter)
#include "TestExportFileWriter.moc"
