#include "ImapClient.h"

#include "Logging.h"
#include "ProtocolSession.h"

#include <QLocale>
#include <QSslSocket>
#include <QTimeZone>

namespace Portpilot {

namespace {

// Written data waits in the socket's buffer; beyond this, wait until most of it has gone, so that a
// pipeline of large messages never holds more than a few of them in memory.
constexpr qint64 MaxUnwritten = 8 * 1024 * 1024;
constexpr qint64 DrainTo = 1024 * 1024;

// The literal size at the end of a line ("... {123}" or "{123+}"), -1 when it ends otherwise.
qint64 literalSize(QByteArrayView line)
{
    if (!line.endsWith('}')) {
        return -1;
    }
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0) {
        return -1;
    }
    QByteArrayView digits = line.sliced(open + 1, line.size() - open - 2);
    if (digits.endsWith('+')) {
        digits.chop(1);
    }
    if (digits.isEmpty() || digits.size() > 12) {
        return -1;
    }
    qint64 size = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9') {
            return -1;
        }
        size = size * 10 + (c - '0');
    }
    return size;
}

} // namespace

ImapClient::ImapClient(std::unique_ptr<QSslSocket> socket, QByteArray unread, int timeoutMs, qint64 maxResponse)
    : m_socket(std::move(socket))
    , m_buffer(std::move(unread))
    , m_timeoutMs(timeoutMs)
    , m_maxResponse(maxResponse)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        m_lost = tr("the connection is closed");
    }
}

ImapClient::~ImapClient()
{
    if (m_socket) {
        m_socket->abort();
    }
}

QByteArray ImapClient::nextTag()
{
    return "M" + QByteArray::number(++m_tagCounter);
}

void ImapClient::write(const QByteArray& bytes)
{
    if (!isUsable()) {
        return;
    }
    m_socket->write(bytes);
    if (m_socket->bytesToWrite() <= MaxUnwritten) {
        return;
    }
    while (isUsable() && m_socket->bytesToWrite() > DrainTo) {
        if (!m_socket->waitForBytesWritten(m_timeoutMs)) {
            lose(m_socket->error() == QAbstractSocket::SocketTimeoutError
                     ? tr("the server took no data for %1 seconds").arg(m_timeoutMs / 1000)
                     : m_socket->errorString());
        }
    }
}

void ImapClient::lose(const QString& why)
{
    if (!m_lost.isEmpty()) {
        return;
    }
    m_lost = why;
    qCDebug(lcMigrate).noquote() << "connection lost:" << why;
    m_socket->abort();
    // Every APPEND on the way is unanswered now: it may or may not have arrived (verification says).
    const auto pending = std::exchange(m_appends, {});
    m_appendBytes = 0;
    Reply reply;
    reply.text = why;
    for (const Pending& append : pending) {
        if (m_appendHandler) {
            m_appendHandler(append.ids, reply);
        }
    }
}

bool ImapClient::waitForData()
{
    if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(m_timeoutMs)) {
        lose(m_socket->error() == QAbstractSocket::SocketTimeoutError
                 ? tr("no answer from the server within %1 seconds").arg(m_timeoutMs / 1000)
                 : m_socket->errorString());
        return false;
    }
    m_buffer += m_socket->readAll();
    return true;
}

std::optional<QByteArray> ImapClient::takeResponse()
{
    // A response is a line, and when that line ends in a literal's size, the literal and the next
    // line, and so on.
    qsizetype at = 0;
    while (true) {
        const qsizetype lf = m_buffer.indexOf('\n', at);
        if (lf < 0) {
            return std::nullopt;
        }
        QByteArrayView line = QByteArrayView(m_buffer).sliced(at, lf - at);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        const qint64 literal = literalSize(line);
        if (literal < 0) {
            QByteArray response = m_buffer.left(lf + 1);
            m_buffer.remove(0, lf + 1);
            return response;
        }
        if (literal > m_maxResponse || lf + 1 + literal > m_maxResponse) {
            lose(tr("the server sent an answer of more than %1 bytes").arg(m_maxResponse));
            return std::nullopt;
        }
        if (m_buffer.size() < lf + 1 + literal) {
            return std::nullopt;
        }
        at = lf + 1 + literal;
    }
}

bool ImapClient::readOne()
{
    std::optional<QByteArray> response;
    while (isUsable() && !(response = takeResponse())) {
        if (m_buffer.size() > m_maxResponse) {
            lose(tr("the server sent an answer of more than %1 bytes").arg(m_maxResponse));
        } else {
            waitForData();
        }
    }
    if (!response) {
        return false;
    }
    if (response->startsWith('+')) {
        m_continuation = true;
        return true;
    }
    if (!response->startsWith("* ")) {
        handleTagged(response->trimmed());
        return true;
    }
    const QByteArray word = response->mid(2, response->indexOf(' ', 2) - 2).trimmed().toUpper();
    if (word == "BYE") {
        lose(tr("the server closed the connection: %1").arg(ProtocolSession::printable(response->mid(6).trimmed())));
        return false;
    }
    if (word == "OK" || word == "NO" || word == "BAD" || word == "PREAUTH") {
        return true; // status text, nothing a step needs
    }
    QString error;
    const auto values = ImapValue::parse(QByteArrayView(*response).sliced(2), &error);
    if (!values) {
        lose(tr("the server's answer could not be read (%1)").arg(error));
        return false;
    }
    if (word == "CAPABILITY") {
        m_capabilities.clear();
        for (qsizetype i = 1; i < values->size(); ++i) {
            m_capabilities.append(values->at(i).bytes.toUpper());
        }
    } else if (m_onUntagged) {
        m_onUntagged(*values);
    }
    return true;
}

ImapClient::Reply ImapClient::replyFrom(const QByteArray& status, QByteArrayView rest)
{
    Reply reply;
    reply.status = status == "OK" ? Reply::Status::Ok : status == "NO" ? Reply::Status::No : Reply::Status::Bad;
    if (rest.startsWith('[')) {
        const qsizetype close = rest.indexOf(']');
        if (close > 0) {
            const QByteArrayView inside = rest.sliced(1, close - 1);
            const qsizetype space = inside.indexOf(' ');
            reply.code = (space < 0 ? inside : inside.first(space)).toByteArray().toUpper();
            rest = rest.sliced(close + 1);
        }
    }
    reply.text = ProtocolSession::printable(rest.trimmed().toByteArray());
    return reply;
}

void ImapClient::handleTagged(const QByteArray& line)
{
    const QList<QByteArray> parts = line.split(' ');
    const QByteArray tag = parts.value(0);
    const QByteArray status = parts.value(1).toUpper();
    const qsizetype restAt = tag.size() + 1 + parts.value(1).size() + 1;
    const Reply reply =
        replyFrom(status, restAt < line.size() ? QByteArrayView(line).sliced(restAt) : QByteArrayView());
    if (tag == m_waitTag) {
        m_waitReply = reply;
        return;
    }
    if (m_appends.contains(tag)) {
        const Pending append = m_appends.take(tag);
        m_appendBytes -= append.bytes;
        if (m_appendHandler) {
            m_appendHandler(append.ids, reply);
        }
    }
}

ImapClient::Reply ImapClient::run(const QByteArray& command, const UntaggedHandler& onUntagged)
{
    m_waitTag = nextTag();
    m_waitReply.reset();
    m_onUntagged = onUntagged;
    qCDebug(lcMigrate).noquote() << "C:" << m_waitTag << command.left(200);
    write(m_waitTag + ' ' + command + "\r\n");
    while (!m_waitReply && readOne()) {
    }
    m_onUntagged = {};
    m_waitTag.clear();
    if (!m_waitReply) {
        Reply lost;
        lost.text = m_lost;
        return lost;
    }
    qCDebug(lcMigrate).noquote() << "S:" << int(m_waitReply->status) << m_waitReply->code << m_waitReply->text;
    return *std::exchange(m_waitReply, std::nullopt);
}

bool ImapClient::hasCapability(QByteArrayView name) const
{
    return m_capabilities.contains(name.toByteArray().toUpper());
}

ImapClient::Reply ImapClient::refreshCapabilities()
{
    return run("CAPABILITY");
}

QByteArray ImapClient::dateTime(const QDateTime& date)
{
    return QLocale::c().toString(date.toUTC(), QStringLiteral("dd-MMM-yyyy hh:mm:ss")).toLatin1() + " +0000";
}

void ImapClient::append(const QByteArray& mailbox, const QList<AppendMessage>& messages)
{
    Q_ASSERT(messages.size() == 1 || canAppendMany());
    Pending pending;
    for (const AppendMessage& message : messages) {
        pending.ids.append(message.id);
        pending.bytes += message.content.size();
    }
    if (!isUsable()) {
        Reply lost;
        lost.text = m_lost;
        if (m_appendHandler) {
            m_appendHandler(pending.ids, lost);
        }
        return;
    }
    const QByteArray tag = nextTag();
    m_appends.insert(tag, pending);
    m_appendBytes += pending.bytes;
    qCDebug(lcMigrate).noquote() << "C:" << tag << "APPEND" << mailbox << messages.size() << "message(s)"
                                 << pending.bytes << "bytes";
    QByteArray command = tag + " APPEND " + mailbox;
    for (const AppendMessage& message : messages) {
        // A non-synchronising literal where the server allows it (LITERAL+ always, LITERAL- up to 4 KiB).
        const bool noWait = hasCapability("LITERAL+") || (hasCapability("LITERAL-") && message.content.size() <= 4096);
        command += " (" + message.flags.join(' ') + ')';
        if (message.date.isValid()) {
            command += " \"" + dateTime(message.date) + '"';
        }
        command += " {" + QByteArray::number(message.content.size()) + (noWait ? "+}\r\n" : "}\r\n");
        write(std::exchange(command, {}));
        if (!noWait) {
            // Wait for the go-ahead; the server may refuse at once instead (a message too large).
            m_continuation = false;
            while (!m_continuation && m_appends.contains(tag) && readOne()) {
            }
            if (!m_continuation || !m_appends.contains(tag)) {
                return;
            }
        }
        write(message.content);
    }
    write("\r\n");
}

void ImapClient::waitForAppends(int count)
{
    while (m_appends.size() > count && readOne()) {
    }
}

void ImapClient::logout()
{
    if (isUsable()) {
        run("LOGOUT"); // its BYE ends the connection as lost, which is what LOGOUT asks for
    }
    if (m_socket) {
        m_socket->disconnectFromHost();
    }
}

} // namespace Portpilot
