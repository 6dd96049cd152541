#include "AutoconfigWriter.h"

#include <QXmlStreamWriter>

namespace Portpilot {

namespace {

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

void writeLocalized(QXmlStreamWriter& xml, const QString& element, const QList<LocalizedText>& texts)
{
    for (const LocalizedText& t : texts) {
        xml.writeStartElement(element);
        if (!t.lang.isEmpty()) {
            xml.writeAttribute(QStringLiteral("lang"), t.lang);
        }
        xml.writeCharacters(t.text);
        xml.writeEndElement();
    }
}

void writeServer(QXmlStreamWriter& xml, const ServerSettings& server, const AutoconfigWriter::Options& options)
{
    xml.writeStartElement(server.isIncoming() ? QStringLiteral("incomingServer") : QStringLiteral("outgoingServer"));
    xml.writeAttribute(QStringLiteral("type"), protocolName(server.protocol));
    if (options.includeDiscoveryAttributes) {
        if (server.source != ConfigSource::Unknown) {
            xml.writeAttribute(QStringLiteral("source"), configSourceName(server.source));
        }
        if (!server.approvalNeeded.isEmpty()) {
            xml.writeAttribute(QStringLiteral("approvalNeeded"), server.approvalNeeded);
        }
        if (server.certificateProblem) {
            xml.writeAttribute(QStringLiteral("certificateProblem"), QStringLiteral("true"));
        }
    }
    xml.writeTextElement(QStringLiteral("hostname"), server.hostname);
    xml.writeTextElement(QStringLiteral("port"), QString::number(server.port));
    xml.writeTextElement(QStringLiteral("socketType"), socketTypeName(server.socketType));
    xml.writeTextElement(QStringLiteral("username"), server.username);
    if (options.includePassword && !server.password.isEmpty()) {
        xml.writeTextElement(QStringLiteral("password"), server.password);
    }
    for (AuthMethod method : server.authMethods) {
        xml.writeTextElement(QStringLiteral("authentication"), authMethodName(method));
    }
    if (server.protocol == Protocol::Pop3) {
        xml.writeStartElement(QStringLiteral("pop3"));
        xml.writeTextElement(QStringLiteral("leaveMessagesOnServer"), boolText(server.leaveMessagesOnServer));
        if (server.daysToLeaveMessagesOnServer >= 0) {
            xml.writeTextElement(QStringLiteral("daysToLeaveMessagesOnServer"),
                                 QString::number(server.daysToLeaveMessagesOnServer));
        }
        xml.writeTextElement(QStringLiteral("downloadOnBiff"), boolText(server.downloadOnBiff));
        if (server.checkIntervalMinutes > 0) {
            xml.writeEmptyElement(QStringLiteral("checkInterval"));
            xml.writeAttribute(QStringLiteral("minutes"), QString::number(server.checkIntervalMinutes));
        }
        xml.writeEndElement();
    }
    if (!server.isIncoming()) {
        if (!server.restriction.isEmpty()) {
            xml.writeTextElement(QStringLiteral("restriction"), server.restriction);
        }
        if (server.addThisServer >= 0) {
            xml.writeTextElement(QStringLiteral("addThisServer"), boolText(server.addThisServer == 1));
        }
        if (server.useGlobalPreferredServer >= 0) {
            xml.writeTextElement(QStringLiteral("useGlobalPreferredServer"),
                                 boolText(server.useGlobalPreferredServer == 1));
        }
    }
    xml.writeEndElement();
}

} // namespace

QByteArray AutoconfigWriter::write(const Account& account)
{
    return write(account, Options());
}

QByteArray AutoconfigWriter::write(const Account& account, const Options& options)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("clientConfig"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));

    const ProviderInfo& provider = account.provider;
    xml.writeStartElement(QStringLiteral("emailProvider"));
    xml.writeAttribute(QStringLiteral("id"), provider.id);
    for (const QString& domain : provider.domains) {
        xml.writeTextElement(QStringLiteral("domain"), domain);
    }
    xml.writeTextElement(QStringLiteral("displayName"), provider.displayName);
    if (!provider.displayShortName.isEmpty()) {
        xml.writeTextElement(QStringLiteral("displayShortName"), provider.displayShortName);
    }
    for (const ServerSettings& server : account.incoming) {
        writeServer(xml, server, options);
    }
    for (const ServerSettings& server : account.outgoing) {
        writeServer(xml, server, options);
    }
    for (const ProviderDocumentation& doc : provider.documentation) {
        xml.writeStartElement(QStringLiteral("documentation"));
        xml.writeAttribute(QStringLiteral("url"), doc.url);
        writeLocalized(xml, QStringLiteral("descr"), doc.descriptions);
        xml.writeEndElement();
    }
    for (const ProviderEnableInstructions& enable : provider.enable) {
        xml.writeStartElement(QStringLiteral("enable"));
        xml.writeAttribute(QStringLiteral("visiturl"), enable.visitUrl);
        writeLocalized(xml, QStringLiteral("instruction"), enable.instructions);
        xml.writeEndElement();
    }
    for (const InputField& field : provider.inputFields) {
        xml.writeStartElement(QStringLiteral("inputField"));
        xml.writeAttribute(QStringLiteral("key"), field.key);
        xml.writeAttribute(QStringLiteral("label"), field.label);
        xml.writeCharacters(field.value);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // emailProvider

    if (!provider.oauth2.isEmpty()) {
        xml.writeStartElement(QStringLiteral("oAuth2"));
        xml.writeTextElement(QStringLiteral("issuer"), provider.oauth2.issuer);
        xml.writeTextElement(QStringLiteral("scope"), provider.oauth2.scope);
        xml.writeTextElement(QStringLiteral("authURL"), provider.oauth2.authUrl);
        xml.writeTextElement(QStringLiteral("tokenURL"), provider.oauth2.tokenUrl);
        if (!provider.oauth2.clientId.isEmpty()) {
            xml.writeTextElement(QStringLiteral("clientID"), provider.oauth2.clientId);
        }
        xml.writeEndElement();
    }
    if (!provider.webmailUrl.isEmpty()) {
        xml.writeStartElement(QStringLiteral("webMail"));
        xml.writeEmptyElement(QStringLiteral("loginPage"));
        xml.writeAttribute(QStringLiteral("url"), provider.webmailUrl);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // clientConfig
    xml.writeEndDocument();
    return out;
}

} // namespace Portpilot
