#include "Exporter.h"

#include "Hostname.h"
#include "KeychainCommand.h"

namespace Portpilot {

QString Exporter::fieldLabel(Field field)
{
    switch (field) {
    case Field::DisplayName:
        //: The person's name shown to recipients, a field of the exported account.
        return tr("display name");
    case Field::EmailAddress:
        return tr("email address");
    case Field::IncomingUsername:
        return tr("user name of the incoming server");
    case Field::OutgoingUsername:
        return tr("user name of the outgoing server");
    case Field::IncomingHostname:
        return tr("host name of the incoming server");
    case Field::OutgoingHostname:
        return tr("host name of the outgoing server");
    case Field::Password:
        return tr("password");
    case Field::ProviderName:
        return tr("provider name");
    }
    return {};
}

bool Exporter::hasControlCharacter(const QString& text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            return true;
        }
    }
    return false;
}

void Exporter::refuse(Result& result, Field field, const QString& value, const QString& reason) const
{
    result.files.clear();
    //: %1 is an export format such as “msmtp”, %2 a field such as “display name”, %3 its value, %4 the reason.
    result.error = tr("The %1 format cannot carry the %2 “%3”: %4").arg(name(), fieldLabel(field), value, reason);
}

void Exporter::refuseSetting(Result& result, const ServerSettings& server, const QString& what) const
{
    result.files.clear();
    //: %1 is an export format, %2 a server such as “imap.example.com:993 (imap, SSL)”, %3 what it cannot express.
    result.error = tr("The %1 format cannot express the setting of %2: %3").arg(name(), server.summary(), what);
}

namespace {

template <typename Entry>
const Entry* entryFor(AuthMethod method, std::initializer_list<Entry> table)
{
    for (const Entry& entry : table) {
        if (entry.method == method) {
            return &entry;
        }
    }
    return nullptr;
}

} // namespace

std::optional<QString> Exporter::authWord(Result& result, const ServerSettings& server,
                                          std::initializer_list<AuthWord> words) const
{
    if (const AuthWord* entry = entryFor(server.preferredAuth(), words)) {
        return QString::fromLatin1(entry->word);
    }
    refuseAuth(result, server);
    return std::nullopt;
}

std::optional<int> Exporter::authNumber(Result& result, const ServerSettings& server,
                                        std::initializer_list<AuthNumber> numbers) const
{
    if (const AuthNumber* entry = entryFor(server.preferredAuth(), numbers)) {
        return entry->number;
    }
    refuseAuth(result, server);
    return std::nullopt;
}

void Exporter::refuseAuth(Result& result, const ServerSettings& server) const
{
    if (server.preferredAuth() == AuthMethod::OAuth2) {
        if (const QString why = whyNoOAuth2(); !why.isEmpty()) {
            refuseSetting(result, server, why);
            return;
        }
    }
    //: %1 an authentication method such as “password-encrypted”.
    refuseSetting(result, server,
                  tr("the client has no authentication “%1” for this server.").arg(authLabel(server.preferredAuth())));
}

const char* Exporter::oauth2Mechanism(const Context& context, const ServerSettings& server)
{
    const QString host = Hostname::toAce(server.hostname).toLower();
    const OAuth2Settings& oauth2 = context.account.provider.oauth2;
    const bool microsoft = host.endsWith(QLatin1String(".office365.com")) ||
                           host.endsWith(QLatin1String(".outlook.com")) ||
                           oauth2.issuer.contains(QLatin1String("login.microsoftonline.com")) ||
                           oauth2.tokenUrl.contains(QLatin1String("login.microsoftonline.com"));
    return microsoft ? "xoauth2" : "oauthbearer";
}

void Exporter::addFile(Result& result, const Context& context, const QByteArray& data) const
{
    result.files.append({defaultFileName(context.account), data});
}

QString Exporter::tokenFor(const QString& text)
{
    QString out;
    for (QChar c : text) {
        const bool ok = (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'-' || c == u'.' || c == u'_' ||
                        c == u'@' || c == u'+';
        out += ok ? c : QChar(u'_');
    }
    return out.isEmpty() ? QStringLiteral("account") : out;
}

Exporter::Result Exporter::exportAccount(const Account& account) const
{
    return exportAccount(account, Options());
}

Exporter::Result Exporter::exportAccount(const Account& account, const Options& options) const
{
    Result result;
    Context context;
    context.account = account;
    context.options = options;

    QString error;
    context.address = EmailAddress::parse(account.emailAddress, &error);
    if (!context.address.isValid()) {
        result.error = tr("Cannot export: %1").arg(error);
        return result;
    }
    const ServerSettings* incoming = account.preferredIncoming();
    const ServerSettings* outgoing = account.preferredOutgoing();
    if (!incoming) {
        result.error = tr("Cannot export: the account has no incoming server.");
        return result;
    }
    if (!outgoing && needsOutgoing()) {
        result.error = tr("Cannot export: the account has no outgoing server.");
        return result;
    }
    context.incoming = *incoming;
    if (outgoing) {
        context.outgoing = *outgoing;
    }

    struct Check
    {
        ServerSettings* server;
        Field host;
        Field user;
    };
    QList<Check> checks{{&context.incoming, Field::IncomingHostname, Field::IncomingUsername}};
    if (outgoing) {
        checks.append({&context.outgoing, Field::OutgoingHostname, Field::OutgoingUsername});
    }
    for (const Check& check : checks) {
        ServerSettings& server = *check.server;
        if (!Hostname::isValid(server.hostname)) {
            refuse(result, check.host, server.hostname,
                   tr("it is not a valid host name (are the placeholders filled in?)."));
            return result;
        }
        if (server.port == 0) {
            refuseSetting(result, server, tr("port 0 is not a port."));
            return result;
        }
        if (server.username.isEmpty() &&
            (authMethodNeedsPassword(server.preferredAuth()) || server.preferredAuth() == AuthMethod::OAuth2)) {
            // "Leave open" in the model; the address is what nearly every provider expects.
            server.username = context.address.toString();
            result.notes.append(tr("No user name was set for %1; the export uses the email address “%2”.")
                                    .arg(server.summary(), server.username));
        }
    }

    if (!carriesLineBreaks()) {
        const QList<std::pair<Field, QString>> texts{
            {Field::DisplayName, account.realName},
            {Field::EmailAddress, account.emailAddress},
            {Field::IncomingUsername, context.incoming.username},
            {Field::OutgoingUsername, context.outgoing.username},
            {Field::Password,
             options.includePassword ? options.incomingPassword + options.outgoingPassword : QString()},
        };
        for (const auto& [field, text] : texts) {
            if (hasControlCharacter(text)) {
                // Never echo a password, even in an error.
                const QString shown = field == Field::Password ? QStringLiteral("…") : text;
                refuse(result, field, shown, tr("it contains a line break or another control character."));
                return result;
            }
        }
    }

    context.incomingKey = KeychainCommand::keyFor(context.address.toString(), context.incoming);
    if (outgoing) {
        context.outgoingKey = KeychainCommand::keyFor(context.address.toString(), context.outgoing);
    }

    write(context, result);
    if (!result.ok()) {
        result.files.clear();
        return result;
    }
    if (result.holdsSecret || alwaysPrivate()) {
        result.privateFile = true;
    }
    return result;
}

} // namespace Portpilot
