#pragma once

#include "FolderReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>

#include <memory>

namespace Portpilot {

// Reads an mbox file as real ones are: "From " separators (no Content-Length needed), mboxrd and
// mboxo escaping undone, LF or CRLF line ends (the message comes out with CRLF, as IMAP wants),
// 8-bit and binary bodies, a last message without a final newline or cut short. It streams through
// a fixed buffer, so a file of any size never sits in memory.
class MboxReader : public FolderReader
{
    Q_DECLARE_TR_FUNCTIONS(MboxReader)

public:
    // Reads from a device the caller owns (open for reading). path names it in problems.
    MboxReader(QIODevice* device, QString path, qint64 maxMessageSize = DefaultMaxMessageSize);
    // Opens the file read-only; problem() says why when it cannot.
    explicit MboxReader(const QString& path, qint64 maxMessageSize = DefaultMaxMessageSize);
    ~MboxReader() override;

    std::optional<LocalMessage> next() override;
    ReadProblem problem() const override { return m_problem; }

    // True when the line (with or without its line end) starts a message: "From ", a sender and
    // an asctime date. Checking the date keeps an unescaped "From " line in a body a body line.
    static bool isSeparator(QByteArrayView line);
    // Whether the first bytes of a file look like mbox (blank lines, then a separator line).
    static bool looksLikeMbox(QByteArrayView start);

private:
    // A piece of the input: a whole line with its LF, or a part of a line longer than the buffer.
    struct Piece
    {
        QByteArrayView bytes;
        bool lineStart = false; // the piece begins a line
        bool lineEnd = false;   // the piece ends with LF
        qint64 offset = 0;      // where it starts in the file
    };
    bool readPiece(Piece& piece);
    void append(LocalMessage& message, QByteArrayView bytes, bool lineEnd);
    void finish(LocalMessage& message, bool headersDone);

    std::unique_ptr<QIODevice> m_ownedDevice;
    QIODevice* m_device = nullptr;
    QString m_path;
    qint64 m_maxMessageSize;
    ReadProblem m_problem;

    QByteArray m_buffer; // the window on the file
    qsizetype m_at = 0;  // first byte not yet handed out
    qint64 m_bufferOffset = 0;
    bool m_eof = false;
    bool m_nextLineStart = true;

    bool m_started = false;
    bool m_finished = false;
    QByteArray m_separator; // the "From " line of the message next() reads
    qint64 m_separatorOffset = 0;
    bool m_lastWasCr = false; // the last byte appended was CR (a CRLF split across pieces)
};

} // namespace Portpilot
