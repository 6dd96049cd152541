#pragma once

#include <QByteArray>

#include <optional>

namespace Portpilot {

// Collects bytes from a socket and hands out complete lines (without CRLF). A line longer than
// the limit marks the buffer as overflowed, so a server cannot make us hold unbounded data.
class LineBuffer
{
public:
    explicit LineBuffer(qsizetype maxLineLength = 64 * 1024)
        : m_maxLineLength(maxLineLength)
    {}

    void append(const QByteArray& bytes);
    // The next complete line; nullopt when none is complete yet (or after an overflow).
    std::optional<QByteArray> takeLine();
    bool overflowed() const { return m_overflowed; }
    bool isEmpty() const { return m_data.size() == m_consumed; }
    void clear();

private:
    QByteArray m_data;
    qsizetype m_consumed = 0;
    qsizetype m_maxLineLength;
    bool m_overflowed = false;
};

} // namespace Portpilot
