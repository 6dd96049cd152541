#include "AutoconfigReader.h"

#include "Hostname.h"
#include "UntrustedXmlReader.h"

#include <QFile>
#include <QFileInfo>

namespace Portpilot {

namespace {

// AutoconfigReader's sentences for UntrustedXmlReader.
QString words(UntrustedXmlReader::Problem problem)
{
    using Problem = UntrustedXmlReader::Problem;
    switch (problem) {
    case Problem::Dtd:
        return AutoconfigReader::tr(
            "The file contains a document type declaration (DTD); autoconfig files must not have one.");
    case Problem::Entity:
        return AutoconfigReader::tr("The file uses the entity “&%1;”, which is not allowed.");
    case Problem::Encoding:
        return AutoconfigReader::tr("The file declares the character encoding “%1”; autoconfig files are UTF-8.");
    case Problem::Truncated:
        return AutoconfigReader::tr("The file ends before the XML document is complete.");
    case Problem::Malformed:
        return AutoconfigReader::tr("The file is not well-formed XML: %1");
    case Problem::TooLong:
        return AutoconfigReader::tr("The element <%1> is longer than %2 characters.");
    }
    return {};
}

} // namespace

class AutoconfigReader::Parser
{
public:
    explicit Parser(const QByteArray& data)
        : m_xml(data, words)
    {}

    Result run()
    {
        Result result;
        try {
            result.account = parseDocument();
        } catch (const UntrustedXmlReader::Error& e) {
            result.account.reset();
            result.error = e.message;
            result.line = e.line;
            result.column = e.column;
        }
        result.warnings = m_warnings;
        return result;
    }

private:
    QString attribute(QLatin1String name) const { return m_xml.attributes().value(name).toString().trimmed(); }

    bool boolean(const QString& element)
    {
        const QString value = m_xml.text();
        if (value == QLatin1String("true")) {
            return true;
        }
        if (value == QLatin1String("false")) {
            return false;
        }
        m_xml.fail(tr("<%1> must be “true” or “false”, not “%2”.").arg(element, value));
    }

    int integer(const QString& element, int min, int max)
    {
        const QString value = m_xml.text();
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < min || n > max) {
            m_xml.fail(
                tr("<%1> must be a whole number from %2 to %3, not “%4”.").arg(element).arg(min).arg(max).arg(value));
        }
        return n;
    }

    Account parseDocument()
    {
        while (!m_xml.atEnd()) {
            const auto token = m_xml.next();
            if (token == QXmlStreamReader::StartElement) {
                break;
            }
        }
        if (m_xml.tokenType() != QXmlStreamReader::StartElement) {
            m_xml.fail(tr("The file is empty or holds no XML element."));
        }
        if (m_xml.name() != QLatin1String("clientConfig")) {
            m_xml.fail(
                tr("The root element is <%1>, but an autoconfig file starts with <clientConfig>.").arg(m_xml.name()));
        }

        Account account;
        account.source = ConfigSource::File;
        bool haveProvider = false;
        while (m_xml.nextChild()) {
            const auto name = m_xml.name();
            if (name == QLatin1String("emailProvider") && !haveProvider) {
                parseProvider(account);
                haveProvider = true;
            } else if (name == QLatin1String("oAuth2")) {
                parseOAuth2(account.provider.oauth2);
            } else if (name == QLatin1String("webMail")) {
                parseWebmail(account.provider);
            } else {
                m_xml.skipElement(); // unknown or repeated: ignored, as the format requires
            }
        }
        // Read to the end so that trailing garbage is still reported.
        while (!m_xml.atEnd()) {
            m_xml.next();
        }
        if (!haveProvider) {
            m_xml.fail(tr("The file has no <emailProvider> element."));
        }
        return account;
    }

    void parseProvider(Account& account)
    {
        ProviderInfo& provider = account.provider;
        provider.id = attribute(QLatin1String("id"));
        int incomingIndex = 0;
        int outgoingIndex = 0;
        while (m_xml.nextChild()) {
            const auto name = m_xml.name();
            if (name == QLatin1String("domain")) {
                const QString domain = m_xml.text();
                if (Hostname::isValid(domain, true)) {
                    provider.domains.append(domain);
                } else {
                    m_warnings.append(tr("Ignored the invalid domain “%1”.").arg(domain));
                }
            } else if (name == QLatin1String("displayName")) {
                provider.displayName = m_xml.text();
            } else if (name == QLatin1String("displayShortName")) {
                provider.displayShortName = m_xml.text();
            } else if (name == QLatin1String("incomingServer")) {
                ++incomingIndex;
                if (auto server = parseServer(true, incomingIndex)) {
                    account.incoming.append(*server);
                }
            } else if (name == QLatin1String("outgoingServer")) {
                ++outgoingIndex;
                if (auto server = parseServer(false, outgoingIndex)) {
                    account.outgoing.append(*server);
                }
            } else if (name == QLatin1String("documentation")) {
                ProviderDocumentation doc;
                doc.url = attribute(QLatin1String("url"));
                doc.descriptions = localizedChildren(QLatin1String("descr"));
                provider.documentation.append(doc);
            } else if (name == QLatin1String("enable")) {
                ProviderEnableInstructions enable;
                enable.visitUrl = attribute(QLatin1String("visiturl"));
                enable.instructions = localizedChildren(QLatin1String("instruction"));
                provider.enable.append(enable);
            } else if (name == QLatin1String("inputField")) {
                InputField field;
                field.key = attribute(QLatin1String("key"));
                field.label = attribute(QLatin1String("label"));
                field.value = m_xml.text();
                provider.inputFields.append(field);
            } else {
                m_xml.skipElement();
            }
        }
        if (provider.domains.isEmpty()) {
            m_xml.fail(tr("<emailProvider> names no valid <domain>."));
        }
        // A side without a server leaves nothing to set up there: bad input for the command line, no answer
        // for discovery.
        if (account.incoming.isEmpty() && account.outgoing.isEmpty()) {
            m_xml.fail(tr("The file describes no IMAP, POP3 or SMTP server that Portpilot can use."));
        }
        if (account.incoming.isEmpty()) {
            m_xml.fail(tr("The file describes no incoming (IMAP or POP3) server that Portpilot can use."));
        }
        if (account.outgoing.isEmpty()) {
            m_xml.fail(tr("The file describes no outgoing (SMTP) server that Portpilot can use."));
        }
    }

    QList<LocalizedText> localizedChildren(QLatin1String childName)
    {
        QList<LocalizedText> out;
        while (m_xml.nextChild()) {
            if (m_xml.name() == childName) {
                LocalizedText t;
                t.lang = attribute(QLatin1String("lang"));
                t.text = m_xml.text();
                out.append(t);
            } else {
                m_xml.skipElement();
            }
        }
        return out;
    }

    void parseOAuth2(OAuth2Settings& oauth)
    {
        while (m_xml.nextChild()) {
            const auto name = m_xml.name();
            if (name == QLatin1String("issuer")) {
                oauth.issuer = m_xml.text();
            } else if (name == QLatin1String("scope")) {
                oauth.scope = m_xml.text();
            } else if (name == QLatin1String("authURL")) {
                oauth.authUrl = m_xml.text();
            } else if (name == QLatin1String("tokenURL")) {
                oauth.tokenUrl = m_xml.text();
            } else if (name == QLatin1String("clientID")) {
                oauth.clientId = m_xml.text();
            } else {
                m_xml.skipElement();
            }
        }
    }

    void parseWebmail(ProviderInfo& provider)
    {
        while (m_xml.nextChild()) {
            if (m_xml.name() == QLatin1String("loginPage") && provider.webmailUrl.isEmpty()) {
                provider.webmailUrl = attribute(QLatin1String("url"));
            }
            m_xml.skipElement();
        }
    }

    std::optional<ServerSettings> parseServer(bool incoming, int index)
    {
        const QString element = m_xml.name().toString();
        const QString type = attribute(QLatin1String("type"));
        const auto protocol = protocolFromName(type);
        const bool supported = protocol && (incoming ? *protocol != Protocol::Smtp : *protocol == Protocol::Smtp);
        if (type.isEmpty()) {
            m_xml.fail(tr("<%1> number %2 has no type attribute.").arg(element).arg(index));
        }
        if (!supported) {
            // Exchange, EWS, Graph and NNTP servers are valid in the format but not ours to set up.
            m_warnings.append(tr("Skipped <%1> number %2 of type “%3”, which Portpilot does not set up.")
                                  .arg(element)
                                  .arg(index)
                                  .arg(type));
            m_xml.skipElement();
            return std::nullopt;
        }

        ServerSettings server;
        server.protocol = *protocol;
        server.authMethods.clear();
        const QString where = tr("<%1> number %2 (%3)").arg(element).arg(index).arg(type);

        const QString approval = attribute(QLatin1String("approvalNeeded"));
        if (!approval.isEmpty()) {
            if (!Hostname::isValid(approval)) {
                m_xml.fail(tr("%1: approvalNeeded “%2” is not a domain.").arg(where, approval));
            }
            server.approvalNeeded = approval;
        }
        server.certificateProblem = attribute(QLatin1String("certificateProblem")) == QLatin1String("true");
        if (const QString source = attribute(QLatin1String("source")); !source.isEmpty()) {
            server.source = configSourceFromName(source).value_or(ConfigSource::Unknown);
        }

        bool haveHost = false, havePort = false, haveSocket = false, haveUser = false;
        QStringList unknownSockets, unknownAuth;
        while (m_xml.nextChild()) {
            const QString name = m_xml.name().toString();
            if (name == QLatin1String("hostname")) {
                server.hostname = m_xml.text();
                haveHost = true;
                if (!Hostname::isValid(server.hostname, true)) {
                    m_xml.fail(tr("%1: the host name “%2” contains characters that no host name has.")
                                   .arg(where, server.hostname));
                }
            } else if (name == QLatin1String("port")) {
                server.port = static_cast<quint16>(integer(name, 1, 65535));
                havePort = true;
            } else if (name == QLatin1String("socketType")) {
                const QString value = m_xml.text();
                const auto socketType = socketTypeFromName(value);
                if (socketType && !haveSocket) {
                    server.socketType = *socketType;
                    haveSocket = true;
                } else if (!socketType) {
                    unknownSockets.append(value);
                }
            } else if (name == QLatin1String("authentication")) {
                const QString value = m_xml.text();
                const auto method = authMethodFromName(value);
                if (method && (!incoming || authMethodAllowedForIncoming(*method))) {
                    if (!server.authMethods.contains(*method)) {
                        server.authMethods.append(*method);
                    }
                } else {
                    unknownAuth.append(value);
                }
            } else if (name == QLatin1String("username")) {
                server.username = m_xml.text();
                haveUser = true;
            } else if (name == QLatin1String("password")) {
                server.password = m_xml.text();
            } else if (name == QLatin1String("pop3") && server.protocol == Protocol::Pop3) {
                // POP3's own settings; on an IMAP server's entry they mean nothing (as for Thunderbird).
                parsePop3(server);
            } else if (name == QLatin1String("restriction") && !incoming) {
                server.restriction = m_xml.text();
            } else if (name == QLatin1String("useGlobalPreferredServer") && !incoming) {
                server.useGlobalPreferredServer = boolean(name) ? 1 : 0;
            } else if (name == QLatin1String("addThisServer") && !incoming) {
                server.addThisServer = boolean(name) ? 1 : 0;
            } else {
                m_xml.skipElement();
            }
        }

        auto missing = [&](const char* child) { m_xml.fail(tr("%1 has no <%2>.").arg(where, QLatin1String(child))); };
        if (!haveHost) {
            missing("hostname");
        }
        if (!havePort) {
            missing("port");
        }
        if (!haveSocket) {
            if (!unknownSockets.isEmpty()) {
                m_xml.fail(tr("%1: unknown socketType “%2”; expected SSL, STARTTLS or plain.")
                               .arg(where, unknownSockets.first()));
            }
            missing("socketType");
        }
        if (server.authMethods.isEmpty()) {
            if (!unknownAuth.isEmpty()) {
                m_xml.fail(tr("%1: unknown authentication “%2”.").arg(where, unknownAuth.first()));
            }
            missing("authentication");
        }
        if (!unknownAuth.isEmpty()) {
            m_warnings.append(
                tr("%1: ignored the authentication “%2”.").arg(where, unknownAuth.join(QLatin1String(", "))));
        }
        // Outgoing servers without <username> exist in the wild (they mean "same as incoming").
        if (!haveUser && incoming) {
            missing("username");
        }
        return server;
    }

    void parsePop3(ServerSettings& server)
    {
        while (m_xml.nextChild()) {
            const QString name = m_xml.name().toString();
            if (name == QLatin1String("leaveMessagesOnServer")) {
                server.leaveMessagesOnServer = boolean(name);
            } else if (name == QLatin1String("daysToLeaveMessagesOnServer")) {
                server.daysToLeaveMessagesOnServer = integer(name, 0, 36500);
            } else if (name == QLatin1String("downloadOnBiff")) {
                server.downloadOnBiff = boolean(name);
            } else if (name == QLatin1String("checkInterval")) {
                const QString minutes = attribute(QLatin1String("minutes"));
                bool ok = false;
                const int n = minutes.toInt(&ok);
                if (!ok || n < 1 || n > 100000) {
                    m_xml.fail(
                        tr("<checkInterval> needs a minutes attribute from 1 to 100000, not “%1”.").arg(minutes));
                }
                server.checkIntervalMinutes = n;
                m_xml.skipElement();
            } else {
                m_xml.skipElement();
            }
        }
    }

    UntrustedXmlReader m_xml;
    QStringList m_warnings;
};

QString AutoconfigReader::Result::errorWithLocation() const
{
    if (line <= 0) {
        return error;
    }
    return tr("line %1, column %2: %3").arg(line).arg(column).arg(error);
}

AutoconfigReader::Result AutoconfigReader::read(const QByteArray& document)
{
    if (document.size() > MaxDocumentSize) {
        Result result;
        result.error =
            tr("The file is larger than %1 KiB, the most an autoconfig file may be.").arg(MaxDocumentSize / 1024);
        return result;
    }
    if (document.trimmed().isEmpty()) {
        Result result;
        result.error = tr("The file is empty.");
        return result;
    }
    return Parser(document).run();
}

AutoconfigReader::Result AutoconfigReader::readFile(const QString& path)
{
    Result result;
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        result.error = tr("“%1” is a folder, not a file.").arg(path);
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot open “%1”: %2").arg(path, file.errorString());
        return result;
    }
    // Read one byte past the limit so that a larger file (or an endless stream) is refused.
    const QByteArray data = file.read(MaxDocumentSize + 1);
    return read(data);
}

} // namespace Portpilot
