#include "MboxReader.h"

#include "MessageHeaders.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace Portpilot {

namespace {

// Lines longer than this come out in pieces; 1 MiB keeps reads large and memory small.
constexpr qsizetype BufferSize = 1024 * 1024;

bool isBlankLine(QByteArrayView line)
{
    return line == "\n" || line == "\r\n";
}

// mboxrd escapes every body line matching ">*From " with one more ">"; mboxo (Thunderbird) only
// "From ". Removing one ">" from ">+From " undoes both (mboxo's own ">From " lines in a body
// cannot be told apart from escaped ones; every reader has that limit).
bool isEscapedFrom(QByteArrayView line)
{
    qsizetype quotes = 0;
    while (quotes < line.size() && line[quotes] == '>') {
        ++quotes;
    }
    return quotes > 0 && line.sliced(quotes).startsWith("From ");
}

} // namespace

MboxReader::MboxReader(QIODevice* device, QString path, qint64 maxMessageSize)
    : m_device(device)
    , m_path(std::move(path))
    , m_maxMessageSize(maxMessageSize)
{}

MboxReader::MboxReader(const QString& path, qint64 maxMessageSize)
    : m_ownedDevice(std::make_unique<QFile>(path))
    , m_path(path)
    , m_maxMessageSize(maxMessageSize)
{
    if (!QFile::exists(path)) {
        m_problem = {ReadProblem::Kind::DoesNotExist, path, {}};
    } else if (m_ownedDevice->open(QIODevice::ReadOnly)) {
        m_device = m_ownedDevice.get();
    } else {
        m_problem = {ReadProblem::Kind::CannotOpen, path, m_ownedDevice->errorString()};
    }
}

MboxReader::~MboxReader() = default;

bool MboxReader::isSeparator(QByteArrayView line)
{
    // "From SENDER DATE": asctime ("Mon Jan  1 12:00:00 2024"), maybe a zone after the year.
    static const QRegularExpression pattern(
        QStringLiteral("^From \\S+\\s+(\\w+\\s+)?\\w{3}\\s+\\d{1,2}\\s+\\d{1,2}:\\d\\d(:\\d\\d)?\\s+\\d{4}\\b"));
    if (!line.startsWith("From ") || line.size() > 1000) {
        return false;
    }
    return pattern.match(QString::fromLatin1(line.data(), line.size())).hasMatch();
}

bool MboxReader::looksLikeMbox(QByteArrayView start)
{
    qsizetype at = 0;
    while (at < start.size()) {
        qsizetype end = start.indexOf('\n', at);
        const QByteArrayView line = start.sliced(at, (end < 0 ? start.size() : end + 1) - at);
        if (!isBlankLine(line)) {
            return line.endsWith('\n') && isSeparator(line);
        }
        at += line.size();
    }
    return false;
}

bool MboxReader::readPiece(Piece& piece)
{
    qsizetype newline = m_buffer.indexOf('\n', m_at);
    // Refill when no whole line is left in the window and the window has room.
    if (newline < 0 && !m_eof) {
        m_bufferOffset += m_at;
        m_buffer.remove(0, m_at);
        m_at = 0;
        const qsizetype have = m_buffer.size();
        if (have < BufferSize) {
            m_buffer.resize(BufferSize);
            const qint64 got = m_device->read(m_buffer.data() + have, BufferSize - have);
            m_buffer.resize(have + std::max<qint64>(got, 0));
            if (got < 0) {
                m_problem = {ReadProblem::Kind::ReadError, m_path, m_device->errorString()};
            }
            m_eof = got <= 0;
            newline = m_buffer.indexOf('\n', have);
        }
    }
    if (m_at >= m_buffer.size()) {
        return false;
    }
    const qsizetype end = newline < 0 ? m_buffer.size() : newline + 1;
    piece.bytes = QByteArrayView(m_buffer).sliced(m_at, end - m_at);
    piece.lineStart = m_nextLineStart;
    piece.lineEnd = newline >= 0;
    piece.offset = m_bufferOffset + m_at;
    m_nextLineStart = piece.lineEnd;
    m_at = end;
    return true;
}

void MboxReader::append(LocalMessage& message, QByteArrayView bytes, bool lineEnd)
{
    // Keeps LF-only files' messages as IMAP needs them: a lone LF becomes CRLF.
    const bool needsCr = lineEnd && !(bytes.size() >= 2 ? bytes[bytes.size() - 2] == '\r' : m_lastWasCr);
    const qint64 grows = bytes.size() + (needsCr ? 1 : 0);
    message.size += grows;
    if (message.size > m_maxMessageSize) {
        // Too large to keep: count on to the next separator, hold nothing.
        if (!message.problem.isProblem()) {
            message.problem = {ReadProblem::Kind::MessageTooLarge, m_path, {}};
            message.content = QByteArray();
        }
    } else if (needsCr) {
        message.content.append(bytes.first(bytes.size() - 1)).append("\r\n");
    } else {
        message.content.append(bytes);
    }
    m_lastWasCr = !bytes.isEmpty() && bytes.back() == '\r';
    if (needsCr) {
        m_lastWasCr = false;
    }
}

void MboxReader::finish(LocalMessage& message, bool headersDone)
{
    if (!headersDone) {
        MessageHeaders::apply(MessageHeaders::block(message.content), message);
    }
    if (message.problem.kind == ReadProblem::Kind::MessageTooLarge) {
        message.problem.detail = QLocale().formattedDataSize(message.size);
    }
}

std::optional<LocalMessage> MboxReader::next()
{
    if (m_finished || !m_device) {
        return std::nullopt;
    }
    Piece piece;
    if (!m_started) {
        // The first line that is not blank must be a separator; an empty file is an empty folder.
        m_started = true;
        do {
            if (!readPiece(piece)) {
                m_finished = true;
                return std::nullopt;
            }
        } while (piece.lineStart && piece.lineEnd && isBlankLine(piece.bytes));
        if (!piece.lineStart || !piece.lineEnd || !isSeparator(piece.bytes)) {
            m_problem = {ReadProblem::Kind::NotMbox, m_path, {}};
            m_finished = true;
            return std::nullopt;
        }
        m_separator = piece.bytes.toByteArray();
        m_separatorOffset = piece.offset;
    }

    LocalMessage message;
    message.offset = m_separatorOffset;
    message.internalDate = MessageHeaders::separatorDate(m_separator);
    m_lastWasCr = false;
    bool headersDone = false;
    bool previousBlank = false; // the line before was empty: a separator may follow
    while (readPiece(piece)) {
        if (piece.lineStart && piece.lineEnd && previousBlank && isSeparator(piece.bytes)) {
            // The empty line before a separator belongs to the mbox, not to the message.
            message.size -= 2;
            message.content.chop(message.problem.isProblem() ? 0 : 2);
            m_separator = piece.bytes.toByteArray();
            m_separatorOffset = piece.offset;
            finish(message, headersDone);
            return message;
        }
        QByteArrayView bytes = piece.bytes;
        if (piece.lineStart && isEscapedFrom(bytes)) {
            bytes = bytes.sliced(1);
        }
        append(message, bytes, piece.lineEnd);
        previousBlank = piece.lineStart && piece.lineEnd && isBlankLine(piece.bytes);
        if (previousBlank && !headersDone) {
            // The header block is complete: read it now, before a large body may be dropped.
            headersDone = true;
            MessageHeaders::apply(message.content, message);
        }
    }
    m_finished = true;
    if (m_problem.isProblem()) {
        return std::nullopt; // a read error: the message is incomplete, do not hand it out
    }
    // End of file: a writer's final empty line is the mbox's too; a message cut short is kept.
    if (previousBlank && message.size >= 2) {
        message.size -= 2;
        message.content.chop(message.problem.isProblem() ? 0 : 2);
    }
    finish(message, headersDone);
    return message;
}

} // namespace Portpilot
