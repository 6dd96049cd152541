#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Portpilot {

// The part of a client's own configuration file that Portpilot wrote for one account, between a
// begin and an end comment line that name the account:
//   # >>> portpilot begin anna@example.test >>>
//   ...
//   # <<< portpilot end anna@example.test <<<
// Works on bytes so that everything outside the block stays exactly as it was.
class MarkedBlock
{
    Q_DECLARE_TR_FUNCTIONS(MarkedBlock)

public:
    // `commentPrefix` is the client's comment syntax ("#"); `owner` the account's address.
    MarkedBlock(QByteArray commentPrefix, QString owner);

    // Where the block is in a text: [begin, end) covers both marker lines and their line breaks.
    struct Span
    {
        qsizetype begin = -1;
        qsizetype end = -1;
        bool found() const { return begin >= 0; }
    };

    // The block's span (not found when absent); nullopt with `error` set when a marker is
    // malformed, duplicated, unpaired, or another block's marker lies inside this one.
    std::optional<Span> find(const QByteArray& text, QString* error) const;
    // `content` between the two marker lines, ready to be put in a file.
    QByteArray wrap(const QByteArray& content) const;
    // `text` with `block` (from wrap()) in place of the old block, or appended after it when it
    // had none (with a line break first where the text lacks its last one).
    std::optional<QByteArray> put(const QByteArray& text, const QByteArray& block, QString* error) const;
    // `text` without the block (unchanged when it had none).
    std::optional<QByteArray> remove(const QByteArray& text, QString* error) const;

    QByteArray beginLine() const;
    QByteArray endLine() const;

private:
    QByteArray m_prefix;
    QString m_owner;
};

} // namespace Portpilot
