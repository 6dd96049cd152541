#include "BundledSource.h"

#include "CandidateRules.h"
#include "ProviderDatabase.h"

namespace Portpilot {

BundledSource::BundledSource(QObject* parent)
    : DiscoverySource(ConfigSource::Bundled, parent)
{}

void BundledSource::run(const EmailAddress& address, const DiscoveryOptions&)
{
    const std::optional<ProviderEntry> entry = ProviderDatabase::bundled().findByDomain(address.domainAce());
    if (!entry) {
        finish(SourceStatus::Nothing, {}, tr("“%1” is not in Portpilot’s provider list").arg(address.domain()));
        return;
    }
    Account account = entry->account;
    CandidateRules::markTrust(account, ConfigSource::Bundled, address.domainAce());
    finish(SourceStatus::Found, account, entry->account.provider.displayName);
}

} // namespace Portpilot
