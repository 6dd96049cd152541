#include "ImapResponseParser.h"

namespace Portpilot {

namespace {

bool isAtomChar(char c)
{
    // RFC 9051 ATOM-CHAR: any CHAR except atom-specials; "]" is allowed in capability atoms but not in tags.
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u < 0x7f && c != '(' && c != ')' && c != '{' && c != '%' && c != '*' && c != '"' && c != '\\';
}

bool setError(QString* error, const QString& text)
{
    if (error) {
        *error = text;
    }
    return false;
}

std::optional<ImapResponse::Status> statusFromAtom(const QByteArray& atom)
{
    if (atom == "OK") {
        return ImapResponse::Status::Ok;
    }
    if (atom == "NO") {
        return ImapResponse::Status::No;
    }
    if (atom == "BAD") {
        return ImapResponse::Status::Bad;
    }
    if (atom == "BYE") {
        return ImapResponse::Status::Bye;
    }
    if (atom == "PREAUTH") {
        return ImapResponse::Status::PreAuth;
    }
    return std::nullopt;
}

// Fills code/codeArguments/text from "[CODE args] text" or "text".
bool parseStatusRest(const QByteArray& rest, ImapResponse& response, QString* error)
{
    if (!rest.startsWith('[')) {
        response.text = rest;
        return true;
    }
    const qsizetype close = rest.indexOf(']');
    if (close < 0) {
        return setError(error, QStringLiteral("response code without closing bracket"));
    }
    const QByteArray inside = rest.mid(1, close - 1);
    const qsizetype space = inside.indexOf(' ');
    response.code = (space < 0 ? inside : inside.left(space)).toUpper();
    response.codeArguments = space < 0 ? QByteArray() : inside.mid(space + 1);
    response.text = rest.mid(close + 1).trimmed();
    for (char c : response.code) {
        if (!isAtomChar(c)) {
            return setError(error, QStringLiteral("invalid response code"));
        }
    }
    if (response.code == "CAPABILITY") {
        const auto caps = ImapResponseParser::parseCapabilities(response.codeArguments, error);
        if (!caps) {
            return false;
        }
        response.capabilities = *caps;
    }
    return true;
}

} // namespace

bool ImapResponseParser::isLimitError(const QString& error)
{
    return error.startsWith(QLatin1String("more than"));
}

std::optional<QList<QByteArray>> ImapResponseParser::parseCapabilities(const QByteArray& list, QString* error)
{
    QList<QByteArray> caps;
    for (const QByteArray& item : list.split(' ')) {
        if (item.isEmpty()) {
            continue;
        }
        for (char c : item) {
            if (!isAtomChar(c) && c != ']') {
                setError(error, QStringLiteral("invalid capability"));
                return std::nullopt;
            }
        }
        if (caps.size() >= MaxCapabilities) {
            setError(error, QStringLiteral("more than %1 capabilities").arg(MaxCapabilities));
            return std::nullopt;
        }
        caps.append(item.toUpper());
    }
    return caps;
}

std::optional<ImapResponse> ImapResponseParser::parse(const QByteArray& line, QString* error)
{
    ImapResponse response;
    if (line.contains('\0') || line.contains('\r') || line.contains('\n')) {
        setError(error, QStringLiteral("control characters in a response line"));
        return std::nullopt;
    }
    if (line.endsWith('}')) {
        setError(error, QStringLiteral("unexpected literal"));
        return std::nullopt;
    }
    if (line == "+" || line.startsWith("+ ")) {
        response.kind = ImapResponse::Kind::Continuation;
        response.text = line.mid(2);
        return response;
    }
    const qsizetype firstSpace = line.indexOf(' ');
    if (firstSpace <= 0) {
        setError(error, QStringLiteral("response without a tag and a status"));
        return std::nullopt;
    }
    const QByteArray first = line.left(firstSpace);
    QByteArray rest = line.mid(firstSpace + 1);
    const qsizetype secondSpace = rest.indexOf(' ');
    QByteArray atom = (secondSpace < 0 ? rest : rest.left(secondSpace)).toUpper();
    QByteArray afterAtom = secondSpace < 0 ? QByteArray() : rest.mid(secondSpace + 1);

    if (first == "*") {
        response.kind = ImapResponse::Kind::Untagged;
        if (const auto status = statusFromAtom(atom)) {
            response.status = *status;
            if (!parseStatusRest(afterAtom, response, error)) {
                return std::nullopt;
            }
            return response;
        }
        if (atom.isEmpty()) {
            setError(error, QStringLiteral("empty untagged response"));
            return std::nullopt;
        }
        bool numeric = false;
        atom.toULongLong(&numeric);
        if (numeric) {
            // "* 3 EXISTS", "* 1 FETCH (...)": the name follows the number.
            const qsizetype space = afterAtom.indexOf(' ');
            response.name = (space < 0 ? afterAtom : afterAtom.left(space)).toUpper();
            response.text = space < 0 ? QByteArray() : afterAtom.mid(space + 1);
        } else {
            response.name = atom;
            response.text = afterAtom;
        }
        for (char c : response.name) {
            if (!isAtomChar(c)) {
                setError(error, QStringLiteral("invalid untagged response name"));
                return std::nullopt;
            }
        }
        if (response.name.isEmpty()) {
            setError(error, QStringLiteral("untagged response without a name"));
            return std::nullopt;
        }
        if (response.name == "CAPABILITY") {
            const auto caps = parseCapabilities(response.text, error);
            if (!caps) {
                return std::nullopt;
            }
            response.capabilities = *caps;
        }
        return response;
    }

    for (char c : first) {
        if (!isAtomChar(c) || c == '+' || c == ']') {
            setError(error, QStringLiteral("invalid tag"));
            return std::nullopt;
        }
    }
    const auto status = statusFromAtom(atom);
    if (!status || *status == ImapResponse::Status::Bye || *status == ImapResponse::Status::PreAuth) {
        setError(error, QStringLiteral("tagged response without OK, NO or BAD"));
        return std::nullopt;
    }
    response.kind = ImapResponse::Kind::Tagged;
    response.tag = first;
    response.status = *status;
    if (!parseStatusRest(afterAtom, response, error)) {
        return std::nullopt;
    }
    return response;
}

} // namespace Portpilot
