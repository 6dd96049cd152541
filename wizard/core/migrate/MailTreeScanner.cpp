#include "MailTreeScanner.h"

#include "MaildirReader.h"
#include "MboxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Portpilot {

namespace {

// Enough for blank lines and a separator line; a binary or sparse file is refused from these.
constexpr qint64 SniffSize = 4096;

} // namespace

bool MailTreeScanner::isThunderbirdBookkeeping(const QString& fileName)
{
    static const QStringList names{QStringLiteral("msgFilterRules.dat"), QStringLiteral("popstate.dat"),
                                   QStringLiteral("filterlog.html"), QStringLiteral("junklog.html"),
                                   QStringLiteral("rules.dat")};
    return fileName.endsWith(QLatin1String(".msf")) || fileName.endsWith(QLatin1String(".mozmsgs")) ||
           fileName.startsWith(u'.') || names.contains(fileName);
}

MailTreeScanner::Result MailTreeScanner::scan(const QString& path)
{
    Result result;
    MailTreeScanner scanner(result);
    const QFileInfo info(path);
    if (!info.exists()) {
        // A dangling symbolic link exists as a name but not as a file.
        result.problems.append({info.isSymLink() ? ReadProblem::Kind::CannotOpen : ReadProblem::Kind::DoesNotExist,
                                path, info.isSymLink() ? QFile(path).errorString() : QString()});
    } else if (info.isFile()) {
        scanner.addMboxFile(path, {info.fileName()});
    } else if (MaildirReader::isMaildir(path)) {
        // A Maildir a person points to is their inbox (~/Maildir) unless it has a name of its own.
        const QString name = info.fileName().compare(QLatin1String("Maildir"), Qt::CaseInsensitive) == 0
                                 ? QStringLiteral("Inbox")
                                 : info.fileName();
        if (scanner.enter(path)) {
            scanner.scanMaildir(path, {name});
        }
    } else if (scanner.enter(path)) {
        scanner.scanMboxDirectory(path, {});
        if (result.folders.isEmpty() && result.problems.isEmpty()) {
            result.problems.append({ReadProblem::Kind::NotMailFolder, path, {}});
        }
    }
    return result;
}

bool MailTreeScanner::enter(const QString& path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty() || m_visited.contains(canonical)) {
        m_result.problems.append({ReadProblem::Kind::FolderLoop, path, {}});
        return false;
    }
    m_visited.insert(canonical);
    return true;
}

void MailTreeScanner::addMboxFile(const QString& path, const QStringList& names)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_result.problems.append({ReadProblem::Kind::CannotOpen, path, file.errorString()});
        return;
    }
    // An empty file is an empty folder (Thunderbird creates Trash and Sent before they hold mail).
    const QByteArray start = file.read(SniffSize);
    if (!start.isEmpty() && !MboxReader::looksLikeMbox(start)) {
        m_result.problems.append({ReadProblem::Kind::NotMbox, path, {}});
        return;
    }
    m_result.folders.append({names, LocalFolder::Format::Mbox, path});
}

void MailTreeScanner::scanMaildir(const QString& path, const QStringList& names)
{
    m_result.folders.append({names, LocalFolder::Format::Maildir, path});
    // Maildir++: subfolders are ".A", ".A.B" beside cur/ in the top Maildir only.
    const QDir dir(path);
    for (const QFileInfo& entry : dir.entryInfoList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString name = entry.fileName();
        if (!name.startsWith(u'.') || name.size() < 2 || !MaildirReader::isMaildir(entry.filePath())) {
            continue;
        }
        if (enter(entry.filePath())) {
            m_result.folders.append({name.sliced(1).split(u'.'), LocalFolder::Format::Maildir, entry.filePath()});
        }
    }
}

void MailTreeScanner::scanMboxDirectory(const QString& path, const QStringList& parents)
{
    const QDir dir(path);
    if (const ReadProblem problem = ReadProblem::checkDirectory(path); problem.isProblem()) {
        m_result.problems.append(problem);
        return;
    }
    const QFileInfoList entries =
        dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& entry : entries) {
        const QString name = entry.fileName();
        if (isThunderbirdBookkeeping(name)) {
            continue;
        }
        if (!entry.exists()) {
            m_result.problems.append({ReadProblem::Kind::CannotOpen, entry.filePath(),
                                      QFile(entry.filePath()).errorString()}); // dangling symbolic link
        } else if (entry.isDir() && name.endsWith(QLatin1String(".sbd"))) {
            if (enter(entry.filePath())) {
                scanMboxDirectory(entry.filePath(), parents + QStringList{name.chopped(4)});
            }
        } else if (entry.isDir() && MaildirReader::isMaildir(entry.filePath())) {
            // Thunderbird's maildir store: one directory per folder, subfolders still in NAME.sbd/.
            if (enter(entry.filePath())) {
                m_result.folders.append({parents + QStringList{name}, LocalFolder::Format::Maildir, entry.filePath()});
            }
        } else if (entry.isDir()) {
            // A plain directory (mutt's ~/Mail/lists/): its mbox files are subfolders of its name.
            const qsizetype before = m_result.folders.size() + m_result.problems.size();
            if (enter(entry.filePath())) {
                scanMboxDirectory(entry.filePath(), parents + QStringList{name});
                if (m_result.folders.size() + m_result.problems.size() == before) {
                    m_result.problems.append({ReadProblem::Kind::NotMailFolder, entry.filePath(), {}});
                }
            }
        } else {
            addMboxFile(entry.filePath(), parents + QStringList{name});
        }
    }
}

std::unique_ptr<FolderReader> MailTreeScanner::reader(const LocalFolder& folder, qint64 maxMessageSize)
{
    if (folder.format == LocalFolder::Format::Maildir) {
        return std::make_unique<MaildirReader>(folder.path, maxMessageSize);
    }
    return std::make_unique<MboxReader>(folder.path, maxMessageSize);
}

} // namespace Portpilot
