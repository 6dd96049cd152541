#pragma once

#include "OAuth2Registration.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QStringList>

// Runs tests/servers/oauth2/oauth2-server.py in DIR (which may already hold a test CA in DIR/ca)
// and talks to its control endpoints. Stops it when destroyed.
class OAuth2TestServer
{
public:
    OAuth2TestServer(const QString& dir, const QString& address, const QStringList& options = {});
    ~OAuth2TestServer();

    bool isRunning() const { return !m_issuer.isEmpty(); }
    QString error() const { return m_error; }
    QString issuer() const { return m_issuer; }
    QString caFile() const { return m_caFile; }
    QList<QSslCertificate> caCertificates() const;
    // A registration of the local issuer with the test client id "portpilot-test".
    Portpilot::OAuth2Registration registration() const;

    // POST /test/control; GET /test/log (only the entries of one endpoint when given).
    bool control(const QJsonObject& request) const;
    QJsonArray log(const QString& endpoint = QString()) const;
    // Plays the person's browser for the sign-in page `url` of this issuer: follows its redirect (the
    // consent, without a page) to the loopback listener, at most two hops.
    void browse(const QUrl& url) const;
    // GET /test/connections: the connections the issuer accepted so far, this query's own included.
    int connections() const;

private:
    QProcess m_process;
    QString m_issuer;
    QString m_caFile;
    QString m_error;
};
