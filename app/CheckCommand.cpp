#include "CheckCommand.h"

#include "CheckReportHtml.h"
#include "CheckSignIn.h"
#include "CommandParser.h"
#include "Console.h"
#include "DomainCheck.h"
#include "ExitCode.h"
#include "ExportFileWriter.h"
#include "LanguageManager.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Portpilot {

namespace {

int exitStatusFor(std::optional<Severity> worst)
{
    if (!worst || *worst == Severity::Note) {
        return ExitSuccess;
    }
    return *worst == Severity::Warning ? int(ExitFailure) : int(ExitCheckErrors);
}

// Colours only on a terminal that has them, and never when NO_COLOR is set (no-color.org).
bool stdoutHasColours()
{
    const QByteArray term = qgetenv("TERM");
    return isatty(fileno(stdout)) && qEnvironmentVariableIsEmpty("NO_COLOR") && !term.isEmpty() && term != "dumb";
}

QString coloured(const QString& text, std::optional<Severity> severity, bool colours)
{
    if (!colours) {
        return text;
    }
    const char* code = !severity || *severity == Severity::Note ? "32" : *severity == Severity::Warning ? "33" : "31";
    return u"\x1b[%1m%2\x1b[0m"_s.arg(QLatin1String(code), text);
}

QString indented(const QString& text)
{
    QString out;
    for (const QString& line : text.split(u'\n')) {
        out += line.isEmpty() ? u"\n"_s : u"      "_s + line + u'\n';
    }
    return out;
}

QString textReport(const DomainCheck& check, bool colours)
{
    //: %1 is a domain name
    QString text = CheckCommand::tr("What mail programs find on %1:\n").arg(check.domain());
    for (const DomainCheck::Area& area : check.areas()) {
        const std::optional<Severity> worst = Finding::worst(check.findings(), area.name);
        const QString mark = !worst || *worst == Severity::Note ? u"✓"_s
                             : *worst == Severity::Warning      ? u"!"_s
                                                                : u"✗"_s;
        text +=
            coloured(u"%1 %2"_s.arg(mark, area.name.leftJustified(12)), worst, colours) + u' ' + area.summary + u'\n';
    }
    text += CheckCommand::tr("\nWhat each mail program gets:\n");
    for (const ClientOutcome& client : check.clients()) {
        text += u"  %1 %2\n"_s.arg((ClientOutcome::clientName(client.client) + u':').leftJustified(24), client.text());
    }
    if (check.findings().isEmpty()) {
        return text + CheckCommand::tr("\nNothing to report.\n");
    }
    text += u'\n';
    for (const Finding& finding : check.findings()) {
        const QString head = u"%1 %2"_s.arg(Finding::severityText(finding.severity).toUpper(), finding.id);
        text += coloured(head, finding.severity, colours) + u"  "_s + finding.subject + u'\n';
        text += indented(finding.effect);
        //: the fix of a finding follows
        text += indented(CheckCommand::tr("Fix: %1").arg(finding.fix));
        text += u'\n';
    }
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    for (const Finding& finding : check.findings()) {
        (finding.severity == Severity::Error ? errors : finding.severity == Severity::Warning ? warnings : notes)++;
    }
    //: %1, %2, %3 are numbers
    text += CheckCommand::tr("%1 error(s), %2 warning(s), %3 note(s).\n").arg(errors).arg(warnings).arg(notes);
    return text;
}

// What became of the test account's login: null when none was due.
QJsonValue loginJson(const DomainCheck::Server& server)
{
    if (!server.loginTried) {
        // An OAuth2 server that did not get the token (server.login-not-sent says why).
        return server.loginNotSent.isEmpty() ? QJsonValue() : QJsonValue(u"not-sent"_s);
    }
    if (server.result.passed()) {
        return u"ok"_s;
    }
    return server.result.failure.kind == FailureKind::PlaintextNotAllowed ? u"not-sent"_s : u"failed"_s;
}

QJsonObject serverJson(const DomainCheck::Server& server)
{
    const ProbeResult& result = server.result;
    return QJsonObject{
        {u"protocol"_s, protocolName(server.settings.protocol)},
        {u"hostname"_s, server.settings.hostname},
        {u"port"_s, int(server.settings.port)},
        {u"socketType"_s, socketTypeName(server.settings.socketType)},
        {u"advertisedBy"_s, QJsonArray::fromStringList(server.advertisedBy)},
        {u"passed"_s, result.passed()},
        {u"login"_s, loginJson(server)},
        {u"failure"_s, result.passed() ? QJsonValue() : QJsonValue(failureKindName(result.failure.kind))},
        {u"tls"_s, result.encrypted ? QJsonValue(result.tlsProtocol) : QJsonValue()},
        {u"legacyTls"_s, server.legacyTlsVersion().isEmpty() ? QJsonValue() : QJsonValue(server.legacyTlsVersion())},
        {u"capabilities"_s, QJsonArray::fromStringList(result.capabilities)},
        {u"capabilitiesBeforeTls"_s, QJsonArray::fromStringList(result.capabilitiesBeforeTls)},
    };
}

QByteArray jsonReport(const DomainCheck& check)
{
    QJsonArray areas;
    for (const DomainCheck::Area& area : check.areas()) {
        const std::optional<Severity> worst = Finding::worst(check.findings(), area.name);
        areas.append(QJsonObject{{u"name"_s, area.name},
                                 {u"worst"_s, worst ? QJsonValue(Finding::severityName(*worst)) : QJsonValue()},
                                 {u"summary"_s, area.summary}});
    }
    QJsonArray findings;
    for (const Finding& finding : check.findings()) {
        findings.append(finding.toJson());
    }
    QJsonArray servers;
    for (const DomainCheck::Server& server : check.servers()) {
        servers.append(serverJson(server));
    }
    QJsonArray clients;
    for (const ClientOutcome& client : check.clients()) {
        clients.append(client.toJson());
    }
    const std::optional<Severity> worst = check.worst();
    const QJsonObject report{
        {u"schema"_s, u"portpilot-check/1"_s},
        {u"domain"_s, check.domain()},
        {u"worst"_s, worst ? QJsonValue(Finding::severityName(*worst)) : QJsonValue()},
        {u"exitStatus"_s, exitStatusFor(worst)},
        {u"areas"_s, areas},
        {u"findings"_s, findings},
        {u"servers"_s, servers},
        {u"clients"_s, clients},
        {u"publish"_s, QJsonObject{{u"autoconfig"_s, QString::fromUtf8(check.publishedAutoconfig())},
                                   {u"dnsZone"_s, QString::fromUtf8(check.publishedZone())}}},
    };
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

} // namespace

QString CheckCommand::summary() const
{
    return tr("Check what mail programs find on a domain, with the fix for each problem");
}

int CheckCommand::run(const QStringList& arguments)
{
    CommandParser parser(name(), summary());
    parser.addDomainInput(tr("The domain to check, e.g. example.org."));
    const QCommandLineOption formatOption(u"format"_s, tr("What to print: text (default), json or html."), tr("format"),
                                          u"text"_s);
    const QCommandLineOption outputOption(u"output"_s, tr("Write the report to this file instead of standard output."),
                                          tr("file"));
    const QCommandLineOption ispdbOption(u"ispdb-url"_s,
                                         tr("Base address of the ISP database; the domain is appended."), tr("url"),
                                         u"https://autoconfig.thunderbird.net/v1.1/"_s);
    parser.addOptions({formatOption, outputOption, ispdbOption});
    parser.addAddressInput(tr("A test account at the domain: each advertised server is logged in to, with its "
                              "password (--password-stdin) or, for OAuth2 servers, with the sign-in that portpilot "
                              "login stored (or --sign-in)."));
    parser.addPasswordStdinOption(tr("Read the test account's password from the first line of standard input."));
    const QCommandLineOption signInOption(u"sign-in"_s,
                                          tr("Sign the test account in with the OAuth2 issuer of the domain's "
                                             "autoconfig document now, for this check only (nothing is stored)."));
    const QCommandLineOption noBrowserOption(u"no-browser"_s,
                                             tr("With --sign-in: do not open a browser; print the address of the "
                                                "sign-in page and wait."));
    parser.addOptions({signInOption, noBrowserOption});
    parser.addCaCertificatesOption();
    parser.addTimeoutOption(20, tr("The longest wait for the whole check"));
    if (const auto done = parser.parse(arguments)) {
        return *done;
    }
    const QString format = parser.value(formatOption);
    if (format != u"text" && format != u"json" && format != u"html") {
        return parser.badInput(tr("unknown format “%1”; use text, json or html.").arg(format));
    }
    const std::optional<QString> domain = parser.domain();
    const auto timeout = domain ? parser.timeout() : std::nullopt;
    const auto ca = timeout ? parser.caCertificates() : std::nullopt;
    const auto address = ca ? parser.address() : std::nullopt;
    if (!address) {
        return ExitBadInput;
    }
    if (!address->isValid() && parser.wantsPasswordFromStdin()) {
        return parser.badInput(tr("--password-stdin needs --address: the password is the test account's."));
    }
    if (!address->isValid() && parser.isSet(signInOption)) {
        return parser.badInput(tr("--sign-in needs --address: the test account is the one that signs in."));
    }
    if (parser.isSet(noBrowserOption) && !parser.isSet(signInOption)) {
        return parser.badInput(tr("--no-browser goes with --sign-in: without it, nobody signs in during the check."));
    }
    if (address->isValid() && address->domainAce().toLower() != *domain) {
        //: %1 is an email address, %2 a domain
        return parser.badInput(tr("%1 is not an address at %2.").arg(address->toString(), *domain));
    }
    DomainCheckOptions options;
    options.ispdbUrl = QUrl(parser.value(ispdbOption), QUrl::StrictMode);
    if (!options.ispdbUrl.isValid() || options.ispdbUrl.scheme() != u"https") {
        return parser.badInput(tr("“%1” is not an https:// address.").arg(parser.value(ispdbOption)));
    }
    // A report that cannot be written is known before any server is asked: a missing folder is
    // bad input. (The last report in the file is replaced, as a monitoring job expects.)
    const QString output = parser.value(outputOption);
    if (parser.isSet(outputOption)) {
        if (!QFileInfo(output).absoluteDir().exists()) {
            return parser.badInput(tr("The folder of “%1” does not exist.").arg(output));
        }
    }
    if (parser.wantsPasswordFromStdin()) {
        const std::optional<QString> password = parser.passwordFromStdin();
        if (!password) {
            return ExitBadInput;
        }
        options.password = *password;
    }
    if (address->isValid()) {
        options.address = address->toString();
        // The OAuth2 servers' token: asked for before the check, whose deadline is for the servers.
        CheckSignIn::Token token;
        if (parser.isSet(signInOption)) {
            QString why;
            const std::optional<CheckSignIn::Token> signedIn =
                CheckSignIn::signIn(*address, *ca, *timeout, parser.isSet(noBrowserOption), &why);
            if (!signedIn) {
                return parser.failure(why);
            }
            token = *signedIn;
        } else {
            token = CheckSignIn::stored(*address, *ca, *timeout);
        }
        options.accessToken = token.accessToken;
        options.accessTokenIssuer = token.issuer;
        options.noAccessTokenReason = token.missing;
    }
    options.extraCaCertificates = *ca;
    options.overallTimeout = *timeout;
    options.httpTimeout = std::min(options.httpTimeout, *timeout);
    options.dnsTimeout = std::min(options.dnsTimeout, *timeout);
    options.probeTimeout = std::min(options.probeTimeout, *timeout);

    const QDateTime checkedAt = QDateTime::currentDateTimeUtc();
    DomainCheck check;
    QEventLoop loop;
    QObject::connect(&check, &DomainCheck::finished, &loop, &QEventLoop::quit);
    check.start(*domain, options);
    if (!check.isFinished()) {
        loop.exec();
    }

    if (address->isValid() && options.password.isEmpty()) {
        const QList<DomainCheck::Server>& servers = check.servers();
        if (std::any_of(servers.cbegin(), servers.cend(), [](const DomainCheck::Server& server) {
                return authMethodNeedsPassword(server.settings.preferredAuth());
            })) {
            parser.note(tr("no password was given (--password-stdin), so the servers that take one were only "
                           "probed, not logged in to."));
        }
    }

    const bool toFile = parser.isSet(outputOption);
    QByteArray report;
    if (format == u"json") {
        report = jsonReport(check);
    } else if (format == u"html") {
        // The pseudo-language is English with marks; the page says "en" then.
        const QString language = LanguageManager::instance()->language();
        report = CheckReportHtml::write(check, checkedAt,
                                        language == LanguageManager::Pseudo ? LanguageManager::English : language);
    } else {
        report = textReport(check, !toFile && stdoutHasColours()).toUtf8();
    }
    if (toFile) {
        ExportFileWriter::Error error;
        if (ExportFileWriter::writeFile(output, report, false, true, &error) != ExportFileWriter::Status::Written) {
            Console::err(error.message() + u'\n');
            return ExitFailure; // the check ran; writing its report failed
        }
    } else {
        Console::outBytes(report);
    }
    return exitStatusFor(check.worst());
}

} // namespace Portpilot
