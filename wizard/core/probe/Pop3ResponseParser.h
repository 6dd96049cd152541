#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Portpilot {

// A POP3 status line: "+OK text", "-ERR [CODE] text" (RFC 1939, RFC 2449 §8, RFC 3206).
struct Pop3Status
{
    bool ok = false;
    QByteArray code; // extended response code, upper case: "AUTH", "SYS/TEMP", "IN-USE", "LOGIN-DELAY"
    QByteArray text;
};

// Parses POP3 status lines, SASL continuations and multi-line bodies (CAPA). Free of sockets.
class Pop3ResponseParser
{
public:
    enum class State
    {
        NeedMore,
        Done,
        Error,
    };
    static constexpr int MaxLines = 500;

    static std::optional<Pop3Status> parseStatus(const QByteArray& line, QString* error = nullptr);
    // "+ " followed by a base64 challenge (RFC 5034); nullopt when the line is no continuation.
    static std::optional<QByteArray> parseContinuation(const QByteArray& line);

    // Multi-line body after a +OK: feed lines until Done (the "." line). Dot-stuffing is undone.
    void beginMultiLine();
    State feedMultiLine(const QByteArray& line);
    QList<QByteArray> lines() const { return m_lines; }
    QString error() const { return m_error; }

    // CAPA lines to capability names (the first word, upper case), e.g. "SASL", "STLS", "USER".
    static QList<QByteArray> capabilityNames(const QList<QByteArray>& capaLines);
    // The mechanisms of the "SASL" line, upper case.
    static QList<QByteArray> saslMechanisms(const QList<QByteArray>& capaLines);

private:
    QList<QByteArray> m_lines;
    QString m_error;
};

} // namespace Portpilot
