#include "ProviderAdvice.h"

#include "ProviderDatabase.h"
#include "SetupState.h"

namespace Portpilot {

namespace {

std::optional<ProviderEntry> providerEntry(const SetupState& state)
{
    const ProviderDatabase& database = ProviderDatabase::bundled();
    if (auto entry = database.findByDomain(state.address.domainAce())) {
        return entry;
    }
    // Hosted domains (Microsoft 365, Google Workspace) are known by the provider discovery named.
    if (!state.provider.id.isEmpty()) {
        for (const ProviderEntry& entry : database.entries()) {
            if (entry.id() == state.provider.id) {
                return entry;
            }
        }
    }
    return std::nullopt;
}

// Instructions from the settings found may be shown: their source was authenticated, or the
// person approved the servers it named.
bool instructionsMayBeShown(const SetupState& state)
{
    const Trust trust = trustOf(state.source);
    return (trust != Trust::Low && trust != Trust::Insecure) || state.pendingApprovals().isEmpty();
}

} // namespace

QString ProviderAdvice::passwordAdvice(const SetupState& state)
{
    const auto entry = providerEntry(state);
    if (!entry) {
        return {};
    }
    const QString name =
        entry->account.provider.displayName.isEmpty() ? entry->id() : entry->account.provider.displayName;
    switch (entry->passwordPolicy) {
    case PasswordPolicy::Normal:
        return {};
    case PasswordPolicy::AppPassword:
        //: %1 is a provider such as "Google Mail (Gmail)"
        return tr("%1 refuses your normal password in mail programs. Create an app password in your account’s "
                  "security settings and type it as the password here.")
            .arg(name);
    case PasswordPolicy::OAuth2Only:
        return tr("%1 only allows mail programs that sign in through the provider’s own login page (OAuth2). "
                  "Portpilot opens that page in your browser when it tests the account; no password is needed.")
            .arg(name);
    }
    return {};
}

QUrl ProviderAdvice::passwordAdviceUrl(const SetupState& state)
{
    const auto entry = providerEntry(state);
    if (!entry || entry->passwordPolicy == PasswordPolicy::Normal) {
        return {};
    }
    return safeLink(entry->passwordHelpUrl);
}

QString ProviderAdvice::passwordUnusedProvider(const QString& address)
{
    const EmailAddress parsed = EmailAddress::parse(address.trimmed());
    if (!parsed.isValid()) {
        return {};
    }
    const auto entry = ProviderDatabase::bundled().findByDomain(parsed.domainAce());
    if (!entry || entry->passwordPolicy != PasswordPolicy::OAuth2Only) {
        return {};
    }
    return entry->account.provider.displayName.isEmpty() ? entry->id() : entry->account.provider.displayName;
}

bool ProviderAdvice::passwordUnused(const QString& address)
{
    return !passwordUnusedProvider(address).isEmpty();
}

QString ProviderAdvice::enableInstructions(const SetupState& state, const QString& language)
{
    if (!instructionsMayBeShown(state)) {
        return {};
    }
    QStringList texts;
    for (const ProviderEnableInstructions& enable : state.provider.enable) {
        const QString text = ProviderInfo::pick(enable.instructions, language);
        if (!text.isEmpty()) {
            texts.append(text);
        }
    }
    return texts.join(QLatin1Char('\n'));
}

QUrl ProviderAdvice::enableInstructionsUrl(const SetupState& state)
{
    if (!instructionsMayBeShown(state)) {
        return {};
    }
    for (const ProviderEnableInstructions& enable : state.provider.enable) {
        if (const QUrl url = safeLink(enable.visitUrl); !url.isEmpty()) {
            return url;
        }
    }
    return {};
}

QUrl ProviderAdvice::safeLink(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() || !url.userInfo().isEmpty()) {
        return {};
    }
    return url;
}

} // namespace Portpilot
