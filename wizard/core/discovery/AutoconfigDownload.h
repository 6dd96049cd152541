#pragma once

#include "Account.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace Portpilot {

class HttpFetcher;

// Fetches several autoconfig URLs at once and picks the first one, in list order, that
// yields a valid clientConfig document; a later URL's answer waits until every earlier one
// has failed. Each URL's failure is kept for the progress message.
class AutoconfigDownload : public QObject
{
    Q_OBJECT

public:
    AutoconfigDownload(QNetworkAccessManager* network, QObject* parent = nullptr);

    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) { m_extraCas = certificates; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void start(const QList<QUrl>& urls);
    void abort();

    const std::optional<Account>& account() const { return m_account; }
    QUrl foundAt() const { return m_foundAt; }
    // One "URL: reason" line per URL that gave nothing.
    QStringList errors() const { return m_errors; }
    // True when every URL simply had no document (404, unknown host): "nothing there", not a failure.
    bool allNotFound() const { return m_allNotFound; }
    bool certificateProblem() const { return m_certificateProblem; }

Q_SIGNALS:
    void finished();

private:
    void evaluate();

    QNetworkAccessManager* m_network;
    QList<QSslCertificate> m_extraCas;
    std::chrono::milliseconds m_timeout{5000};
    QList<HttpFetcher*> m_fetchers;
    QList<bool> m_done;
    std::optional<Account> m_account;
    QUrl m_foundAt;
    QStringList m_errors;
    bool m_allNotFound = true;
    bool m_certificateProblem = false;
    bool m_finished = false;
};

} // namespace Portpilot
