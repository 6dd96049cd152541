#include "TestPlan.h"

#include "Hostname.h"
#include "SetupState.h"

namespace Portpilot {

QString TestPlan::refusal() const
{
    if (!unapprovedDomains.isEmpty()) {
        //: %1 is an internet domain such as example.com
        return tr("Confirm that you trust the servers of “%1” first.")
            .arg(Hostname::toDisplay(unapprovedDomains.first()));
    }
    if (jobs.isEmpty()) {
        return tr("There is no server to test.");
    }
    return {};
}

TestPlan TestPlan::make(const QList<ServerSettings>& servers, const ProbeOptions& options,
                        const QSet<QString>& approvedDomains)
{
    TestPlan plan;
    for (const ServerSettings& server : servers) {
        const QString& domain = server.approvalNeeded;
        if (!domain.isEmpty() && !approvedDomains.contains(domain) && !plan.unapprovedDomains.contains(domain)) {
            plan.unapprovedDomains.append(domain);
        }
        ServerSettings trimmed = server;
        trimmed.hostname = trimmed.hostname.trimmed();
        plan.jobs.append({trimmed, options});
    }
    if (!plan.unapprovedDomains.isEmpty()) {
        plan.jobs.clear();
    }
    return plan;
}

TestPlan TestPlan::forSetup(const SetupState& state, ProbeOptions options)
{
    options.mode = ProbeMode::Login;
    options.emailAddress = state.address.toString();
    options.password = state.password;
    QList<ServerSettings> servers;
    for (const Side side : bothSides) {
        const SideState& sideState = state.side(side);
        // The username stays open when none was given: the prober tries the usual forms.
        ServerSettings server = sideState.server;
        server.approvalNeeded = state.approvalNeededFor(server);
        servers.append(server);
        // Consent was given per server; the prober checks it again for the exact host and port.
        if (sideState.plainTextConsent) {
            options.plaintextConsent.append(ProbeOptions::endpoint(server.hostname.trimmed(), server.port));
        }
    }
    return make(servers, options, state.approvedDomains);
}

} // namespace Portpilot
