#include "DiscoverCommand.h"

#include "AccountJson.h"
#include "AutoconfigWriter.h"
#include "CommandParser.h"
#include "Console.h"
#include "Descriptions.h"
#include "Discovery.h"
#include "ExitCode.h"
#include "Hostname.h"
#include "ProviderAdvice.h"
#include "ProviderDatabase.h"

#include <QEventLoop>

#include <functional>

namespace Portpilot {

namespace {

QString serverLine(const ServerSettings& server)
{
    QString line = QStringLiteral("  %1 %2:%3 %4")
                       .arg(protocolName(server.protocol), Hostname::toDisplay(server.hostname))
                       .arg(server.port)
                       .arg(socketTypeName(server.socketType));
    if (!server.username.isEmpty()) {
        //: %1 is the user name for the login
        line += DiscoverCommand::tr(", user %1").arg(server.username);
    }
    //: %1 is where the setting came from, %2 how far it is trusted
    line += DiscoverCommand::tr(" (from %1, %2)")
                .arg(Descriptions::source(server.source), Descriptions::trust(trustOf(server.source)));
    if (!server.approvalNeeded.isEmpty()) {
        //: %1 is a domain name the user must approve
        line += DiscoverCommand::tr(" [approve %1]").arg(Hostname::toDisplay(server.approvalNeeded));
    }
    if (server.certificateProblem) {
        line += DiscoverCommand::tr(" [certificate not valid]");
    }
    if (server.socketType == SocketType::Plain) {
        line += DiscoverCommand::tr(" [UNENCRYPTED]");
    }
    return line + u'\n';
}

QString textReport(const Account& account)
{
    QString text;
    if (!account.provider.displayName.isEmpty()) {
        text += DiscoverCommand::tr("Provider: %1\n").arg(account.provider.displayName);
    }
    text += DiscoverCommand::tr("Incoming servers, best first:\n");
    for (const ServerSettings& server : account.incoming) {
        text += serverLine(server);
    }
    text += DiscoverCommand::tr("Outgoing servers, best first:\n");
    for (const ServerSettings& server : account.outgoing) {
        text += serverLine(server);
    }
    // Links come from downloaded files: only https ones are printed (security.md UI-03), and
    // instructions from an unauthenticated source say so, as the wizard holds them back.
    const bool unauthenticated = sourceNeedsApproval(account.source);
    for (const ProviderEnableInstructions& enable : account.provider.enable) {
        QString instruction = ProviderInfo::pick(enable.instructions, QLocale().name().left(2));
        if (unauthenticated) {
            //: %1 is an instruction read from settings found through DNS or a guess
            instruction = DiscoverCommand::tr("(unconfirmed source) %1").arg(instruction);
        }
        if (const QUrl url = ProviderAdvice::safeLink(enable.visitUrl); !url.isEmpty()) {
            //: %1 is an instruction from the provider, %2 a web address
            text += DiscoverCommand::tr("Before you start: %1 (%2)\n").arg(instruction, url.toString());
        } else {
            text += DiscoverCommand::tr("Before you start: %1\n").arg(instruction);
        }
    }
    for (const ProviderDocumentation& documentation : account.provider.documentation) {
        if (const QUrl url = ProviderAdvice::safeLink(documentation.url); !url.isEmpty() && !unauthenticated) {
            text += DiscoverCommand::tr("Help: %1\n").arg(url.toString());
        }
    }
    return text;
}

} // namespace

QString DiscoverCommand::summary() const
{
    return tr("Find the mail servers for an email address");
}

namespace {

// The discovery options the flags ask for; nullopt after reporting bad input.
std::optional<DiscoveryOptions> readOptions(const CommandParser& parser, const EmailAddress& address,
                                            const QCommandLineOption& ispdbOption,
                                            const QCommandLineOption& noGuessOption,
                                            const QCommandLineOption& allowHttpOption,
                                            const QCommandLineOption& noBundledOption)
{
    const auto timeout = parser.timeout();
    if (!timeout) {
        return std::nullopt;
    }
    // A domain in the bundled list is answered without the network, so without TLS: the CA file is
    // checked but its certificates are not parsed, which alone would load OpenSSL (10–16 ms, about
    // a third of such a run). Discovery then has no extra roots, which could only make it stricter.
    const bool answeredWithoutTls =
        !parser.isSet(noBundledOption) && ProviderDatabase::bundled().findByDomain(address.domainAce()).has_value();
    const auto ca = answeredWithoutTls ? std::optional(QList<QSslCertificate>()) : parser.caCertificates();
    if (!ca || (answeredWithoutTls && !parser.caCertificatesFileUsable())) {
        return std::nullopt;
    }
    DiscoveryOptions options;
    options.overallTimeout = *timeout;
    options.httpTimeout = std::min(options.httpTimeout, options.overallTimeout);
    options.dnsTimeout = std::min(options.dnsTimeout, options.overallTimeout);
    options.probeTimeout = std::min(options.probeTimeout, options.overallTimeout);
    options.ispdbUrl = QUrl(parser.value(ispdbOption), QUrl::StrictMode);
    if (!options.ispdbUrl.isValid() ||
        (options.ispdbUrl.scheme() != QLatin1String("https") && options.ispdbUrl.scheme() != QLatin1String("http"))) {
        parser.badInput(DiscoverCommand::tr("“%1” is not a web address.").arg(parser.value(ispdbOption)));
        return std::nullopt;
    }
    options.guess = !parser.isSet(noGuessOption);
    options.allowHttp = parser.isSet(allowHttpOption);
    options.useBundled = !parser.isSet(noBundledOption);
    options.extraCaCertificates = *ca;
    return options;
}

void printProgress(ConfigSource source, SourceStatus status, const QString& message)
{
    const QChar mark = status == SourceStatus::Found ? u'✓' : status == SourceStatus::Failed ? u'✗' : u'–';
    const QString words = Descriptions::sourceStatus(status);
    if (message.isEmpty() || status == SourceStatus::Cancelled) {
        //: %1 is a mark (✓, ✗ or –), %2 names a discovery source, %3 how it ended
        Console::err(DiscoverCommand::tr("%1 %2: %3\n").arg(mark, Descriptions::source(source), words));
    } else {
        //: %1 is a mark (✓, ✗ or –), %2 names a discovery source, %3 how it ended, %4 details
        Console::err(DiscoverCommand::tr("%1 %2: %3 (%4)\n").arg(mark, Descriptions::source(source), words, message));
    }
}

// Runs discovery to its end, with progress on stderr, and hands the result to `answer` while the
// search is still alive: the requests it cancels on destruction are not waited for before the
// answer is out.
int discover(const EmailAddress& address, const DiscoveryOptions& options,
             const std::function<int(const Account&)>& answer)
{
    Discovery discovery;
    QEventLoop loop;
    QObject::connect(&discovery, &Discovery::sourceStarted, [](ConfigSource source) {
        //: progress line; %1 names a discovery source
        Console::err(DiscoverCommand::tr("… %1: asking\n").arg(Descriptions::source(source)));
    });
    QObject::connect(&discovery, &Discovery::sourceFinished, &printProgress);
    QObject::connect(&discovery, &Discovery::finished, &loop, &QEventLoop::quit);
    discovery.start(address, options);
    loop.exec();
    return answer(discovery.result());
}

} // namespace

int DiscoverCommand::run(const QStringList& arguments)
{
    CommandParser parser(name(), summary());
    parser.addAddressInput(tr("The email address to find servers for."), true);
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("What to print: text (default), json or xml."),
                                          tr("format"), QStringLiteral("text"));
    const QCommandLineOption ispdbOption(QStringLiteral("ispdb-url"),
                                         tr("Base address of the ISP database; the domain is appended."), tr("url"),
                                         QStringLiteral("https://autoconfig.thunderbird.net/v1.1/"));
    const QCommandLineOption noGuessOption(QStringLiteral("no-guess"), tr("Do not probe likely server names."));
    const QCommandLineOption allowHttpOption(QStringLiteral("allow-http"),
                                             tr("Also fetch autoconfig over unencrypted HTTP (without the address)."));
    const QCommandLineOption noBundledOption(QStringLiteral("no-bundled"),
                                             tr("Do not use Portpilot’s own provider list."));
    parser.addOptions({formatOption, ispdbOption});
    parser.addCaCertificatesOption();
    parser.addOptions({noGuessOption, allowHttpOption, noBundledOption});
    parser.addTimeoutOption(8, tr("The longest wait for the final answer"));
    if (const auto done = parser.parse(arguments)) {
        return *done;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("xml")) {
        return parser.badInput(tr("unknown format “%1”; use text, json or xml.").arg(format));
    }
    const std::optional<EmailAddress> address =
        parser.requiredAddress(tr("give the email address to find servers for."));
    const std::optional<DiscoveryOptions> options =
        address ? readOptions(parser, *address, ispdbOption, noGuessOption, allowHttpOption, noBundledOption)
                : std::nullopt;
    if (!options) {
        return ExitBadInput;
    }
    if (options->allowHttp) {
        parser.warn(tr("plain-HTTP autoconfig is on; anyone on the network can change what it returns. Its results "
                       "need your approval."));
    }

    return discover(*address, *options, [&](const Account& result) {
        if (result.incoming.isEmpty() && result.outgoing.isEmpty()) {
            return Console::finish(parser.failure(tr("no servers found for “%1”.").arg(address->toString())));
        }
        if (format == QLatin1String("xml")) {
            Console::outBytes(AutoconfigWriter::write(result));
        } else if (format == QLatin1String("json")) {
            Console::outBytes(AccountJson::toBytes(result));
        } else {
            Console::out(textReport(result));
        }
        return Console::finish(ExitSuccess);
    });
}

} // namespace Portpilot
