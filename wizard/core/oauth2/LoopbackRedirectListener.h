#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace Portpilot {

// Receives the authorization redirect of a native app (RFC 8252 7.3): an HTTP listener on
// 127.0.0.1 only, on a port the system picks. Qt 6.4's QOAuthHttpServerReplyHandler listens on
// every interface unless told otherwise and reads request lines without a limit; this one binds
// loopback, refuses peers that are not loopback, reads at most MaxRequestBytes per request and
// answers only GET / (a favicon request is answered 404 and does not count).
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxRequestBytes = 16 * 1024;

    // Decides about one redirect's query and returns the sentence for the page the browser shows.
    using Handler = std::function<QString(const QUrlQuery& query)>;

    explicit LoopbackRedirectListener(QObject* parent = nullptr);

    bool listen(QString* error);
    void close() { m_server.close(); }
    // http://127.0.0.1:PORT/ (the redirect_uri of the authorization request).
    QUrl redirectUri() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    // The whole reply page for a sentence (HTML-escaped, a CSP that allows nothing to load).
    static QByteArray page(const QString& sentence);

private:
    void onConnection();

    QTcpServer m_server;
    Handler m_handler;
};

} // namespace Portpilot
