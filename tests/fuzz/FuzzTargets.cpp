#include "FuzzTargets.h"

#include "AccountJson.h"
#include "AutoconfigReader.h"
#include "AutoconfigWriter.h"
#include "AutodiscoverExporter.h"
#include "AutodiscoverReader.h"
#include "ClientConfigValidator.h"
#include "EmailAddress.h"
#include "Hostname.h"
#include "ImapResponseParser.h"
#include "ImapValue.h"
#include "LineBuffer.h"
#include "MailboxName.h"
#include "MboxReader.h"
#include "OAuthErrorChallenge.h"
#include "Pop3ResponseParser.h"
#include "ProviderDatabase.h"
#include "SaslExchange.h"
#include "SmtpReplyParser.h"
#include "SrvSource.h"

#include <QBuffer>
#include <QUrl>

#include <algorithm>

namespace Portpilot {

namespace {

// An account read from autoconfig must be written in both formats and read back unchanged.
// One read from JSON must survive the JSON round trip; it need not make valid autoconfig, since
// AccountJson checks less than AutoconfigReader (fuzz_account_json found a provider without a valid
// domain and control characters in texts; noted in docs/hardening.md).
enum class Origin
{
    Autoconfig,
    Json
};

QString checkRoundTrips(const Account& account, Origin origin)
{
    if (origin == Origin::Autoconfig) {
        const auto again = AutoconfigReader::read(AutoconfigWriter::write(account));
        if (!again.ok()) {
            return QStringLiteral("autoconfig written from an accepted account is refused: ") +
                   again.errorWithLocation();
        }
        if (!(*again.account == account)) {
            return QStringLiteral("autoconfig write→read changed the account");
        }
    } else {
        // Writing must still work (no crash, bounded) even when the result is not valid autoconfig.
        (void)AutoconfigWriter::write(account);
    }
    QString error;
    const auto fromJson = AccountJson::fromBytes(AccountJson::toBytes(account), &error);
    if (!fromJson) {
        return QStringLiteral("JSON written from an accepted account is refused: ") + error;
    }
    if (!(*fromJson == account)) {
        return QStringLiteral("JSON write→read changed the account");
    }
    return {};
}

QString fuzzAutoconfig(const QByteArray& input)
{
    const auto result = AutoconfigReader::read(input);
    if (!result.ok()) {
        return result.error.isEmpty() ? QStringLiteral("refused without an error message") : QString();
    }
    return checkRoundTrips(*result.account, Origin::Autoconfig);
}

// The domain check's validator (the draft's grammar through libxml2, then its own rules): any
// document gives a bounded list of issues, each with words and no negative line.
QString fuzzClientConfig(const QByteArray& input)
{
    const QList<ClientConfigValidator::Issue> issues = ClientConfigValidator::validate(input);
    if (issues.size() > ClientConfigValidator::MaxIssues) {
        return QStringLiteral("%1 issues, more than the bound").arg(issues.size());
    }
    for (const ClientConfigValidator::Issue& issue : issues) {
        if (issue.text.isEmpty() || issue.line < 0) {
            return QStringLiteral("an issue of kind %1 without words or with line %2")
                .arg(ClientConfigValidator::kindName(issue.kind))
                .arg(issue.line);
        }
    }
    return {};
}

// A POX answer the reader accepts keeps the server's text to one bounded line, and its settings
// survive Portpilot's own POX (AutodiscoverExporter) and a second read.
QString fuzzAutodiscover(const QByteArray& input)
{
    const auto result = AutodiscoverReader::read(input);
    if (!result.ok()) {
        return result.error.isEmpty() ? QStringLiteral("refused without an error message") : QString();
    }
    for (const QString& text : {result.message, result.errorCode}) {
        if (text.size() > AutodiscoverReader::MaxMessageLength + 1 ||
            std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; })) {
            return QStringLiteral("server text kept unbounded or with control characters: ") + text.left(80);
        }
    }
    if (result.kind != AutodiscoverReader::Kind::Settings) {
        return result.account ? QStringLiteral("an account beside a non-settings answer") : QString();
    }
    Account account = *result.account;
    account.emailAddress = QStringLiteral("fuzz@example.org");
    // Exporters take a resolved account (Exporter.h): a login of %EMAILADDRESS% would be written as is.
    const Account resolved = account.resolved(account.emailAddress);
    const Exporter::Result written = AutodiscoverExporter().exportAccount(resolved);
    if (!written.ok()) {
        return {}; // the exporter refuses what it cannot write (line breaks in a login name, ...)
    }
    const auto again = AutodiscoverReader::read(written.files.constFirst().data);
    if (again.kind != AutodiscoverReader::Kind::Settings) {
        return QStringLiteral("the exporter's POX of an accepted answer is refused: ") + again.errorWithLocation();
    }
    // The exporter writes the first server of each side.
    for (const auto& [first, read] : {std::pair{resolved.preferredIncoming(), again.account->preferredIncoming()},
                                      std::pair{resolved.preferredOutgoing(), again.account->preferredOutgoing()}}) {
        if (first->protocol != read->protocol || Hostname::toAce(first->hostname) != read->hostname ||
            first->port != read->port || first->socketType != read->socketType ||
            first->preferredAuth() != read->preferredAuth() ||
            (first->preferredAuth() != AuthMethod::None && first->username != read->username)) {
            // The summary leaves out the login: name it too, or a changed login reads as "x into x".
            const auto login = [](const ServerSettings& server) {
                return QStringLiteral("%1, %2 as “%3”")
                    .arg(server.summary(), authMethodName(server.preferredAuth()), server.username);
            };
            return QStringLiteral("POX write→read changed %1 into %2").arg(login(*first), login(*read));
        }
    }
    return {};
}

QString fuzzAccountJson(const QByteArray& input)
{
    QString error;
    const auto account = AccountJson::fromBytes(input, &error);
    if (!account) {
        return error.isEmpty() ? QStringLiteral("refused without an error message") : QString();
    }
    return checkRoundTrips(*account, Origin::Json);
}

QString fuzzEmailAddress(const QByteArray& input)
{
    QString error;
    const EmailAddress address = EmailAddress::parse(QString::fromUtf8(input), &error);
    if (!address.isValid()) {
        return error.isEmpty() ? QStringLiteral("refused without an error message") : QString();
    }
    // What we show and what we send must both parse back to the same address.
    for (const QString& form : {address.toString(), address.toAce()}) {
        const EmailAddress again = EmailAddress::parse(form);
        if (!again.isValid()) {
            return QStringLiteral("“%1” was accepted but its form “%2” is refused").arg(QString::fromUtf8(input), form);
        }
        if (again.domainAce() != address.domainAce() || again.localPart() != address.localPart()) {
            return QStringLiteral("“%1” reparsed as “%2”").arg(form, again.toAce());
        }
    }
    return {};
}

QString fuzzHostname(const QByteArray& input)
{
    // First line: a host name; the rest: a domain for isWithin().
    const QString text = QString::fromUtf8(input);
    const qsizetype newline = text.indexOf(u'\n');
    const QString host = newline < 0 ? text : text.left(newline);
    const QString domain = newline < 0 ? QString() : text.mid(newline + 1);

    // Hostname::toAce skips IDNA for plain ASCII names: for those it must say what QUrl says.
    const bool asciiOnly = std::all_of(host.cbegin(), host.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == '.';
    });
    if (asciiOnly && Hostname::toAce(host) != QString::fromLatin1(QUrl::toAce(host)).toLower()) {
        return QStringLiteral("toAce(“%1”) is “%2”, QUrl says “%3”")
            .arg(host, Hostname::toAce(host), QString::fromLatin1(QUrl::toAce(host)));
    }
    (void)Hostname::isValid(host, true);
    (void)Hostname::isWithin(host, domain);
    const QString display = Hostname::toDisplay(host);
    if (!Hostname::isValid(host)) {
        return {};
    }
    const QString ace = Hostname::toAce(host);
    if (ace.isEmpty()) {
        return QStringLiteral("valid host “%1” has no ACE form").arg(host);
    }
    if (!Hostname::isValid(ace) || Hostname::toAce(ace) != ace) {
        return QStringLiteral("ACE form “%1” of “%2” is not a stable valid name").arg(ace, host);
    }
    // The readable form shown to people must lead to the same server.
    if (Hostname::toAce(display) != ace) {
        return QStringLiteral("display form “%1” of “%2” maps to “%3”, not “%4”")
            .arg(display, host, Hostname::toAce(display), ace);
    }
    if (!Hostname::isWithin(host, host)) {
        return QStringLiteral("“%1” is not within itself").arg(host);
    }
    return {};
}

// Splits fuzz input into protocol lines the way LineBuffer hands them out (no CR LF).
QList<QByteArray> linesOf(const QByteArray& input)
{
    QList<QByteArray> lines = input.split('\n');
    for (QByteArray& line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
    }
    return lines;
}

QString fuzzProviderDatabase(const QByteArray& input)
{
    QString error;
    const auto db = ProviderDatabase::parse(input, &error);
    if (!db) {
        return error.isEmpty() ? QStringLiteral("refused without an error message") : QString();
    }
    // Every domain and MX suffix an accepted database lists must be found again.
    for (const ProviderEntry& entry : db->entries()) {
        for (const QString& domain : entry.domains) {
            const auto found = db->findByDomain(domain);
            if (!found || !found->domains.contains(domain)) {
                return QStringLiteral("domain “%1” of “%2” is not found").arg(domain, entry.id());
            }
        }
        for (const QString& suffix : entry.mxSuffixes) {
            if (!db->findByMxHost(QStringLiteral("mx.") + suffix)) {
                return QStringLiteral("MX suffix “%1” of “%2” is not found").arg(suffix, entry.id());
            }
        }
    }
    return {};
}

QString fuzzImapResponse(const QByteArray& input)
{
    for (const QByteArray& line : linesOf(input)) {
        QString error;
        const auto response = ImapResponseParser::parse(line, &error);
        if (!response) {
            if (error.isEmpty()) {
                return QStringLiteral("IMAP line refused without an error message");
            }
            continue;
        }
        if (response->capabilities.size() > ImapResponseParser::MaxCapabilities) {
            return QStringLiteral("%1 capabilities accepted").arg(response->capabilities.size());
        }
        if (response->kind == ImapResponse::Kind::Tagged && response->tag.isEmpty()) {
            return QStringLiteral("tagged response without a tag");
        }
        const auto caps = ImapResponseParser::parseCapabilities(line);
        if (caps && caps->size() > ImapResponseParser::MaxCapabilities) {
            return QStringLiteral("%1 capabilities accepted").arg(caps->size());
        }
    }
    return {};
}

QString fuzzPop3Response(const QByteArray& input)
{
    const QList<QByteArray> lines = linesOf(input);
    Pop3ResponseParser parser;
    bool inBody = false;
    for (const QByteArray& line : lines) {
        if (!inBody) {
            (void)Pop3ResponseParser::parseContinuation(line);
            QString error;
            const auto status = Pop3ResponseParser::parseStatus(line, &error);
            if (!status && error.isEmpty()) {
                return QStringLiteral("POP3 status refused without an error message");
            }
            if (status && status->ok) {
                parser.beginMultiLine();
                inBody = true;
            }
            continue;
        }
        const auto state = parser.feedMultiLine(line);
        if (parser.lines().size() > Pop3ResponseParser::MaxLines) {
            return QStringLiteral("%1 body lines accepted").arg(parser.lines().size());
        }
        if (state == Pop3ResponseParser::State::Error && parser.error().isEmpty()) {
            return QStringLiteral("multi-line error without a message");
        }
        if (state != Pop3ResponseParser::State::NeedMore) {
            (void)Pop3ResponseParser::capabilityNames(parser.lines());
            (void)Pop3ResponseParser::saslMechanisms(parser.lines());
            inBody = false;
        }
    }
    return {};
}

QString fuzzSmtpReply(const QByteArray& input)
{
    SmtpReplyParser parser;
    for (const QByteArray& line : linesOf(input)) {
        const auto state = parser.feed(line);
        if (state == SmtpReplyParser::State::NeedMore) {
            continue;
        }
        if (state == SmtpReplyParser::State::Error && parser.error().isEmpty()) {
            return QStringLiteral("SMTP error without a message");
        }
        if (state == SmtpReplyParser::State::Complete) {
            const SmtpReply reply = parser.reply();
            if (reply.code < 100 || reply.code > 599) {
                return QStringLiteral("reply code %1 accepted").arg(reply.code);
            }
            if (reply.lines.size() > SmtpReplyParser::MaxLines) {
                return QStringLiteral("%1 reply lines accepted").arg(reply.lines.size());
            }
            (void)reply.ehloKeywords();
            (void)reply.authMechanisms();
        }
        parser.reset();
    }
    return {};
}

// An OAuth2 error challenge (RFC 7628 §3.2.2) as the server sends it (base64) and as raw bytes:
// whatever arrives, the fields are short plain text, and the exchange answers it with the dummy
// that carries no token.
// Writes values back as IMAP data, every string as a literal (always valid whatever it holds).
QByteArray imapData(const QList<ImapValue>& values)
{
    QByteArrayList parts;
    for (const ImapValue& value : values) {
        switch (value.type) {
        case ImapValue::Type::Atom:
            parts.append(value.bytes);
            break;
        case ImapValue::Type::String:
            parts.append('{' + QByteArray::number(value.bytes.size()) + "}\r\n" + value.bytes);
            break;
        case ImapValue::Type::Nil:
            parts.append("NIL");
            break;
        case ImapValue::Type::List:
            parts.append('(' + imapData(value.items) + ')');
            break;
        }
    }
    return parts.join(' ');
}

bool sameValues(const QList<ImapValue>& a, const QList<ImapValue>& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].type != b[i].type || a[i].bytes != b[i].bytes || !sameValues(a[i].items, b[i].items)) {
            return false;
        }
    }
    return true;
}

// A hostile server's response data (LIST, FETCH with literals) and mailbox names: parsing never
// crashes, what parses survives a round trip, and names survive modified UTF-7 both ways.
QString fuzzImapData(const QByteArray& input)
{
    QString error;
    const auto values = ImapValue::parse(input, &error);
    if (!values && error.isEmpty()) {
        return QStringLiteral("IMAP data refused without an error message");
    }
    if (values) {
        const auto again = ImapValue::parse(imapData(*values), &error);
        if (!again || !sameValues(*values, *again)) {
            return QStringLiteral("IMAP data changed in a round trip: %1").arg(error);
        }
    }
    const QString name = QString::fromUtf8(input);
    const QByteArray encoded = MailboxName::encode(name);
    for (const char c : encoded) {
        if (c < 0x20 || c > 0x7e) {
            return QStringLiteral("a mailbox name encoded with a byte outside printable ASCII");
        }
    }
    if (MailboxName::decode(encoded) != name) {
        return QStringLiteral("a mailbox name changed in a round trip");
    }
    if (const auto decoded = MailboxName::decode(input); decoded && decoded->isEmpty() != input.isEmpty()) {
        return QStringLiteral("a mailbox name decoded to nothing");
    }
    return {};
}

QString fuzzOAuthError(const QByteArray& input)
{
    for (const QByteArray& challenge : {input, input.toBase64()}) {
        const auto parsed = OAuthErrorChallenge::parse(challenge);
        if (!parsed) {
            continue;
        }
        if (parsed->status.isEmpty()) {
            return QStringLiteral("an error challenge without a status accepted");
        }
        for (const QString& field : {parsed->status, parsed->scope, parsed->openidConfiguration}) {
            if (field.size() > 200) {
                return QStringLiteral("a field of %1 characters kept").arg(field.size());
            }
            if (std::any_of(field.cbegin(), field.cend(),
                            [](QChar ch) { return ch.category() == QChar::Other_Control; })) {
                return QStringLiteral("a control character kept");
            }
        }
        (void)parsed->meaning();
        (void)parsed->summary();
    }
    SaslExchange exchange("OAUTHBEARER", QStringLiteral("anna@example.test"), QStringLiteral("secret-token"),
                          QStringLiteral("mail.example.test"), 993);
    (void)exchange.initialResponse();
    const SaslExchange::Step step = exchange.answer(input.toBase64());
    if (step.kind != SaslExchange::Step::Kind::AcknowledgeError || step.bytes != "AQ==") {
        return QStringLiteral("the error challenge was not answered with the dummy");
    }
    return {};
}

QString fuzzLineBuffer(const QByteArray& input)
{
    // First byte: the line limit; second: the size of the pieces the "socket" delivers.
    if (input.size() < 2) {
        return {};
    }
    const qsizetype limit = 1 + static_cast<unsigned char>(input[0]);
    const qsizetype chunk = 1 + static_cast<unsigned char>(input[1]) % 64;
    LineBuffer buffer(limit);
    for (qsizetype at = 2; at < input.size(); at += chunk) {
        buffer.append(input.mid(at, chunk));
        while (const auto line = buffer.takeLine()) {
            if (line->size() > limit || line->contains('\n')) {
                return QStringLiteral("a line of %1 bytes (limit %2) came out").arg(line->size()).arg(limit);
            }
        }
    }
    return {};
}

// Records: priority, weight, port (2 bytes each, big endian), target length (1 byte), target.
QString fuzzSrv(const QByteArray& input)
{
    QList<SrvCandidate> records;
    const auto u16 = [&input](qsizetype at) {
        return static_cast<quint16>((static_cast<unsigned char>(input[at]) << 8) |
                                    static_cast<unsigned char>(input[at + 1]));
    };
    for (qsizetype at = 0; at + 7 <= input.size() && records.size() < 64;) {
        SrvCandidate record;
        record.priority = u16(at);
        record.weight = u16(at + 2);
        record.port = u16(at + 4);
        const qsizetype length = static_cast<unsigned char>(input[at + 6]);
        record.target = QString::fromUtf8(input.mid(at + 7, length));
        records.append(record);
        at += 7 + length;
    }
    const QList<SrvCandidate> ordered = CandidateRules::orderSrv(records);
    QList<SrvCandidate> expected = records;
    expected.removeIf([](const SrvCandidate& r) { return r.target.isEmpty() || r.target == QLatin1String("."); });
    if (ordered.size() != expected.size() || !std::is_permutation(ordered.begin(), ordered.end(), expected.begin())) {
        return QStringLiteral("orderSrv lost or invented records");
    }
    for (qsizetype i = 1; i < ordered.size(); ++i) {
        const SrvCandidate& a = ordered[i - 1];
        const SrvCandidate& b = ordered[i];
        if (a.priority > b.priority || (a.priority == b.priority && a.weight < b.weight)) {
            return QStringLiteral("orderSrv: record %1 is out of order").arg(i);
        }
    }
    for (const SrvSource::Service& service : SrvSource::services()) {
        const QList<ServerSettings> servers = SrvSource::serversFor(service, records);
        if (servers.size() > ordered.size()) {
            return QStringLiteral("more servers than records");
        }
        for (const ServerSettings& server : servers) {
            if (server.port == 0 || !Hostname::isValid(server.hostname)) {
                return QStringLiteral("server “%1:%2” from SRV is not valid").arg(server.hostname).arg(server.port);
            }
            if (server.protocol != service.protocol || server.socketType != service.socketType) {
                return QStringLiteral("server from SRV has another protocol or security than its service");
            }
        }
    }
    return {};
}

QList<LocalMessage> readMbox(const QByteArray& bytes, qint64 maxMessageSize, ReadProblem* problem)
{
    QBuffer device;
    device.setData(bytes);
    device.open(QIODevice::ReadOnly);
    MboxReader reader(&device, QStringLiteral("fuzz"), maxMessageSize);
    QList<LocalMessage> messages;
    while (auto message = reader.next()) {
        messages.append(*message);
    }
    *problem = reader.problem();
    return messages;
}

// Writes messages as mboxrd: every ">*From " line at a line start gets one more ">".
QByteArray writeMboxrd(const QList<LocalMessage>& messages)
{
    QByteArray out;
    for (const LocalMessage& message : messages) {
        out += "From - Mon Jan 01 12:00:00 2024\r\n";
        qsizetype at = 0;
        while (at < message.content.size()) {
            qsizetype end = message.content.indexOf('\n', at);
            end = end < 0 ? message.content.size() : end + 1;
            const QByteArrayView line = QByteArrayView(message.content).sliced(at, end - at);
            qsizetype quotes = 0;
            while (quotes < line.size() && line[quotes] == '>') {
                ++quotes;
            }
            if (line.sliced(quotes).startsWith("From ")) {
                out += '>';
            }
            out += line;
            at = end;
        }
        if (!message.content.endsWith("\r\n") && !message.content.isEmpty()) {
            out += "\r\n";
        }
        out += "\r\n";
    }
    return out;
}

QString fuzzMbox(const QByteArray& input)
{
    // A small limit so that the too-large path is fuzzed too.
    constexpr qint64 Limit = 4096;
    ReadProblem problem;
    const QList<LocalMessage> messages = readMbox(input, Limit, &problem);
    if (problem.isProblem() && problem.message().isEmpty()) {
        return QStringLiteral("a problem without a message");
    }
    // Only a file that looks like mbox at its start may give messages (the scanner relies on it).
    if (!messages.isEmpty() && !MboxReader::looksLikeMbox(input)) {
        return QStringLiteral("messages from a file that does not look like mbox");
    }
    QList<LocalMessage> kept;
    qint64 total = 0;
    for (const LocalMessage& message : messages) {
        total += message.size;
        if (message.problem.isProblem()) {
            if (message.problem.kind != ReadProblem::Kind::MessageTooLarge || message.size <= Limit ||
                !message.content.isEmpty()) {
                return QStringLiteral("a message set aside without reason");
            }
            continue;
        }
        if (message.content.size() != message.size || message.size > Limit) {
            return QStringLiteral("size %1 for %2 bytes").arg(message.size).arg(message.content.size());
        }
        for (qsizetype at = message.content.indexOf('\n'); at >= 0; at = message.content.indexOf('\n', at + 1)) {
            if (at == 0 || message.content[at - 1] != '\r') {
                return QStringLiteral("a bare LF left in a message");
            }
        }
        kept.append(message);
    }
    // CRLF adds at most one byte per input byte.
    if (total > 2 * input.size()) {
        return QStringLiteral("%1 bytes of messages from %2 bytes").arg(total).arg(input.size());
    }
    // What was read, written again as mboxrd, reads back the same.
    const QList<LocalMessage> again = readMbox(writeMboxrd(kept), Limit * 2, &problem);
    if (again.size() != kept.size()) {
        return QStringLiteral("%1 messages written, %2 read back").arg(kept.size()).arg(again.size());
    }
    for (qsizetype i = 0; i < kept.size(); ++i) {
        QByteArray expected = kept[i].content;
        if (!expected.isEmpty() && !expected.endsWith("\r\n")) {
            expected += "\r\n";
        }
        if (again[i].content != expected || again[i].flags != kept[i].flags || again[i].deleted != kept[i].deleted ||
            again[i].messageId != kept[i].messageId) {
            return QStringLiteral("message %1 changed in the mboxrd round trip").arg(i);
        }
    }
    return {};
}

} // namespace

const QList<FuzzTarget>& FuzzTargets::all()
{
    static const QList<FuzzTarget> targets{
        {"autoconfig", fuzzAutoconfig},
        {"client_config", fuzzClientConfig},
        {"account_json", fuzzAccountJson},
        {"autodiscover", fuzzAutodiscover},
        {"email_address", fuzzEmailAddress},
        {"hostname", fuzzHostname},
        {"provider_db", fuzzProviderDatabase},
        {"imap_response", fuzzImapResponse},
        {"pop3_response", fuzzPop3Response},
        {"smtp_reply", fuzzSmtpReply},
        {"line_buffer", fuzzLineBuffer},
        {"srv", fuzzSrv},
        {"mbox", fuzzMbox},
        {"oauth_error", fuzzOAuthError},
        {"imap_data", fuzzImapData},
    };
    return targets;
}

const FuzzTarget* FuzzTargets::find(const QString& name)
{
    for (const FuzzTarget& target : all()) {
        if (QLatin1String(target.name) == name) {
            return &target;
        }
    }
    return nullptr;
}

} // namespace Portpilot
