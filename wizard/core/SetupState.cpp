#include "SetupState.h"

#include "Hostname.h"

namespace Portpilot {

namespace {

// The host as approvals compare it: trimmed, without the root dot, in ACE form (lower case), so
// that a host named in Unicode (SRV, typed) and in ACE (guessed, autoconfig) is one host.
QString hostKey(const QString& hostname)
{
    QString key = hostname.trimmed();
    if (key.endsWith(QLatin1Char('.'))) {
        key.chop(1);
    }
    const QString ace = Hostname::toAce(key);
    return ace.isEmpty() ? key.toLower() : ace;
}

} // namespace

SetupState::SetupState()
{
    side(Side::Incoming).server.protocol = Protocol::Imap;
    side(Side::Incoming).server.source = ConfigSource::Manual;
    side(Side::Outgoing).server.protocol = Protocol::Smtp;
    side(Side::Outgoing).server.source = ConfigSource::Manual;
}

bool SetupState::hasCandidates() const
{
    return !side(Side::Incoming).candidates.isEmpty() && !side(Side::Outgoing).candidates.isEmpty();
}

ServerSettings SetupState::effective(Side s) const
{
    ServerSettings result = side(s).server;
    result.hostname = result.hostname.trimmed();
    if (result.username.isEmpty()) {
        result.username = address.toString();
    }
    result.approvalNeeded = approvalNeededFor(result);
    return result;
}

Account SetupState::chosenAccount() const
{
    Account account;
    account.emailAddress = address.toString();
    account.realName = realName;
    account.provider = provider;
    account.source = side(Side::Incoming).chosenIndex >= 0 ? source : ConfigSource::Manual;
    account.incoming = {effective(Side::Incoming)};
    account.outgoing = {effective(Side::Outgoing)};
    return account;
}

QString SetupState::approvalNeededFor(const ServerSettings& server) const
{
    const QString host = hostKey(server.hostname);
    if (host.isEmpty()) {
        return server.approvalNeeded;
    }
    QString needed = server.approvalNeeded;
    for (const SideState& s : sides) {
        for (const ServerSettings& candidate : s.candidates) {
            if (hostKey(candidate.hostname) != host) {
                continue;
            }
            if (candidate.approvalNeeded.isEmpty()) {
                return {}; // a trusted source vouched for this host
            }
            needed = candidate.approvalNeeded;
        }
    }
    return needed;
}

QStringList SetupState::pendingApprovals() const
{
    QStringList domains;
    for (const Side s : bothSides) {
        const QString domain = approvalNeededFor(side(s).server);
        if (!domain.isEmpty() && !approvedDomains.contains(domain) && !domains.contains(domain)) {
            domains.append(domain);
        }
    }
    return domains;
}

bool SetupState::sendsPasswordInPlainText(const ServerSettings& server)
{
    return server.socketType == SocketType::Plain && server.preferredAuth() == AuthMethod::PasswordCleartext;
}

bool SetupState::plainTextConsentMissing(Side s) const
{
    return sendsPasswordInPlainText(side(s).server) && !side(s).plainTextConsent;
}

bool SetupState::testPassed() const
{
    for (const SideState& s : sides) {
        if (!s.testResult || !s.testResult->passed()) {
            return false;
        }
    }
    return true;
}

} // namespace Portpilot
