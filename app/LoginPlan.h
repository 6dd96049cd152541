#pragma once

#include "AccountTester.h"
#include "ServerSettings.h"
#include "TestCommand.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

#include <optional>

namespace Portpilot {

class CommandParser;

// The servers of a command's clientConfig file and, per server, how to log in to it or why not:
// what `portpilot test` and `portpilot migrate` share. It reads --approve, --accept-fingerprint,
// --allow-plaintext and --side, the password (standard input or the keychain) and the OAuth2 sign-in
// (a refreshed access token per issuer).
struct LoginPlan
{
    struct Options
    {
        QCommandLineOption approve{QStringLiteral("approve"),
                                   TestCommand::tr("Log in to servers that wait for the approval of this domain "
                                                   "(approvalNeeded in the file: found through MX, SRV, guessing or "
                                                   "plain HTTP). May be repeated."),
                                   TestCommand::tr("domain")};
        QCommandLineOption fingerprint{
            QStringLiteral("accept-fingerprint"),
            TestCommand::tr("Accept exactly the certificate with this SHA-256 fingerprint on the server host:port "
                            "although it is not trusted (never one for another name). The bare SHA256 form is only "
                            "taken when every server of the file has the same host name. May be repeated."),
            TestCommand::tr("host:port=sha256")};
        QCommandLineOption plaintext{
            QStringLiteral("allow-plaintext"),
            TestCommand::tr("Allow sending the password unencrypted to this server (host:port). May be repeated."),
            TestCommand::tr("host:port")};
        QCommandLineOption side{QStringLiteral("side"),
                                TestCommand::tr("Test only the incoming or only the outgoing servers of the file."),
                                QStringLiteral("incoming|outgoing")};
    };

    QList<ServerSettings> servers;
    QList<AccountTester::Job> jobs;
    QList<int> jobIndex;   // per server: its job, or -1 when it is not tested
    QStringList notTested; // per server: why not

    // Reads every input (`side`, when given, instead of --side); nullopt after reporting bad input.
    static std::optional<LoginPlan> make(const CommandParser& parser, const Options& o,
                                         const QString& side = QString());
    // "host:port" as ProbeOptions::endpoint() writes it.
    static QString endpointOf(const ServerSettings& server);
};

} // namespace Portpilot
