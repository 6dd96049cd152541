#include "MessageHeaders.h"

#include <QTimeZone>

namespace Portpilot {

namespace {

bool isBlankLine(QByteArrayView line)
{
    return line == "\n" || line == "\r\n";
}

// Thunderbird's X-Mozilla-Status bits (see ../shared facts: 0x1 read, 0x2 replied, 0x4 starred,
// 0x8 expunged = deleted but not compacted away yet).
constexpr unsigned MozillaRead = 0x1;
constexpr unsigned MozillaReplied = 0x2;
constexpr unsigned MozillaFlagged = 0x4;
constexpr unsigned MozillaExpunged = 0x8;

} // namespace

QByteArrayView MessageHeaders::block(QByteArrayView message)
{
    qsizetype at = 0;
    while (at < message.size()) {
        const qsizetype newline = message.indexOf('\n', at);
        if (newline < 0) {
            return message;
        }
        if (isBlankLine(message.sliced(at, newline + 1 - at))) {
            return message.first(newline + 1);
        }
        at = newline + 1;
    }
    return message;
}

QByteArray MessageHeaders::value(QByteArrayView headerBlock, QByteArrayView name)
{
    QByteArray found;
    bool inField = false;
    qsizetype at = 0;
    while (at < headerBlock.size()) {
        qsizetype end = headerBlock.indexOf('\n', at);
        if (end < 0) {
            end = headerBlock.size();
        }
        QByteArrayView line = headerBlock.sliced(at, end - at);
        at = end + 1;
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.isEmpty()) {
            break;
        }
        const bool continuation = line.front() == ' ' || line.front() == '\t';
        if (inField) {
            if (continuation) {
                found.append(found.isEmpty() ? "" : " ").append(line.trimmed());
                continue;
            }
            break;
        }
        if (!continuation && line.size() > name.size() && line[name.size()] == ':' &&
            line.first(name.size()).compare(name, Qt::CaseInsensitive) == 0) {
            found = line.sliced(name.size() + 1).trimmed().toByteArray();
            inField = true;
        }
    }
    return found;
}

void MessageHeaders::apply(QByteArrayView headerBlock, LocalMessage& message)
{
    bool ok = false;
    const QByteArray mozilla = value(headerBlock, "X-Mozilla-Status");
    const unsigned bits = mozilla.toUInt(&ok, 16);
    if (ok) {
        message.flags.setFlag(MessageFlag::Seen, message.flags.testFlag(MessageFlag::Seen) || (bits & MozillaRead));
        message.flags.setFlag(MessageFlag::Answered,
                              message.flags.testFlag(MessageFlag::Answered) || (bits & MozillaReplied));
        message.flags.setFlag(MessageFlag::Flagged,
                              message.flags.testFlag(MessageFlag::Flagged) || (bits & MozillaFlagged));
        message.deleted = message.deleted || (bits & MozillaExpunged);
    }
    // mutt and other mbox writers: Status: R(ead) O(ld); X-Status: A(nswered) F(lagged) T (draft).
    if (value(headerBlock, "Status").contains('R')) {
        message.flags |= MessageFlag::Seen;
    }
    const QByteArray xStatus = value(headerBlock, "X-Status");
    if (xStatus.contains('A')) {
        message.flags |= MessageFlag::Answered;
    }
    if (xStatus.contains('F')) {
        message.flags |= MessageFlag::Flagged;
    }
    if (xStatus.contains('T')) {
        message.flags |= MessageFlag::Draft;
    }
    message.messageId = value(headerBlock, "Message-ID");
    if (!message.internalDate.isValid()) {
        message.internalDate = QDateTime::fromString(QString::fromLatin1(value(headerBlock, "Date")), Qt::RFC2822Date);
    }
}

QDateTime MessageHeaders::separatorDate(QByteArrayView fromLine)
{
    static const QByteArrayList months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QList<QByteArray> words = fromLine.trimmed().toByteArray().simplified().split(' ');
    // "From" SENDER [Weekday] Month Day hh:mm[:ss] Year [+zone]: find the month, read the rest.
    for (qsizetype i = 2; i + 3 < words.size(); ++i) {
        const qsizetype month = months.indexOf(words[i]);
        if (month < 0) {
            continue;
        }
        bool dayOk = false;
        bool yearOk = false;
        const int day = words[i + 1].toInt(&dayOk);
        const int year = words[i + 3].toInt(&yearOk);
        QTime time = QTime::fromString(QString::fromLatin1(words[i + 2]), QStringLiteral("H:mm:ss"));
        if (!time.isValid()) {
            time = QTime::fromString(QString::fromLatin1(words[i + 2]), QStringLiteral("H:mm"));
        }
        const QDate date(year, static_cast<int>(month) + 1, day);
        if (!dayOk || !yearOk || !date.isValid() || !time.isValid()) {
            return {};
        }
        if (i + 4 < words.size()) {
            const QByteArray& zone = words[i + 4];
            bool zoneOk = false;
            const int hhmm = zone.sliced(1).toInt(&zoneOk);
            if (zone.size() == 5 && (zone[0] == '+' || zone[0] == '-') && zoneOk) {
                const int seconds = ((hhmm / 100) * 3600 + (hhmm % 100) * 60) * (zone[0] == '-' ? -1 : 1);
                return QDateTime(date, time, QTimeZone(seconds));
            }
        }
        return QDateTime(date, time);
    }
    return {};
}

} // namespace Portpilot
