#include "MxSource.h"

#include "CandidateRules.h"
#include "Hostname.h"
#include "IspdbSource.h"
#include "ProviderDatabase.h"
#include "RegistrableDomain.h"

#include <QDnsLookup>

namespace Portpilot {

MxSource::MxSource(QNetworkAccessManager* network, QObject* parent)
    : AutoconfigSource(ConfigSource::Mx, network, parent)
{}

QStringList MxSource::providerDomainsFor(const QString& mxHost)
{
    QString host = Hostname::toAce(mxHost);
    if (host.endsWith(u'.')) {
        host.chop(1);
    }
    const QString base = RegistrableDomain::of(host);
    if (base.isEmpty()) {
        return {};
    }
    QStringList domains;
    const qsizetype dot = host.indexOf(u'.');
    const QString parent = dot < 0 ? QString() : host.mid(dot + 1);
    if (!parent.isEmpty() && parent != base && Hostname::isWithin(parent, base)) {
        domains.append(parent);
    }
    domains.append(base);
    return domains;
}

void MxSource::run(const EmailAddress& address, const DiscoveryOptions& options)
{
    m_address = address;
    m_options = options;
    m_lookup = new QDnsLookup(QDnsLookup::MX, address.domainAce(), this);
    connect(m_lookup, &QDnsLookup::finished, this, &MxSource::onLookupFinished);
    m_lookup->lookup();
}

void MxSource::abort()
{
    if (m_lookup) {
        m_lookup->disconnect(this);
        m_lookup->abort();
    }
    AutoconfigSource::abort();
}

void MxSource::onLookupFinished()
{
    if (isFinished()) {
        return;
    }
    // An empty answer (the name exists, but has no MX) arrives as InvalidReplyError in Qt 6.4.
    if (m_lookup->error() == QDnsLookup::NotFoundError ||
        (m_lookup->error() == QDnsLookup::InvalidReplyError && m_lookup->mailExchangeRecords().isEmpty())) {
        finish(SourceStatus::Nothing, {}, tr("the domain has no MX record"));
        return;
    }
    if (m_lookup->error() != QDnsLookup::NoError) {
        finish(SourceStatus::Failed, {}, tr("MX lookup failed: %1").arg(m_lookup->errorString()));
        return;
    }
    const QList<QDnsMailExchangeRecord> records = m_lookup->mailExchangeRecords();
    const QDnsMailExchangeRecord* best = nullptr;
    for (const QDnsMailExchangeRecord& record : records) {
        if (!best || record.preference() < best->preference()) {
            best = &record;
        }
    }
    if (!best || best->exchange().isEmpty() || best->exchange() == QLatin1String(".")) {
        finish(SourceStatus::Nothing, {}, tr("the domain accepts no mail (null MX)"));
        return;
    }
    m_mxHost = Hostname::toAce(best->exchange());
    if (m_mxHost.endsWith(u'.')) {
        m_mxHost.chop(1);
    }
    if (!Hostname::isValid(m_mxHost)) {
        finish(SourceStatus::Failed, {}, tr("the MX record names an invalid host"));
        return;
    }

    const QStringList domains = providerDomainsFor(m_mxHost);
    if (domains.isEmpty() || RegistrableDomain::same(m_mxHost, m_address.domainAce())) {
        //: %1 is a host name
        finish(SourceStatus::Nothing, {}, tr("the mail host %1 belongs to the domain itself").arg(m_mxHost));
        return;
    }

    const ProviderDatabase& database = ProviderDatabase::bundled();
    std::optional<ProviderEntry> entry = database.findByMxHost(m_mxHost);
    for (qsizetype i = 0; !entry && i < domains.size(); ++i) {
        entry = database.findByDomain(domains.at(i));
    }
    if (entry) {
        Account account = entry->account;
        CandidateRules::markTrust(account, ConfigSource::Mx, m_address.domainAce());
        //: %1 is a host name, %2 a provider's name
        finish(SourceStatus::Found, account, tr("mail host %1: %2").arg(m_mxHost, entry->account.provider.displayName));
        return;
    }

    QList<QUrl> urls;
    for (const QString& domain : domains) {
        // The address is not sent: this is a third party, found through unauthenticated DNS.
        urls.append(QUrl(QStringLiteral("https://autoconfig.%1/mail/config-v1.1.xml").arg(domain)));
        const QUrl ispdb = IspdbSource::urlFor(m_options.ispdbUrl, domain);
        if (ispdb.scheme() == QLatin1String("https")) {
            urls.append(ispdb);
        }
    }
    //: %1 is a host name, %2 what its provider's autoconfig or ISP database entry gave
    fetch(urls, m_address, m_options,
          [this](const QString& message) { return tr("mail host %1: %2").arg(m_mxHost, message); });
}

} // namespace Portpilot
