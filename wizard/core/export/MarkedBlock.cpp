#include "MarkedBlock.h"

#include <QList>

#include <utility>

namespace Portpilot {

namespace {

const QByteArray beginWord = QByteArrayLiteral(" >>> portpilot begin ");
const QByteArray endWord = QByteArrayLiteral(" <<< portpilot end ");
const QByteArray beginTail = QByteArrayLiteral(" >>>");
const QByteArray endTail = QByteArrayLiteral(" <<<");

struct Marker
{
    bool begin = false;
    QByteArray owner;
    qsizetype start = 0; // first byte of the line
    qsizetype next = 0;  // first byte after its line break
    int line = 0;
};

} // namespace

MarkedBlock::MarkedBlock(QByteArray commentPrefix, QString owner)
    : m_prefix(std::move(commentPrefix))
    , m_owner(std::move(owner))
{}

QByteArray MarkedBlock::beginLine() const
{
    return m_prefix + beginWord + m_owner.toUtf8() + beginTail;
}

QByteArray MarkedBlock::endLine() const
{
    return m_prefix + endWord + m_owner.toUtf8() + endTail;
}

std::optional<MarkedBlock::Span> MarkedBlock::find(const QByteArray& text, QString* error) const
{
    // Any line that starts like a marker (leading blanks allowed, as a hand edit might leave them)
    // must be a whole one: a damaged marker could otherwise make an update or a removal take
    // the wrong lines.
    QList<Marker> markers;
    qsizetype start = 0;
    int lineNumber = 0;
    while (start < text.size()) {
        ++lineNumber;
        qsizetype lineEnd = text.indexOf('\n', start);
        const qsizetype next = lineEnd < 0 ? text.size() : lineEnd + 1;
        if (lineEnd < 0) {
            lineEnd = text.size();
        }
        const QByteArray line = text.mid(start, lineEnd - start);
        const QByteArray bare = line.trimmed();
        const bool looksBegin = bare.startsWith(m_prefix + beginWord.left(4));
        const bool looksEnd = bare.startsWith(m_prefix + endWord.left(4));
        if ((looksBegin || looksEnd) && bare.contains("portpilot")) {
            const QByteArray& word = looksBegin ? beginWord : endWord;
            const QByteArray& tail = looksBegin ? beginTail : endTail;
            const QByteArray owner =
                line.mid(m_prefix.size() + word.size(), line.size() - m_prefix.size() - word.size() - tail.size());
            if (!line.startsWith(m_prefix + word) || !line.endsWith(tail) || owner.isEmpty() || owner.contains(' ')) {
                *error = tr("line %1 looks like a Portpilot marker but is not a whole one: “%2”")
                             .arg(lineNumber)
                             .arg(QString::fromUtf8(bare));
                return std::nullopt;
            }
            markers.append({looksBegin, owner, start, next, lineNumber});
        }
        start = next;
    }

    const QByteArray own = m_owner.toUtf8();
    qsizetype beginIndex = -1;
    qsizetype endIndex = -1;
    for (qsizetype i = 0; i < markers.size(); ++i) {
        if (markers.at(i).owner != own) {
            continue;
        }
        qsizetype& slot = markers.at(i).begin ? beginIndex : endIndex;
        if (slot >= 0) {
            *error = tr("the block for %1 is marked more than once (lines %2 and %3)")
                         .arg(m_owner)
                         .arg(markers.at(slot).line)
                         .arg(markers.at(i).line);
            return std::nullopt;
        }
        slot = i;
    }
    if (beginIndex < 0 && endIndex < 0) {
        return Span{};
    }
    if (beginIndex < 0 || endIndex < 0 || endIndex != beginIndex + 1) {
        const Marker& at = markers.at(beginIndex >= 0 ? beginIndex : endIndex);
        *error = tr("the block for %1 has no matching begin and end markers (line %2)").arg(m_owner).arg(at.line);
        return std::nullopt;
    }
    return Span{markers.at(beginIndex).start, markers.at(endIndex).next};
}

QByteArray MarkedBlock::wrap(const QByteArray& content) const
{
    QByteArray block = beginLine() + '\n';
    block += m_prefix + " Written by Portpilot; `portpilot export --uninstall` removes this block.\n\n";
    block += content;
    if (!content.isEmpty() && !content.endsWith('\n')) {
        block += '\n';
    }
    // An empty line closes the last section for clients that read sections (mbsync).
    if (!block.endsWith("\n\n")) {
        block += '\n';
    }
    return block + endLine() + '\n';
}

std::optional<QByteArray> MarkedBlock::put(const QByteArray& text, const QByteArray& block, QString* error) const
{
    const std::optional<Span> span = find(text, error);
    if (!span) {
        return std::nullopt;
    }
    if (span->found()) {
        return text.left(span->begin) + block + text.mid(span->end);
    }
    QByteArray out = text;
    if (!out.isEmpty() && !out.endsWith('\n')) {
        out += '\n';
    }
    return out + block;
}

std::optional<QByteArray> MarkedBlock::remove(const QByteArray& text, QString* error) const
{
    const std::optional<Span> span = find(text, error);
    if (!span) {
        return std::nullopt;
    }
    if (!span->found()) {
        return text;
    }
    return text.left(span->begin) + text.mid(span->end);
}

} // namespace Portpilot
