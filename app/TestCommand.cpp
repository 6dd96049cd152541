#include "TestCommand.h"

#include "AccountTester.h"
#include "CertificateInfo.h"
#include "CommandParser.h"
#include "Console.h"
#include "ExitCode.h"
#include "LoginPlan.h"

#include <QEventLoop>

namespace Portpilot {

namespace {

QList<ProbeResult> runJobs(const QList<AccountTester::Job>& jobs)
{
    QList<ProbeResult> results;
    if (jobs.isEmpty()) {
        return results;
    }
    AccountTester tester;
    QEventLoop loop;
    QObject::connect(&tester, &AccountTester::finished, &loop, [&](const QList<ProbeResult>& all) {
        results = all;
        loop.quit();
    });
    tester.start(jobs);
    loop.exec();
    return results;
}

void reportPassed(const QString& server, const ProbeResult& result)
{
    const QString security =
        result.encrypted
            ? (result.certificatePinned ? TestCommand::tr("%1, accepted certificate").arg(result.tlsProtocol)
                                        : result.tlsProtocol)
            : TestCommand::tr("NOT encrypted");
    if (result.credentialsSent) {
        //: %1 server, %2 user name, %3 login method such as PLAIN, %4 encryption such as "TLS 1.3".
        Console::out(TestCommand::tr("OK      %1: logged in as “%2” with %3 (%4)\n")
                         .arg(server, result.username, result.mechanism, security));
    } else {
        //: %1 server, %2 encryption such as "TLS 1.3". Outgoing servers without login.
        Console::out(TestCommand::tr("OK      %1: answered, no login needed (%2)\n").arg(server, security));
    }
}

void reportFailed(const ServerSettings& server, const ProbeResult& result)
{
    //: %1 is a server such as "imap.example.test:993 (imap, SSL)", %2 the reason.
    Console::out(TestCommand::tr("FAILED  %1: %2\n").arg(server.summary(), result.failure.message()));
    if (!result.failure.detail.isEmpty()) {
        //: The technical detail of a failure, e.g. the server's reply.
        Console::out(TestCommand::tr("        detail: %1\n").arg(result.failure.detail));
    }
    if (result.failure.kind != FailureKind::CertificateProblem || !result.certificate) {
        return;
    }
    const QStringList lines = result.certificate->describe().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        Console::out(QStringLiteral("        %1\n").arg(line));
    }
    if (result.certificate->isPinnable()) {
        //: %1 is host:port, %2 the certificate's fingerprint
        Console::out(TestCommand::tr("        To accept exactly this certificate, run again with "
                                     "--accept-fingerprint %1=%2\n")
                         .arg(LoginPlan::endpointOf(server), result.certificate->fingerprint()));
    } else {
        Console::out(TestCommand::tr("        This certificate cannot be accepted: it is not for this server name, "
                                     "or it is broken.\n"));
    }
}

// One line (and details) per server; true when every server passed.
bool report(const LoginPlan& plan, const QList<ProbeResult>& results, bool verbose)
{
    bool allPassed = true;
    for (int i = 0; i < plan.servers.size(); ++i) {
        const ServerSettings& server = plan.servers.at(i);
        if (plan.jobIndex.at(i) < 0) {
            allPassed = false;
            Console::out(TestCommand::tr("FAILED  %1: %2\n").arg(server.summary(), plan.notTested.at(i)));
            continue;
        }
        const ProbeResult& result = results.at(plan.jobIndex.at(i));
        if (verbose) {
            for (const QString& line : result.transcript) {
                Console::err(QStringLiteral("[%1] %2\n").arg(server.summary(), line));
            }
        }
        if (result.passed()) {
            reportPassed(server.summary(), result);
        } else {
            allPassed = false;
            reportFailed(server, result);
        }
    }
    return allPassed;
}

} // namespace

QString TestCommand::summary() const
{
    return tr("Log in to the servers of an autoconfig file and report what works");
}

int TestCommand::run(const QStringList& arguments)
{
    CommandParser parser(name(), summary());
    parser.addFileInput(tr("The autoconfig (clientConfig 1.1) file with the servers to test."));
    parser.addAddressInput(tr("The email address: fills placeholders and finds the password."));
    parser.addPasswordStdinOption(
        tr("Read the password from the first line of standard input instead of the keychain."));
    parser.addCaCertificatesOption();
    parser.addTimeoutOption(20, tr("How long to wait for each answer"));
    const LoginPlan::Options o;
    parser.addOptions({o.approve, o.fingerprint, o.plaintext, o.side});
    if (const auto done = parser.parse(arguments)) {
        return *done;
    }
    const std::optional<LoginPlan> plan = LoginPlan::make(parser, o);
    if (!plan) {
        return ExitBadInput;
    }
    const QList<ProbeResult> results = runJobs(plan->jobs);
    return report(*plan, results, parser.verbose()) ? ExitSuccess : ExitFailure;
}

} // namespace Portpilot
