#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Portpilot {

// One piece of IMAP response data (RFC 9051 §4): an atom or number, a string (quoted or literal,
// its bytes undone), NIL, or a parenthesised list. Enough to read LIST, SELECT and FETCH answers.
struct ImapValue
{
    enum class Type
    {
        Atom, // also numbers, flags ("\Seen") and section specs ("BODY[]", kept whole)
        String,
        Nil,
        List,
    };

    Type type = Type::Atom;
    QByteArray bytes;       // atom or string
    QList<ImapValue> items; // list

    bool isAtom(QByteArrayView name) const;
    // A number (atom of digits), nullopt otherwise.
    std::optional<qint64> number() const;

    // Parses a whole response as the connection reads it: lines with their CRLF, each literal's
    // "{n}" followed by its n bytes. Returns the values after the tag or "*", nullopt (with
    // `error`) when the data is malformed. Nesting is bounded so a hostile server cannot exhaust
    // the stack.
    static std::optional<QList<ImapValue>> parse(QByteArrayView response, QString* error = nullptr);
    // In a FETCH item list ("(UID 4 RFC822.SIZE 120 BODY[] {120}...)"): the value after `name`.
    static const ImapValue* fetchItem(const ImapValue& list, QByteArrayView name);
};

} // namespace Portpilot
