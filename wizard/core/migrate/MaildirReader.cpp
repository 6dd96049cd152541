#include "MaildirReader.h"

#include "MessageHeaders.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace Portpilot {

MaildirReader::MaildirReader(const QString& path, qint64 maxMessageSize)
    : m_path(path)
    , m_maxMessageSize(maxMessageSize)
{
    if (!QFileInfo::exists(path)) {
        m_problem = {ReadProblem::Kind::DoesNotExist, path, {}};
        return;
    }
    for (const QString& sub : {QStringLiteral("cur"), QStringLiteral("new")}) {
        const QDir dir(path + u'/' + sub);
        if (!dir.exists()) {
            continue;
        }
        m_problem = ReadProblem::checkDirectory(dir.path());
        if (m_problem.isProblem()) {
            return;
        }
        // Dot files are a writer's temporary files; tmp/ is not read at all (not delivered yet).
        for (const QString& name : dir.entryList(QDir::Files | QDir::NoDotAndDotDot)) {
            m_files.append(sub + u'/' + name);
        }
    }
    // Delivery order: names start with the time of delivery; sort on the name without cur/new.
    std::sort(m_files.begin(), m_files.end(),
              [](const QString& a, const QString& b) { return a.sliced(4) < b.sliced(4); });
}

bool MaildirReader::isMaildir(const QString& path)
{
    return QFileInfo(path + QStringLiteral("/cur")).isDir() || QFileInfo(path + QStringLiteral("/new")).isDir();
}

void MaildirReader::applyInfo(const QString& fileName, LocalMessage& message)
{
    // ":2," on most file systems; "!2," or ";2," where a colon cannot be in a name.
    qsizetype info = -1;
    for (const QLatin1String marker : {QLatin1String(":2,"), QLatin1String("!2,"), QLatin1String(";2,")}) {
        info = std::max(info, fileName.lastIndexOf(marker));
    }
    if (info < 0) {
        return;
    }
    for (const QChar flag : fileName.sliced(info + 3)) {
        switch (flag.unicode()) {
        case 'S':
            message.flags |= MessageFlag::Seen;
            break;
        case 'R':
            message.flags |= MessageFlag::Answered;
            break;
        case 'F':
            message.flags |= MessageFlag::Flagged;
            break;
        case 'D':
            message.flags |= MessageFlag::Draft;
            break;
        case 'T':
            message.deleted = true;
            break;
        default:
            break; // P (passed) and lower-case keywords have no IMAP system flag
        }
    }
}

std::optional<LocalMessage> MaildirReader::next()
{
    if (m_next >= m_files.size()) {
        return std::nullopt;
    }
    const QString relative = m_files[m_next++];
    LocalMessage message;
    message.file = m_path + u'/' + relative;
    if (relative.startsWith(QLatin1String("cur/"))) {
        applyInfo(relative, message); // new/ holds unread messages, their names have no info yet
    }
    QFile file(message.file);
    if (!file.open(QIODevice::ReadOnly)) {
        message.problem = {ReadProblem::Kind::CannotOpen, message.file, file.errorString()};
        return message;
    }
    message.internalDate = QFileInfo(file).lastModified();
    if (file.size() > m_maxMessageSize) {
        message.size = file.size();
        message.problem = {ReadProblem::Kind::MessageTooLarge, message.file, QLocale().formattedDataSize(file.size())};
        return message;
    }
    const QByteArray raw = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        message.problem = {ReadProblem::Kind::ReadError, message.file, file.errorString()};
        return message;
    }
    // Maildir files have LF line ends; IMAP wants CRLF.
    message.content.reserve(raw.size() + raw.count('\n'));
    qsizetype at = 0;
    while (at < raw.size()) {
        const qsizetype newline = raw.indexOf('\n', at);
        if (newline < 0) {
            message.content.append(QByteArrayView(raw).sliced(at));
            break;
        }
        const bool hasCr = newline > at && raw[newline - 1] == '\r';
        message.content.append(QByteArrayView(raw).sliced(at, newline - at - (hasCr ? 1 : 0))).append("\r\n");
        at = newline + 1;
    }
    message.size = message.content.size();
    const QDateTime fileTime = message.internalDate;
    MessageHeaders::apply(MessageHeaders::block(message.content), message);
    message.internalDate = fileTime.isValid() ? fileTime : message.internalDate;
    return message;
}

} // namespace Portpilot
