#include "DiscoverCommand.h"

#include "AccountJson.h"
#include "AutoconfigWriter.h"
#include "Console.h"
#include "Discovery.h"
#include "EmailAddress.h"
#include "ExitCode.h"
#include "Hostname.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QSslCertificate>

namespace Portpilot {

namespace {

QString sourceLabel(ConfigSource source)
{
    switch (source) {
    case ConfigSource::Bundled:
        return DiscoverCommand::tr("Portpilot’s provider list");
    case ConfigSource::ProviderHttps:
        return DiscoverCommand::tr("the domain’s autoconfig (HTTPS)");
    case ConfigSource::Ispdb:
        return DiscoverCommand::tr("the ISP database");
    case ConfigSource::Mx:
        //: MX = the DNS record naming a domain's mail server
        return DiscoverCommand::tr("the MX record’s provider");
    case ConfigSource::DnsSrv:
        return DiscoverCommand::tr("DNS SRV records");
    case ConfigSource::Guess:
        return DiscoverCommand::tr("guessing");
    case ConfigSource::ProviderHttp:
        return DiscoverCommand::tr("the domain’s autoconfig (plain HTTP)");
    default:
        return configSourceName(source);
    }
}

QString trustLabel(ConfigSource source)
{
    switch (trustOf(source)) {
    case Trust::High:
        return DiscoverCommand::tr("trusted");
    case Trust::Medium:
        return DiscoverCommand::tr("third party over HTTPS");
    case Trust::Low:
        return DiscoverCommand::tr("unauthenticated, needs approval");
    case Trust::Insecure:
        return DiscoverCommand::tr("insecure, needs approval");
    }
    return {};
}

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
    line += DiscoverCommand::tr(" (from %1, %2)").arg(sourceLabel(server.source), trustLabel(server.source));
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
    for (const ProviderEnableInstructions& enable : account.provider.enable) {
        const QString instruction = ProviderInfo::pick(enable.instructions, QLocale().name().left(2));
        //: %1 is an instruction from the provider, %2 a web address
        text += DiscoverCommand::tr("Before you start: %1 (%2)\n").arg(instruction, enable.visitUrl);
    }
    for (const ProviderDocumentation& documentation : account.provider.documentation) {
        text += DiscoverCommand::tr("Help: %1\n").arg(documentation.url);
    }
    return text;
}

} // namespace

QString DiscoverCommand::summary() const
{
    return tr("Find the mail servers for an email address");
}

int DiscoverCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("address"), tr("The email address to find servers for."));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Output format: text (default), json or xml."),
                                          tr("format"), QStringLiteral("text"));
    const QCommandLineOption ispdbOption(QStringLiteral("ispdb-url"),
                                         tr("Base address of the ISP database; the domain is appended."), tr("url"),
                                         QStringLiteral("https://autoconfig.thunderbird.net/v1.1/"));
    const QCommandLineOption caOption(QStringLiteral("ca-certificates"),
                                      tr("Also trust the CA certificates in this PEM file."), tr("file"));
    const QCommandLineOption noGuessOption(QStringLiteral("no-guess"), tr("Do not probe likely server names."));
    const QCommandLineOption allowHttpOption(QStringLiteral("allow-http"),
                                             tr("Also fetch autoconfig over unencrypted HTTP (without the address)."));
    const QCommandLineOption noBundledOption(QStringLiteral("no-bundled"),
                                             tr("Do not use Portpilot’s own provider list."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           tr("Give the final answer after at most this many seconds (default 8)."),
                                           tr("seconds"), QStringLiteral("8"));
    parser.addOptions(
        {formatOption, ispdbOption, caOption, noGuessOption, allowHttpOption, noBundledOption, timeoutOption});

    if (!parser.parse(QStringList{QStringLiteral("portpilot discover")} + arguments)) {
        Console::err(tr("portpilot discover: %1\n").arg(parser.errorText()));
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Console::out(parser.helpText());
        return ExitSuccess;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        Console::err(tr("portpilot discover: give exactly one email address.\n"));
        return ExitBadInput;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("xml")) {
        Console::err(tr("portpilot discover: unknown format “%1”; use text, json or xml.\n").arg(format));
        return ExitBadInput;
    }
    QString error;
    const EmailAddress address = EmailAddress::parse(positional.first(), &error);
    if (!address.isValid()) {
        Console::err(tr("portpilot discover: %1\n").arg(error));
        return ExitBadInput;
    }

    DiscoveryOptions options;
    bool ok = false;
    const double seconds = parser.value(timeoutOption).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 600) {
        Console::err(tr("portpilot discover: the timeout must be a number of seconds from 0 to 600.\n"));
        return ExitBadInput;
    }
    options.overallTimeout = std::chrono::milliseconds(qint64(seconds * 1000));
    options.httpTimeout = std::min(options.httpTimeout, options.overallTimeout);
    options.dnsTimeout = std::min(options.dnsTimeout, options.overallTimeout);
    options.probeTimeout = std::min(options.probeTimeout, options.overallTimeout);
    options.ispdbUrl = QUrl(parser.value(ispdbOption), QUrl::StrictMode);
    if (!options.ispdbUrl.isValid() ||
        (options.ispdbUrl.scheme() != QLatin1String("https") && options.ispdbUrl.scheme() != QLatin1String("http"))) {
        Console::err(tr("portpilot discover: “%1” is not a web address.\n").arg(parser.value(ispdbOption)));
        return ExitBadInput;
    }
    options.guess = !parser.isSet(noGuessOption);
    options.allowHttp = parser.isSet(allowHttpOption);
    options.useBundled = !parser.isSet(noBundledOption);
    if (parser.isSet(caOption)) {
        const QString path = parser.value(caOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024) {
            Console::err(tr("portpilot discover: cannot read “%1”.\n").arg(path));
            return ExitBadInput;
        }
        options.extraCaCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (options.extraCaCertificates.isEmpty()) {
            Console::err(tr("portpilot discover: “%1” holds no PEM certificate.\n").arg(path));
            return ExitBadInput;
        }
    }
    if (options.allowHttp) {
        Console::err(tr("portpilot discover: warning: plain-HTTP autoconfig is on; anyone on the network can "
                        "change what it returns. Its results need your approval.\n"));
    }

    Discovery discovery;
    QEventLoop loop;
    QObject::connect(&discovery, &Discovery::sourceStarted, [](ConfigSource source) {
        //: progress line; %1 names a discovery source
        Console::err(tr("… asking %1\n").arg(sourceLabel(source)));
    });
    QObject::connect(&discovery, &Discovery::sourceFinished,
                     [](ConfigSource source, SourceStatus status, const QString& message) {
                         QString line;
                         switch (status) {
                         case SourceStatus::Found:
                             //: %1 names a discovery source, %2 details
                             line = tr("✓ %1: found (%2)\n").arg(sourceLabel(source), message);
                             break;
                         case SourceStatus::Nothing:
                             line = tr("– %1: nothing there (%2)\n").arg(sourceLabel(source), message);
                             break;
                         case SourceStatus::Failed:
                             line = tr("✗ %1: failed: %2\n").arg(sourceLabel(source), message);
                             break;
                         case SourceStatus::Cancelled:
                             line = tr("– %1: stopped, not needed\n").arg(sourceLabel(source));
                             break;
                         }
                         Console::err(line);
                     });
    QObject::connect(&discovery, &Discovery::finished, &loop, &QEventLoop::quit);
    discovery.start(address, options);
    loop.exec();

    const Account& result = discovery.result();
    const bool found = !result.incoming.isEmpty() || !result.outgoing.isEmpty();
    if (!found) {
        Console::err(tr("portpilot discover: no servers found for “%1”.\n").arg(address.toString()));
        return ExitFailure;
    }
    if (format == QLatin1String("xml")) {
        Console::outBytes(AutoconfigWriter::write(result));
    } else if (format == QLatin1String("json")) {
        Console::outBytes(AccountJson::toBytes(result));
    } else {
        Console::out(textReport(result));
    }
    return ExitSuccess;
}

} // namespace Portpilot
