#include "AutodiscoverReader.h"

#include "EmailAddress.h"
#include "Hostname.h"
#include "UntrustedXmlReader.h"

#include <QUrl>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Portpilot {

namespace {

const QString RootNamespace = u"http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006"_s;
// The settings for Outlook: what its request asks for (AcceptableResponseSchema).
const QString OutlookNamespace = u"http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"_s;
const QString RequestNamespace = u"http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006"_s;

// At most this many <Protocol> entries are read; Exchange writes fewer than ten.
constexpr int MaxProtocols = 64;

// Server text for one line: control characters become spaces, runs of white space one, at most `max`.
QString plainLine(const QString& text, qsizetype max)
{
    QString out;
    out.reserve(qMin(text.size(), max + 1));
    for (const QChar c : text) {
        out += (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) ? u' ' : c;
    }
    out = out.simplified();
    if (out.size() > max) {
        out = out.left(max) + u'…';
    }
    return out;
}

// AutodiscoverReader's sentences for UntrustedXmlReader; any encoding QXmlStreamReader reads is accepted.
QString words(UntrustedXmlReader::Problem problem)
{
    using Problem = UntrustedXmlReader::Problem;
    switch (problem) {
    case Problem::Dtd:
        return AutodiscoverReader::tr(
            "The answer contains a document type declaration (DTD); an Autodiscover response has none.");
    case Problem::Entity:
        return AutodiscoverReader::tr("The answer uses the entity “&%1;”, which is not allowed.");
    case Problem::Encoding:
        return {};
    case Problem::Truncated:
        return AutodiscoverReader::tr("The answer ends before the XML document is complete.");
    case Problem::Malformed:
        return AutodiscoverReader::tr("The answer is not well-formed XML: %1");
    case Problem::TooLong:
        return AutodiscoverReader::tr("The element <%1> is longer than %2 characters.");
    }
    return {};
}

} // namespace

class AutodiscoverReader::Parser
{
public:
    explicit Parser(const QByteArray& data)
        : m_xml(data, words)
    {}

    Result run()
    {
        Result result;
        try {
            parseDocument(result);
        } catch (const UntrustedXmlReader::Error& e) {
            result = Result();
            result.error = e.message;
            result.line = e.line;
            result.column = e.column;
        }
        return result;
    }

private:
    bool name(QLatin1String expected) const { return m_xml.name() == expected; }

    void parseDocument(Result& result)
    {
        while (m_xml.next() != QXmlStreamReader::StartElement) {
            if (m_xml.atEnd()) {
                m_xml.fail(tr("The answer holds no XML element."));
            }
        }
        if (!name("Autodiscover"_L1)) {
            m_xml.fail(tr("The answer is <%1>, not an Autodiscover response (<Autodiscover>).").arg(m_xml.name()));
        }
        if (m_xml.namespaceUri() != RootNamespace) {
            m_xml.fail(tr("<Autodiscover> is in the namespace “%1”, not %2.").arg(m_xml.namespaceUri(), RootNamespace));
        }
        bool haveResponse = false;
        while (m_xml.nextChild()) {
            if (name("Response"_L1) && !haveResponse) {
                haveResponse = true;
                parseResponse(result);
            } else {
                m_xml.skipElement();
            }
        }
        while (!m_xml.atEnd()) {
            m_xml.next(); // trailing garbage is still reported
        }
        if (!haveResponse) {
            m_xml.fail(tr("<Autodiscover> has no <Response>."));
        }
        decide(result);
    }

    void parseResponse(Result& result)
    {
        // Exchange answers a request it cannot read with an <Error> in the root's namespace; settings
        // come only in the namespace Outlook asked for. Another one is an answer for other clients
        // (mobilesync: phones).
        const QString ns = m_xml.namespaceUri().toString();
        const bool settings = ns == OutlookNamespace;
        if (!settings && ns != RootNamespace) {
            m_xml.fail(tr("<Response> is in the namespace “%1”; Outlook asks for %2.").arg(ns, OutlookNamespace));
        }
        while (m_xml.nextChild()) {
            if (name("Error"_L1)) {
                parseError(result);
            } else if (name("User"_L1) && settings) {
                while (m_xml.nextChild()) {
                    if (name("DisplayName"_L1)) {
                        m_displayName = m_xml.text();
                    } else {
                        m_xml.skipElement();
                    }
                }
            } else if (name("Account"_L1) && settings && !m_haveAccount) {
                m_haveAccount = true;
                parseAccount(result);
            } else {
                m_xml.skipElement();
            }
        }
    }

    void parseError(Result& result)
    {
        m_haveError = true;
        while (m_xml.nextChild()) {
            if (name("ErrorCode"_L1)) {
                result.errorCode = plainLine(m_xml.text(), 16);
            } else if (name("Message"_L1)) {
                result.message = plainLine(m_xml.text(), MaxMessageLength);
            } else {
                m_xml.skipElement(); // <DebugData> is for Exchange's administrators
            }
        }
    }

    void parseAccount(Result& result)
    {
        int protocols = 0;
        while (m_xml.nextChild()) {
            if (name("AccountType"_L1)) {
                m_accountType = m_xml.text();
            } else if (name("Action"_L1)) {
                m_action = m_xml.text();
            } else if (name("RedirectAddr"_L1)) {
                m_redirectAddress = m_xml.text();
            } else if (name("RedirectUrl"_L1)) {
                m_redirectUrl = m_xml.text();
            } else if (name("Error"_L1)) {
                parseError(result);
            } else if (name("Protocol"_L1) && ++protocols <= MaxProtocols) {
                parseProtocol(result, protocols);
            } else {
                m_xml.skipElement();
            }
        }
    }

    void parseProtocol(Result& result, int index)
    {
        ServerSettings server;
        server.authMethods = {AuthMethod::PasswordCleartext};
        server.username = u"%EMAILADDRESS%"_s; // without <LoginName>, Outlook and Thunderbird log in with the address
        QString type, ssl, encryption;
        bool haveServer = false, havePort = false;
        bool authRequired = true;
        while (m_xml.nextChild()) {
            const QString element = m_xml.name().toString();
            if (element == u"Type") {
                type = m_xml.text();
            } else if (element == u"Server") {
                server.hostname = m_xml.text();
                haveServer = true;
            } else if (element == u"Port") {
                const QString value = m_xml.text();
                bool ok = false;
                const int port = value.toInt(&ok);
                if (!ok || port < 1 || port > 65535) {
                    m_xml.fail(tr("<Protocol> number %1: <Port> must be a whole number from 1 to 65535, not “%2”.")
                                   .arg(index)
                                   .arg(value));
                }
                server.port = quint16(port);
                havePort = true;
            } else if (element == u"SSL") {
                ssl = m_xml.text();
            } else if (element == u"Encryption") {
                encryption = m_xml.text();
            } else if (element == u"LoginName") {
                server.username = m_xml.text();
            } else if (element == u"SPA") {
                // Secure Password Authentication: Outlook means NTLM; Thunderbird reads it as an encrypted
                // password (challenge-response), as our exporter writes it.
                server.authMethods = {onOff(element) ? AuthMethod::PasswordEncrypted : AuthMethod::PasswordCleartext};
            } else if (element == u"AuthRequired") {
                authRequired = onOff(element);
            } else {
                m_xml.skipElement(); // DomainRequired, UsePOPAuth, SMTPLast, TTL, Exchange's URLs
            }
        }
        const QString where = tr("<Protocol> number %1 (%2)").arg(index).arg(type);
        const std::optional<Protocol> protocol = type == u"IMAP"   ? std::optional(Protocol::Imap)
                                                 : type == u"POP3" ? std::optional(Protocol::Pop3)
                                                 : type == u"SMTP" ? std::optional(Protocol::Smtp)
                                                                   : std::nullopt;
        if (type.isEmpty()) {
            m_xml.fail(tr("<Protocol> number %1 has no <Type>.").arg(index));
        }
        if (!protocol) {
            if (!result.otherProtocols.contains(type)) {
                result.otherProtocols.append(plainLine(type, 32));
            }
            return;
        }
        server.protocol = *protocol;
        if (!haveServer) {
            m_xml.fail(tr("%1 has no <Server>.").arg(where));
        }
        if (!Hostname::isValid(server.hostname)) {
            m_xml.fail(tr("%1: the server name “%2” is not a host name.").arg(where, plainLine(server.hostname, 80)));
        }
        if (!havePort) {
            m_xml.fail(tr("%1 has no <Port>.").arg(where));
        }
        server.socketType = socketType(where, ssl, encryption, server.port);
        if (!authRequired) {
            server.authMethods = {AuthMethod::None};
        }
        (server.isIncoming() ? m_incoming : m_outgoing).append(server);
    }

    bool onOff(const QString& element)
    {
        const QString value = m_xml.text();
        if (value.compare(u"on"_s, Qt::CaseInsensitive) == 0) {
            return true;
        }
        if (value.compare(u"off"_s, Qt::CaseInsensitive) == 0) {
            return false;
        }
        m_xml.fail(tr("<%1> must be “on” or “off”, not “%2”.").arg(element, plainLine(value, 40)));
    }

    // <Encryption>, when present, overrides <SSL> ([MS-OXDSCLI]; export-formats.md): None is no
    // encryption, SSL implicit TLS, TLS STARTTLS. Without it, <SSL> on (its default) does not say
    // which; Microsoft documents no rule, Thunderbird decides by the port: 143, 110, 25 and 587 are
    // STARTTLS, any other implicit TLS. So port 587 with SSL on is STARTTLS in practice. Auto (the
    // client picks) is read by the same rule.
    SocketType socketType(const QString& where, const QString& ssl, const QString& encryption, quint16 port)
    {
        const auto is = [&](const char* word) {
            return encryption.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
        };
        if (!encryption.isEmpty() && !is("None") && !is("SSL") && !is("TLS") && !is("Auto")) {
            m_xml.fail(tr("%1: unknown <Encryption> “%2”; expected None, SSL, TLS or Auto.")
                           .arg(where, plainLine(encryption, 40)));
        }
        if (!ssl.isEmpty() && ssl.compare(u"on"_s, Qt::CaseInsensitive) != 0 &&
            ssl.compare(u"off"_s, Qt::CaseInsensitive) != 0) {
            m_xml.fail(tr("<%1> must be “on” or “off”, not “%2”.").arg(u"SSL"_s, plainLine(ssl, 40)));
        }
        if (is("None") || (encryption.isEmpty() && ssl.compare(u"off"_s, Qt::CaseInsensitive) == 0)) {
            return SocketType::Plain;
        }
        if (is("SSL")) {
            return SocketType::Ssl;
        }
        if (is("TLS")) {
            return SocketType::StartTls;
        }
        return (port == 143 || port == 110 || port == 25 || port == 587) ? SocketType::StartTls : SocketType::Ssl;
    }

    // What the response is, once it is read to the end.
    void decide(Result& result)
    {
        if (m_haveError) {
            result.kind = Kind::Error; // Outlook gets nothing from it, whatever else it holds
            return;
        }
        if (!m_haveAccount) {
            m_xml.fail(tr("<Response> has neither an <Account> in the namespace Outlook asks for nor an <Error>."));
        }
        if (!m_accountType.isEmpty() && m_accountType != u"email") {
            m_xml.fail(
                tr("<AccountType> is “%1”; Outlook sets up mail only from “email”.").arg(plainLine(m_accountType, 40)));
        }
        if (m_action == u"redirectAddr") {
            const EmailAddress address = EmailAddress::parse(m_redirectAddress);
            if (!address.isValid()) {
                m_xml.fail(tr("<Action> is redirectAddr, but <RedirectAddr> “%1” is not an email address.")
                               .arg(plainLine(m_redirectAddress, 80)));
            }
            result.kind = Kind::RedirectAddress;
            result.redirect = address.toString();
            return;
        }
        if (m_action == u"redirectUrl") {
            const QUrl url(m_redirectUrl, QUrl::StrictMode);
            if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty()) {
                m_xml.fail(
                    tr("<Action> is redirectUrl, but <RedirectUrl> “%1” is not an https:// address, so Outlook does "
                       "not follow it.")
                        .arg(plainLine(m_redirectUrl, 120)));
            }
            result.kind = Kind::RedirectUrl;
            result.redirect = url.toString();
            return;
        }
        if (!m_action.isEmpty() && m_action != u"settings") {
            m_xml.fail(tr("Unknown <Action> “%1”; expected settings, redirectAddr or redirectUrl.")
                           .arg(plainLine(m_action, 40)));
        }
        if (m_incoming.isEmpty() && m_outgoing.isEmpty()) {
            if (result.otherProtocols.isEmpty()) {
                m_xml.fail(tr("The answer describes no server."));
            }
            result.kind = Kind::ExchangeOnly;
            return;
        }
        if (m_incoming.isEmpty()) {
            m_xml.fail(tr("The answer describes no incoming (IMAP or POP3) server."));
        }
        if (m_outgoing.isEmpty()) {
            m_xml.fail(tr("The answer describes no outgoing (SMTP) server."));
        }
        Account account;
        account.realName = m_displayName;
        account.incoming = m_incoming;
        account.outgoing = m_outgoing;
        result.kind = Kind::Settings;
        result.account = account;
    }

    UntrustedXmlReader m_xml;
    QString m_displayName;
    QString m_accountType;
    QString m_action;
    QString m_redirectAddress;
    QString m_redirectUrl;
    QList<ServerSettings> m_incoming;
    QList<ServerSettings> m_outgoing;
    bool m_haveAccount = false;
    bool m_haveError = false;
};

QString AutodiscoverReader::Result::errorWithLocation() const
{
    if (line <= 0) {
        return error;
    }
    return tr("line %1, column %2: %3").arg(line).arg(column).arg(error);
}

AutodiscoverReader::Result AutodiscoverReader::read(const QByteArray& document)
{
    Result result;
    if (document.size() > MaxDocumentSize) {
        result.error = tr("The answer is larger than %1 KiB, more than an Autodiscover response needs.")
                           .arg(MaxDocumentSize / 1024);
        return result;
    }
    if (document.trimmed().isEmpty()) {
        result.error = tr("The answer is empty.");
        return result;
    }
    return Parser(document).run();
}

QByteArray AutodiscoverReader::request(const QString& address)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(u"Autodiscover"_s);
    xml.writeDefaultNamespace(RequestNamespace);
    xml.writeStartElement(u"Request"_s);
    xml.writeTextElement(u"EMailAddress"_s, address);
    xml.writeTextElement(u"AcceptableResponseSchema"_s, OutlookNamespace);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace Portpilot
