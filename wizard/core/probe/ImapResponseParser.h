#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Portpilot {

// One IMAP response line (RFC 9051 §7), as much as a connection tester needs.
struct ImapResponse
{
    enum class Kind
    {
        Untagged,     // "* ..."
        Tagged,       // "A1 OK ..."
        Continuation, // "+ ..."
    };
    enum class Status
    {
        None, // untagged data such as "* CAPABILITY ..." or "* 3 EXISTS"
        Ok,
        No,
        Bad,
        Bye,
        PreAuth,
    };

    Kind kind = Kind::Untagged;
    Status status = Status::None;
    QByteArray tag;                 // tagged responses only
    QByteArray name;                // untagged data: "CAPABILITY", "LIST", "EXISTS" (upper case)
    QByteArray code;                // response code atom: "ALERT", "CAPABILITY", "AUTHENTICATIONFAILED" (upper case)
    QByteArray codeArguments;       // the rest inside the brackets
    QByteArray text;                // human-readable text (status responses, continuation)
    QList<QByteArray> capabilities; // from "* CAPABILITY" or a [CAPABILITY ...] code, upper case
};

// Parses a single response line (without CRLF). Free of sockets so it can be fuzzed.
// Literals ({n}) are refused: nothing a connection tester asks for may contain one.
class ImapResponseParser
{
public:
    static constexpr int MaxCapabilities = 500;

    static std::optional<ImapResponse> parse(const QByteArray& line, QString* error = nullptr);
    // Splits a capability list; nullopt when it holds too many entries or invalid atoms.
    static std::optional<QList<QByteArray>> parseCapabilities(const QByteArray& list, QString* error = nullptr);
    // True when `error` (from parse) means "over a size limit" rather than bad syntax.
    static bool isLimitError(const QString& error);
};

} // namespace Portpilot
