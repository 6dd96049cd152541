#pragma once

#include "AccountTester.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

namespace Portpilot {

struct SetupState;

// The logins of one connection test, built in one place for the wizard and `portpilot test`:
// one job per server, each server checked first. A server found through an unauthenticated
// source (its approvalNeeded domain) is only tested once that domain is approved, so that no
// caller can send a password to a host the person never confirmed.
struct TestPlan
{
    Q_DECLARE_TR_FUNCTIONS(TestPlan)

public:
    QList<AccountTester::Job> jobs; // empty unless every server may be tested
    QStringList unapprovedDomains;  // each once, in the servers' order

    bool ok() const { return unapprovedDomains.isEmpty() && !jobs.isEmpty(); }
    // Why the plan cannot run, in plain words; empty when it can.
    QString refusal() const;

    static TestPlan make(const QList<ServerSettings>& servers, const ProbeOptions& options,
                         const QSet<QString>& approvedDomains);
    // The wizard's test of a setup: both chosen servers (incoming is job 0, outgoing job 1), logged
    // in with the setup's address and password; `options` brings the trust settings (extra CA
    // certificates, pinned certificates). Plain-text consent is passed on for the exact host and
    // port it was given for; approvals are checked as in make().
    static TestPlan forSetup(const SetupState& state, ProbeOptions options);
};

} // namespace Portpilot
