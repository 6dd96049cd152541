#include "AutoconfigDownload.h"

#include "AutoconfigReader.h"
#include "HttpFetcher.h"

namespace Portpilot {

AutoconfigDownload::AutoconfigDownload(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{}

void AutoconfigDownload::start(const QList<QUrl>& urls)
{
    for (qsizetype i = 0; i < urls.size(); ++i) {
        auto* fetcher = new HttpFetcher(m_network, this);
        fetcher->setExtraCaCertificates(m_extraCas);
        fetcher->setTimeout(m_timeout);
        fetcher->setMaxSize(AutoconfigReader::MaxDocumentSize);
        m_fetchers.append(fetcher);
        m_done.append(false);
    }
    for (qsizetype i = 0; i < m_fetchers.size(); ++i) {
        connect(m_fetchers.at(i), &HttpFetcher::finished, this, [this, i] {
            m_done[i] = true;
            evaluate();
        });
        m_fetchers.at(i)->get(urls.at(i));
    }
    if (m_fetchers.isEmpty()) {
        evaluate();
    }
}

void AutoconfigDownload::abort()
{
    m_finished = true; // no signal from the fetchers' "cancelled" endings
    for (HttpFetcher* fetcher : std::as_const(m_fetchers)) {
        fetcher->abort();
    }
}

void AutoconfigDownload::evaluate()
{
    if (m_finished) {
        return;
    }
    m_errors.clear();
    m_allNotFound = true;
    for (qsizetype i = 0; i < m_fetchers.size(); ++i) {
        if (!m_done.at(i)) {
            return; // an earlier, more trusted URL may still answer
        }
        HttpFetcher* fetcher = m_fetchers.at(i);
        const QString where = fetcher->url().toDisplayString(QUrl::RemoveQuery);
        if (fetcher->ok()) {
            const AutoconfigReader::Result read = AutoconfigReader::read(fetcher->body());
            if (read.ok()) {
                m_account = read.account;
                m_foundAt = fetcher->url();
                m_finished = true;
                abort();
                Q_EMIT finished();
                return;
            }
            m_allNotFound = false;
            m_errors.append(QStringLiteral("%1: %2").arg(where, read.errorWithLocation()));
            continue;
        }
        m_certificateProblem = m_certificateProblem || fetcher->certificateProblem();
        if (!fetcher->notFound()) {
            m_allNotFound = false;
        }
        m_errors.append(QStringLiteral("%1: %2").arg(where, fetcher->error()));
    }
    m_finished = true;
    Q_EMIT finished();
}

} // namespace Portpilot
