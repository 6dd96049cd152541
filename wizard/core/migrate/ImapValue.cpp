#include "ImapValue.h"

#include <QString>

namespace Portpilot {

namespace {

constexpr int MaxDepth = 32;

class Parser
{
public:
    explicit Parser(QByteArrayView data)
        : m_data(data)
    {}

    std::optional<QList<ImapValue>> parseAll(QString* error)
    {
        QList<ImapValue> values;
        skipSpaces();
        while (!atLineEnd()) {
            ImapValue value;
            if (!parseValue(value, 0)) {
                if (error) {
                    *error = m_error;
                }
                return std::nullopt;
            }
            values.append(std::move(value));
            skipSpaces();
        }
        return values;
    }

private:
    bool atLineEnd() const { return m_at >= m_data.size() || m_data[m_at] == '\r' || m_data[m_at] == '\n'; }
    void skipSpaces()
    {
        while (m_at < m_data.size() && m_data[m_at] == ' ') {
            ++m_at;
        }
    }
    bool fail(const char* why)
    {
        m_error = QString::fromLatin1(why) + QStringLiteral(" at byte %1").arg(m_at);
        return false;
    }

    bool parseValue(ImapValue& value, int depth)
    {
        if (depth > MaxDepth) {
            return fail("lists nested too deep");
        }
        const char c = m_data[m_at];
        if (c == '(') {
            return parseList(value, depth);
        }
        if (c == '"') {
            return parseQuoted(value);
        }
        if (c == '{' || (c == '~' && m_at + 1 < m_data.size() && m_data[m_at + 1] == '{')) {
            return parseLiteral(value);
        }
        return parseAtom(value);
    }

    bool parseList(ImapValue& value, int depth)
    {
        value.type = ImapValue::Type::List;
        ++m_at; // (
        skipSpaces();
        while (m_at < m_data.size() && m_data[m_at] != ')') {
            if (atLineEnd()) {
                return fail("a list without its closing parenthesis");
            }
            ImapValue item;
            if (!parseValue(item, depth + 1)) {
                return false;
            }
            value.items.append(std::move(item));
            skipSpaces();
        }
        if (m_at >= m_data.size()) {
            return fail("a list without its closing parenthesis");
        }
        ++m_at; // )
        return true;
    }

    bool parseQuoted(ImapValue& value)
    {
        value.type = ImapValue::Type::String;
        ++m_at;
        while (m_at < m_data.size()) {
            char c = m_data[m_at++];
            if (c == '"') {
                return true;
            }
            if (c == '\r' || c == '\n') {
                break;
            }
            if (c == '\\') {
                if (m_at >= m_data.size()) {
                    break;
                }
                c = m_data[m_at++];
            }
            value.bytes.append(c);
        }
        return fail("a quoted string without its end");
    }

    // "{n}" CRLF and n bytes (also "~{n}", a binary literal, RFC 3516).
    bool parseLiteral(ImapValue& value)
    {
        value.type = ImapValue::Type::String;
        if (m_data[m_at] == '~') {
            ++m_at;
        }
        ++m_at; // {
        qint64 size = 0;
        int digits = 0;
        while (m_at < m_data.size() && m_data[m_at] >= '0' && m_data[m_at] <= '9') {
            if (++digits > 12) {
                return fail("a literal size too large");
            }
            size = size * 10 + (m_data[m_at++] - '0');
        }
        if (m_at < m_data.size() && m_data[m_at] == '+') {
            ++m_at;
        }
        if (digits == 0 || m_data.size() - m_at < 3 || m_data.sliced(m_at, 3) != "}\r\n") {
            return fail("a malformed literal");
        }
        m_at += 3;
        if (size > m_data.size() - m_at) {
            return fail("a literal longer than the data");
        }
        value.bytes = m_data.sliced(m_at, size).toByteArray();
        m_at += size;
        return true;
    }

    bool parseAtom(ImapValue& value)
    {
        const qsizetype start = m_at;
        int bracket = 0;
        while (m_at < m_data.size()) {
            const char c = m_data[m_at];
            if (c == '[') {
                ++bracket;
            } else if (c == ']' && bracket > 0) {
                --bracket;
            } else if (bracket == 0 && (c == ' ' || c == '(' || c == ')' || c == '\r' || c == '\n' || c == '"')) {
                break;
            } else if (c == '\r' || c == '\n') {
                return fail("a line end inside a section");
            }
            ++m_at;
        }
        if (m_at == start) {
            return fail("an unexpected character");
        }
        value.bytes = m_data.sliced(start, m_at - start).toByteArray();
        if (value.bytes.compare("NIL", Qt::CaseInsensitive) == 0) {
            value.type = ImapValue::Type::Nil;
            value.bytes.clear();
        }
        return true;
    }

    QByteArrayView m_data;
    qsizetype m_at = 0;
    QString m_error;
};

} // namespace

bool ImapValue::isAtom(QByteArrayView name) const
{
    return type == Type::Atom && bytes.compare(name, Qt::CaseInsensitive) == 0;
}

std::optional<qint64> ImapValue::number() const
{
    if (type != Type::Atom || bytes.isEmpty() || bytes.size() > 18) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 n = bytes.toLongLong(&ok);
    return ok && n >= 0 && bytes.front() != '+' ? std::optional<qint64>(n) : std::nullopt;
}

std::optional<QList<ImapValue>> ImapValue::parse(QByteArrayView response, QString* error)
{
    return Parser(response).parseAll(error);
}

const ImapValue* ImapValue::fetchItem(const ImapValue& list, QByteArrayView name)
{
    if (list.type != Type::List) {
        return nullptr;
    }
    for (qsizetype i = 0; i + 1 < list.items.size(); i += 2) {
        if (list.items.at(i).isAtom(name)) {
            return &list.items.at(i + 1);
        }
    }
    return nullptr;
}

} // namespace Portpilot
