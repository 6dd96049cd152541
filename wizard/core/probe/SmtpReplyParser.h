#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Portpilot {

// One complete SMTP reply, possibly multi-line (RFC 5321 §4.2), with its RFC 3463 enhanced code.
struct SmtpReply
{
    int code = 0;
    QByteArray enhancedCode; // "5.7.9" when the first line carries one
    QList<QByteArray> lines; // the text after "250-" / "250 " of each line

    QByteArray text() const { return lines.join(' '); }
    // EHLO keywords (upper case) from every line but the first, e.g. "STARTTLS", "AUTH", "SIZE".
    QList<QByteArray> ehloKeywords() const;
    // Mechanisms from "AUTH PLAIN LOGIN" (or the old "AUTH=PLAIN" form), upper case.
    QList<QByteArray> authMechanisms() const;
};

// Collects reply lines until the reply is complete. Free of sockets so it can be fuzzed.
class SmtpReplyParser
{
public:
    enum class State
    {
        NeedMore,
        Complete,
        Error,
    };
    static constexpr int MaxLines = 500;

    State feed(const QByteArray& line);
    SmtpReply reply() const { return m_reply; }
    QString error() const { return m_error; }
    void reset();

private:
    SmtpReply m_reply;
    QString m_error;
};

} // namespace Portpilot
