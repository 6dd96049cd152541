#include "Discovery.h"

#include "BundledSource.h"
#include "CandidateRules.h"
#include "ExtraCaCertificates.h"
#include "GuessSource.h"
#include "IspdbSource.h"
#include "Logging.h"
#include "MxSource.h"
#include "ProviderAutoconfigSource.h"
#include "SrvSource.h"

namespace Portpilot {

Discovery::Discovery(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Portpilot::ConfigSource>();
    qRegisterMetaType<Portpilot::SourceStatus>();
    qRegisterMetaType<Portpilot::Account>();
    m_overallTimer.setSingleShot(true);
    connect(&m_overallTimer, &QTimer::timeout, this, [this] {
        // Time is up: the best answer so far wins, whatever is still running.
        for (DiscoverySource* source : std::as_const(m_sources)) {
            if (source->isFinished() && source->status() == SourceStatus::Found) {
                conclude(source);
                return;
            }
        }
        conclude(nullptr);
    });
}

Discovery::~Discovery()
{
    for (DiscoverySource* source : std::as_const(m_sources)) {
        source->disconnect(this);
    }
}

void Discovery::start(const EmailAddress& address, const DiscoveryOptions& options)
{
    cancel();
    qDeleteAll(m_sources);
    m_sources.clear();
    m_address = address;
    m_options = options;
    m_result = Account();
    m_winner = ConfigSource::Unknown;
    m_running = true;
    m_concluding = false;

    const auto overall = options.overallTimeout;
    // The bundled database answers at once; when it knows the domain, no network is touched.
    if (options.useBundled) {
        auto* bundled = new BundledSource(this);
        m_sources.append(bundled);
        startSource(bundled, overall);
        if (bundled->status() == SourceStatus::Found) {
            conclude(bundled);
            return;
        }
    }
    if (!options.extraCaCertificates.isEmpty()) {
        ExtraCaCertificates::installAsDefault(options.extraCaCertificates);
    }
    m_overallTimer.start(overall);
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
    }
    QList<std::pair<DiscoverySource*, std::chrono::milliseconds>> network{
        {new ProviderAutoconfigSource(false, m_network, this), overall},
        {new IspdbSource(m_network, this), overall},
        {new MxSource(m_network, this), overall},
        {new SrvSource(this), options.dnsTimeout},
    };
    if (options.guess) {
        network.append({new GuessSource(this), overall});
    }
    if (options.allowHttp) {
        network.append({new ProviderAutoconfigSource(true, m_network, this), overall});
    }
    for (const auto& [source, timeout] : network) {
        m_sources.append(source);
    }
    for (const auto& [source, timeout] : network) {
        if (m_concluding) {
            break;
        }
        startSource(source, timeout);
    }
    evaluate();
}

void Discovery::startSource(DiscoverySource* source, std::chrono::milliseconds timeout)
{
    connect(source, &DiscoverySource::finished, this, [this, source] {
        qCDebug(lcDiscovery).noquote() << configSourceName(source->kind())
                                       << "finished:" << sourceStatusName(source->status()) << source->message();
        Q_EMIT sourceFinished(source->kind(), source->status(), source->message());
        evaluate();
    });
    qCDebug(lcDiscovery).noquote() << configSourceName(source->kind()) << "started for" << m_address.domain();
    Q_EMIT sourceStarted(source->kind());
    source->start(m_address, m_options, timeout);
}

void Discovery::cancel()
{
    if (!m_running || m_concluding) {
        return;
    }
    m_concluding = true;
    m_overallTimer.stop();
    for (DiscoverySource* source : std::as_const(m_sources)) {
        source->cancel();
    }
    m_running = false;
    m_result = Account();
    m_result.emailAddress = m_address.toString();
    Q_EMIT finished(m_result);
}

void Discovery::evaluate()
{
    if (!m_running || m_concluding) {
        return;
    }
    for (DiscoverySource* source : std::as_const(m_sources)) {
        if (!source->isFinished()) {
            return; // a more trusted source may still answer
        }
        if (source->status() == SourceStatus::Found) {
            conclude(source);
            return;
        }
    }
    // Sources are created before any starts, so an empty round means all have answered.
    if (m_sources.size() > 1 || !m_options.useBundled) {
        conclude(nullptr);
    }
}

void Discovery::conclude(DiscoverySource* winner)
{
    if (m_concluding) {
        return;
    }
    m_concluding = true;
    m_overallTimer.stop();
    for (DiscoverySource* source : std::as_const(m_sources)) {
        source->cancel();
    }
    Account merged;
    if (winner) {
        merged = winner->result();
        m_winner = winner->kind();
        // Other answers stay available as alternatives, after the winner's, in priority order.
        for (DiscoverySource* source : std::as_const(m_sources)) {
            if (source != winner && source->status() == SourceStatus::Found) {
                CandidateRules::mergeInto(merged, source->result());
            }
        }
    }
    if (winner) {
        // A clientConfig document must name the domain it is for; SRV, guessing and
        // MX-matched hosters name none of their own.
        if (!merged.provider.domains.contains(m_address.domain()) &&
            !merged.provider.domains.contains(m_address.domainAce())) {
            merged.provider.domains.prepend(m_address.domain());
        }
        if (merged.provider.id.isEmpty()) {
            merged.provider.id = m_address.domainAce();
        }
    }
    // The one place placeholders are filled for discovered settings.
    m_result = merged.resolved(m_address.toString(), m_options.realName);
    m_result.emailAddress = m_address.toString();
    // Delivered from the event loop, so a caller that starts and then waits never misses it.
    QTimer::singleShot(0, this, [this] {
        m_running = false;
        Q_EMIT finished(m_result);
    });
}

} // namespace Portpilot
