#pragma once

#include "ImapValue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QSslSocket;

namespace Portpilot {

// A logged-in IMAP connection driven one step at a time, for the migration: the connection test
// (ConnectionTester in ProbeMode::KeepSession) has made it secure and logged in. It blocks, so it
// runs where waiting is fine: the command line, or the wizard's migration thread.
//
// APPENDs can be pipelined: with LITERAL+ (RFC 7888) a message goes out without waiting for the
// server's go-ahead, and several can be on the way before their answers come back. With MULTIAPPEND
// (RFC 3502) one APPEND carries several messages, which the server stores all or none.
class ImapClient
{
    Q_DECLARE_TR_FUNCTIONS(ImapClient)

public:
    struct Reply
    {
        enum class Status
        {
            Ok,
            No,
            Bad,
            Lost, // no answer: the connection broke, timed out or the server spoke nonsense
        };
        Status status = Status::Lost;
        QByteArray code; // the response code's atom, upper case: "OVERQUOTA", "TOOBIG", "TRYCREATE"
        QString text;    // the server's words (control characters replaced), or why it was lost

        bool ok() const { return status == Status::Ok; }
    };
    using UntaggedHandler = std::function<void(const QList<ImapValue>& response)>;
    struct AppendMessage
    {
        QByteArrayList flags;
        QDateTime date;
        QByteArray content;
        qint64 id = 0;
    };
    // One APPEND's answer, for every message it carried.
    using AppendHandler = std::function<void(const QList<qint64>& ids, const Reply& reply)>;

    // `unread`: bytes the tester read from the connection but did not handle. `maxResponse` bounds a
    // single response with its literals (a FETCH of the largest message).
    ImapClient(std::unique_ptr<QSslSocket> socket, QByteArray unread, int timeoutMs, qint64 maxResponse);
    ~ImapClient();

    // Sends one command (without tag and CRLF) and waits for its tagged answer; every untagged data
    // response on the way goes to `onUntagged` (status responses such as "* OK" do not).
    Reply run(const QByteArray& command, const UntaggedHandler& onUntagged = {});
    bool hasCapability(QByteArrayView name) const;
    // Asks for the capabilities (after login they may have grown).
    Reply refreshCapabilities();

    // Starts an APPEND of `messages` to the (encoded) mailbox; its answer comes to the handler of
    // setAppendHandler() with their ids, from this call or a later one that reads answers. More
    // than one message only when canAppendMany().
    void append(const QByteArray& mailbox, const QList<AppendMessage>& messages);
    // MULTIAPPEND with LITERAL+: several messages in one command, none waiting for a go-ahead.
    bool canAppendMany() const { return hasCapability("MULTIAPPEND") && hasCapability("LITERAL+"); }
    void setAppendHandler(AppendHandler handler) { m_appendHandler = std::move(handler); }
    // Waits until at most `count` APPENDs are still unanswered.
    void waitForAppends(int count = 0);
    int appendsInFlight() const { return int(m_appends.size()); }
    qint64 bytesInFlight() const { return m_appendBytes; }

    bool isUsable() const { return m_lost.isEmpty(); }
    QString lostReason() const { return m_lost; }
    // LOGOUT, then closes; best effort.
    void logout();

    // "01-Jan-2024 12:00:00 +0000" as APPEND's date-time wants (in UTC).
    static QByteArray dateTime(const QDateTime& date);

private:
    struct Pending
    {
        QList<qint64> ids;
        qint64 bytes = 0;
    };

    QByteArray nextTag();
    void write(const QByteArray& bytes);
    // Reads and handles one response; false when the connection is lost.
    bool readOne();
    std::optional<QByteArray> takeResponse();
    bool waitForData();
    void handleTagged(const QByteArray& line);
    void lose(const QString& why);
    static Reply replyFrom(const QByteArray& status, QByteArrayView rest);

    std::unique_ptr<QSslSocket> m_socket;
    QByteArray m_buffer;
    qsizetype m_scanned = 0; // bytes of m_buffer known to hold no complete response yet
    int m_timeoutMs;
    qint64 m_maxResponse;
    int m_tagCounter = 0;
    QList<QByteArray> m_capabilities;
    QString m_lost;

    // The command run() waits for.
    QByteArray m_waitTag;
    std::optional<Reply> m_waitReply;
    UntaggedHandler m_onUntagged;
    bool m_continuation = false;

    QHash<QByteArray, Pending> m_appends; // tag -> the APPEND it answers
    qint64 m_appendBytes = 0;
    AppendHandler m_appendHandler;
};

} // namespace Portpilot
