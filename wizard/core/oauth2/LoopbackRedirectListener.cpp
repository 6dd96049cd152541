#include "LoopbackRedirectListener.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace Portpilot {

namespace {

void answer(QTcpSocket* socket, const QByteArray& status, const QByteArray& body)
{
    socket->write("HTTP/1.1 " + status +
                  "\r\n"
                  "Content-Type: text/html; charset=utf-8\r\n"
                  "Content-Security-Policy: default-src 'none'\r\n"
                  "Referrer-Policy: no-referrer\r\n"
                  "Cache-Control: no-store\r\n"
                  "Connection: close\r\n"
                  "Content-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onConnection);
}

bool LoopbackRedirectListener::listen(QString* error)
{
    // 127.0.0.1, not "localhost": the name could resolve elsewhere, and the redirect_uri the
    // issuer sees must be the loopback IP literal (RFC 8252 8.3).
    if (m_server.listen(QHostAddress::LocalHost, 0)) {
        return true;
    }
    if (error) {
        *error = m_server.errorString();
    }
    return false;
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    url.setPath(QStringLiteral("/"));
    return url;
}

QByteArray LoopbackRedirectListener::page(const QString& sentence)
{
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Portpilot</title></head><body><p>" +
           sentence.toHtmlEscaped().toUtf8() + "</p></body></html>";
}

void LoopbackRedirectListener::onConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // Bound to 127.0.0.1 already; a peer from elsewhere would mean a routing trick.
        if (!socket->peerAddress().isLoopback()) {
            socket->abort();
            continue;
        }
        // A browser that opens a connection and sends nothing must not hold it for ever.
        QTimer::singleShot(10000, socket, [socket] { socket->abort(); });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (socket->property("answered").toBool()) {
                socket->readAll();
                return;
            }
            QByteArray request = socket->property("request").toByteArray() + socket->readAll();
            const qsizetype end = request.indexOf("\r\n\r\n");
            if (end < 0) {
                if (request.size() > MaxRequestBytes) {
                    socket->setProperty("answered", true);
                    answer(socket, "431 Request Header Fields Too Large", page(QString()));
                } else {
                    socket->setProperty("request", request);
                }
                return;
            }
            socket->setProperty("answered", true);
            const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
            if (requestLine.size() != 3 || requestLine.at(0) != "GET" || !requestLine.at(2).startsWith("HTTP/1.")) {
                answer(socket, "400 Bad Request", page(QString()));
                return;
            }
            const QByteArray& target = requestLine.at(1);
            const qsizetype question = target.indexOf('?');
            const QByteArray path = question < 0 ? target : target.left(question);
            if (path != "/" || !m_handler) {
                answer(socket, "404 Not Found", page(QString()));
                return;
            }
            // The query is decoded exactly once here (QUrlQuery::FullyDecoded). Qt 6.4's reply
            // handler hands the code on still percent-encoded and its flow encodes it again, so
            // Google's codes ("4/0A…") arrive at the token endpoint as "4%252F0A…" and fail
            // (QTBUG-81624, fixed in Qt 6.8).
            // The parameters are form-encoded (RFC 6749 appendix B): "+" is a space.
            QByteArray encoded = question < 0 ? QByteArray() : target.mid(question + 1);
            encoded.replace('+', "%20");
            const QUrlQuery query(QString::fromLatin1(encoded));
            QPointer<QTcpSocket> guard(socket);
            const QString sentence = m_handler(query);
            if (guard) {
                answer(socket, "200 OK", page(sentence));
            }
        });
    }
}

} // namespace Portpilot
