#include "AutoconfigExporter.h"

#include "AutoconfigWriter.h"
#include "Hostname.h"

namespace Portpilot {

namespace {

// The placeholder a user name was made from, so the published file fits every user.
QString templateFor(const QString& username, const EmailAddress& address)
{
    if (username == address.toString() || username == address.toAce()) {
        return QStringLiteral("%EMAILADDRESS%");
    }
    if (username == address.localPart()) {
        return QStringLiteral("%EMAILLOCALPART%");
    }
    return username;
}

} // namespace

QString AutoconfigExporter::name() const
{
    return QStringLiteral("autoconfig");
}

QString AutoconfigExporter::description() const
{
    return tr("Mozilla autoconfig file (config-v1.1.xml) to publish at autoconfig.DOMAIN");
}

QString AutoconfigExporter::defaultFileName(const Account&) const
{
    return QStringLiteral("config-v1.1.xml");
}

QString AutoconfigExporter::mimeType() const
{
    return QStringLiteral("text/xml");
}

void AutoconfigExporter::write(const Context& context, Result& result) const
{
    Account account;
    account.provider = context.account.provider;
    const QString domain = context.address.domainAce();
    if (account.provider.id.isEmpty()) {
        account.provider.id = domain;
    }
    if (!account.provider.domains.contains(domain)) {
        account.provider.domains.prepend(domain);
    }
    if (account.provider.displayName.isEmpty()) {
        account.provider.displayName = context.address.domain();
    }
    // A file for every user of the domain: no per-user input, no placeholders of a person.
    account.provider.inputFields.clear();
    for (const QString& text : {account.provider.displayName, account.provider.displayShortName}) {
        if (hasControlCharacter(text)) {
            refuse(result, Field::ProviderName, text, tr("it contains a line break or another control character."));
            return;
        }
    }
    for (ServerSettings server : {context.incoming, context.outgoing}) {
        server.hostname = Hostname::toAce(server.hostname);
        server.username = templateFor(server.username, context.address);
        server.password.clear();
        server.source = ConfigSource::Unknown;
        server.approvalNeeded.clear();
        server.certificateProblem = false;
        (server.isIncoming() ? account.incoming : account.outgoing).append(server);
    }
    AutoconfigWriter::Options options;
    options.includePassword = false;
    options.includeDiscoveryAttributes = false;
    addFile(result, context, AutoconfigWriter::write(account, options));
    if (context.options.includePassword) {
        result.notes.append(tr("An autoconfig file is published for everyone; no password was written."));
    }
}

} // namespace Portpilot
