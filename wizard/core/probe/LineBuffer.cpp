#include "LineBuffer.h"

namespace Portpilot {

void LineBuffer::append(const QByteArray& bytes)
{
    if (m_overflowed) {
        return;
    }
    if (m_consumed > 0) {
        m_data.remove(0, m_consumed);
        m_consumed = 0;
    }
    m_data.append(bytes);
    // Only the unfinished tail counts against the limit; complete lines are taken out by the reader.
    const qsizetype lastNewline = m_data.lastIndexOf('\n');
    const qsizetype tail = m_data.size() - (lastNewline + 1);
    if (tail > m_maxLineLength) {
        m_overflowed = true;
        m_data.clear();
    }
}

std::optional<QByteArray> LineBuffer::takeLine()
{
    if (m_overflowed) {
        return std::nullopt;
    }
    const qsizetype newline = m_data.indexOf('\n', m_consumed);
    if (newline < 0) {
        return std::nullopt;
    }
    if (newline - m_consumed > m_maxLineLength) {
        m_overflowed = true;
        m_data.clear();
        m_consumed = 0;
        return std::nullopt;
    }
    qsizetype end = newline;
    if (end > m_consumed && m_data.at(end - 1) == '\r') {
        --end;
    }
    QByteArray line = m_data.mid(m_consumed, end - m_consumed);
    m_consumed = newline + 1;
    return line;
}

void LineBuffer::clear()
{
    m_data.clear();
    m_consumed = 0;
    m_overflowed = false;
}

} // namespace Portpilot
