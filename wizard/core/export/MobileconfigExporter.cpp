#include "MobileconfigExporter.h"

#include "Hostname.h"

#include <QUuid>
#include <QVariant>
#include <QXmlStreamWriter>

#include <map>

namespace Portpilot {

namespace {

using Dict = std::map<QString, QVariant>; // sorted keys, as Apple's tools write them

void writeValue(QXmlStreamWriter& xml, const QVariant& value);

void writeDict(QXmlStreamWriter& xml, const Dict& dict)
{
    xml.writeStartElement(QStringLiteral("dict"));
    for (const auto& [key, value] : dict) {
        xml.writeTextElement(QStringLiteral("key"), key);
        writeValue(xml, value);
    }
    xml.writeEndElement();
}

void writeValue(QXmlStreamWriter& xml, const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        xml.writeEmptyElement(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        break;
    case QMetaType::Int:
        xml.writeTextElement(QStringLiteral("integer"), QString::number(value.toInt()));
        break;
    default:
        xml.writeTextElement(QStringLiteral("string"), value.toString());
        break;
    }
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

} // namespace

QString MobileconfigExporter::name() const
{
    return QStringLiteral("mobileconfig");
}

QString MobileconfigExporter::description() const
{
    return tr("Apple configuration profile for Mail on iPhone, iPad and Mac");
}

QString MobileconfigExporter::defaultFileName(const Account& account) const
{
    return tokenFor(account.emailAddress) + QStringLiteral(".mobileconfig");
}

QString MobileconfigExporter::mimeType() const
{
    return QStringLiteral("application/x-apple-aspen-config");
}

QString MobileconfigExporter::whyNoOAuth2() const
{
    return tr("an Apple mail profile has no OAuth2 setting (only password, CRAM-MD5, NTLM and HTTP-MD5 logins), "
              "so the device could not sign in.");
}

void MobileconfigExporter::write(const Context& context, Result& result) const
{
    const QString address = context.address.toAce();
    Dict mail;
    mail[QStringLiteral("EmailAccountDescription")] = context.address.toString();
    if (!context.account.realName.isEmpty()) {
        mail[QStringLiteral("EmailAccountName")] = context.account.realName;
    }
    mail[QStringLiteral("EmailAccountType")] =
        context.incoming.protocol == Protocol::Pop3 ? QStringLiteral("EmailTypePOP") : QStringLiteral("EmailTypeIMAP");
    mail[QStringLiteral("EmailAddress")] = address;

    for (const ServerSettings* server : {&context.incoming, &context.outgoing}) {
        const QString prefix = server->isIncoming() ? QStringLiteral("Incoming") : QStringLiteral("Outgoing");
        const auto auth = authWord(result, *server,
                                   {{AuthMethod::PasswordCleartext, "EmailAuthPassword"},
                                    {AuthMethod::PasswordEncrypted, "EmailAuthCRAMMD5"},
                                    {AuthMethod::Ntlm, "EmailAuthNTLM"},
                                    {AuthMethod::None, "EmailAuthNone"},
                                    {AuthMethod::ClientIpAddress, "EmailAuthNone"}});
        if (!auth) {
            return;
        }
        // One boolean for TLS: Apple Mail picks implicit TLS or STARTTLS by the port, so only
        // the standard ports say what we mean.
        const bool implicitPort = server->port == standardPort(server->protocol, SocketType::Ssl);
        const bool startTlsPort = server->port == standardPort(server->protocol, SocketType::StartTls);
        if (server->socketType == SocketType::Ssl && !implicitPort) {
            refuseSetting(result, *server,
                          tr("Apple profiles have no STARTTLS/TLS switch, so implicit TLS works only on port %1.")
                              .arg(standardPort(server->protocol, SocketType::Ssl)));
            return;
        }
        if (server->socketType == SocketType::StartTls) {
            if (!startTlsPort) {
                refuseSetting(result, *server,
                              tr("Apple profiles have no STARTTLS/TLS switch, so STARTTLS works only on port %1.")
                                  .arg(standardPort(server->protocol, SocketType::StartTls)));
                return;
            }
            result.notes.append(tr("Apple profiles cannot say “STARTTLS”: Mail will use STARTTLS for %1 because "
                                   "that is what port %2 means.")
                                    .arg(server->summary())
                                    .arg(server->port));
        }
        if (server->socketType == SocketType::Plain) {
            result.notes.append(tr("%1 is written without encryption: Mail will send the password unprotected.")
                                    .arg(server->summary()));
        }
        mail[prefix + QStringLiteral("MailServerHostName")] = Hostname::toAce(server->hostname);
        mail[prefix + QStringLiteral("MailServerPortNumber")] = int(server->port);
        mail[prefix + QStringLiteral("MailServerUseSSL")] = server->socketType != SocketType::Plain;
        mail[prefix + QStringLiteral("MailServerAuthentication")] = *auth;
        if (authMethodNeedsPassword(server->preferredAuth())) {
            mail[prefix + QStringLiteral("MailServerUsername")] = server->username;
        }
    }
    mail[QStringLiteral("OutgoingPasswordSameAsIncomingPassword")] =
        context.incoming.username == context.outgoing.username;
    // Reverse-DNS style and stable per account, so installing a new export replaces the old profile.
    QString identifier = QStringLiteral("is.portpilot.") + tokenFor(address);
    identifier.replace(u'@', u'.').replace(u'+', u'-').replace(u'_', u'-');
    mail[QStringLiteral("PayloadDisplayName")] = tr("Mail (%1)").arg(context.address.toString());
    mail[QStringLiteral("PayloadIdentifier")] = identifier + QStringLiteral(".mail");
    mail[QStringLiteral("PayloadType")] = QStringLiteral("com.apple.mail.managed");
    mail[QStringLiteral("PayloadUUID")] = uuid();
    mail[QStringLiteral("PayloadVersion")] = 1;

    if (context.incoming.protocol == Protocol::Pop3) {
        result.notes.append(tr("Apple profiles cannot say whether to leave messages on the POP3 server; "
                               "Mail's own setting applies."));
    }
    if (context.options.includePassword) {
        result.notes.append(tr("Apple profiles carry passwords only when encrypted for one device; none was "
                               "written, Mail asks for it."));
    }

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"));
    xml.writeStartElement(QStringLiteral("plist"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    xml.writeStartElement(QStringLiteral("dict"));
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("PayloadContent"));
    xml.writeStartElement(QStringLiteral("array"));
    writeDict(xml, mail);
    xml.writeEndElement();
    Dict top;
    top[QStringLiteral("PayloadDescription")] = tr("Sets up the mail account %1").arg(context.address.toString());
    top[QStringLiteral("PayloadDisplayName")] = context.address.toString();
    top[QStringLiteral("PayloadIdentifier")] = identifier;
    top[QStringLiteral("PayloadOrganization")] = context.address.domain();
    top[QStringLiteral("PayloadRemovalDisallowed")] = false;
    top[QStringLiteral("PayloadType")] = QStringLiteral("Configuration");
    top[QStringLiteral("PayloadUUID")] = uuid();
    top[QStringLiteral("PayloadVersion")] = 1;
    for (const auto& [key, value] : top) {
        xml.writeTextElement(QStringLiteral("key"), key);
        writeValue(xml, value);
    }
    xml.writeEndElement(); // dict
    xml.writeEndElement(); // plist
    xml.writeEndDocument();
    addFile(result, context, out);
}

} // namespace Portpilot
