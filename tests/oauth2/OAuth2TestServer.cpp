#include "OAuth2TestServer.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QThread>

namespace {

const QString Script = QStringLiteral(PORTPILOT_SOURCE_DIR "/tests/servers/oauth2/oauth2-server.py");

QByteArray request(const OAuth2TestServer& server, const QString& path, const QByteArray& body, bool post)
{
    QNetworkAccessManager network;
    QNetworkRequest r(QUrl(server.issuer() + path));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(server.caCertificates());
    r.setSslConfiguration(ssl);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = post ? network.post(r, body) : network.get(r);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray answer = reply->readAll();
    delete reply;
    return answer;
}

} // namespace

OAuth2TestServer::OAuth2TestServer(const QString& dir, const QString& address, const QStringList& options)
{
    QDir().mkpath(dir);
    QFile::remove(dir + QStringLiteral("/server.env"));
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral("python3"),
                    QStringList{Script, QStringLiteral("--dir"), dir, QStringLiteral("--address"), address} + options);
    QFile env(dir + QStringLiteral("/server.env"));
    for (int i = 0; i < 1200 && !env.exists(); ++i) { // the test CA takes a while on a busy machine
        if (m_process.state() == QProcess::NotRunning) {
            break;
        }
        QThread::msleep(100);
    }
    if (!env.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("oauth2-server.py did not start");
        return;
    }
    for (const QByteArray& line : env.readAll().split('\n')) {
        if (line.startsWith("ISSUER=")) {
            m_issuer = QString::fromUtf8(line.mid(7));
        } else if (line.startsWith("CA_FILE=")) {
            m_caFile = QString::fromUtf8(line.mid(8));
        }
    }
}

OAuth2TestServer::~OAuth2TestServer()
{
    m_process.terminate();
    m_process.waitForFinished(5000);
}

QList<QSslCertificate> OAuth2TestServer::caCertificates() const
{
    return QSslCertificate::fromPath(m_caFile);
}

Portpilot::OAuth2Registration OAuth2TestServer::registration() const
{
    Portpilot::OAuth2Registration r;
    r.id = QStringLiteral("local");
    r.name = QStringLiteral("Local Test Issuer");
    r.issuer = m_issuer;
    r.authorizationEndpoint = m_issuer + QStringLiteral("/authorize");
    r.tokenEndpoint = m_issuer + QStringLiteral("/token");
    r.revocationEndpoint = m_issuer + QStringLiteral("/revoke");
    r.scope = QStringLiteral("mail offline_access");
    r.clientId = QStringLiteral("portpilot-test");
    return r;
}

bool OAuth2TestServer::control(const QJsonObject& body) const
{
    return QJsonDocument::fromJson(request(*this, QStringLiteral("/test/control"),
                                           QJsonDocument(body).toJson(QJsonDocument::Compact), true))
        .object()
        .value(QStringLiteral("ok"))
        .toBool();
}

int OAuth2TestServer::connections() const
{
    const QJsonObject answer =
        QJsonDocument::fromJson(request(*this, QStringLiteral("/test/connections"), {}, false)).object();
    return answer.value(QStringLiteral("connections")).toInt(-1);
}

void OAuth2TestServer::browse(const QUrl& url) const
{
    QNetworkAccessManager network;
    QUrl next = url;
    for (int hop = 0; hop < 2 && next.isValid(); ++hop) {
        QNetworkRequest request(next);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(caCertificates());
        request.setSslConfiguration(ssl);
        QNetworkReply* reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        next = reply->header(QNetworkRequest::LocationHeader).toUrl();
        delete reply;
    }
}

QJsonArray OAuth2TestServer::log(const QString& endpoint) const
{
    const QJsonArray all = QJsonDocument::fromJson(request(*this, QStringLiteral("/test/log"), {}, false)).array();
    QJsonArray result;
    for (const QJsonValue& entry : all) {
        if (endpoint.isEmpty() || entry.toObject().value(QStringLiteral("endpoint")).toString() == endpoint) {
            result.append(entry);
        }
    }
    return result;
}
