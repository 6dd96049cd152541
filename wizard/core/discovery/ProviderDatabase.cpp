#include "ProviderDatabase.h"

#include "Hostname.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

// A resource in a static library must be registered by hand before first use.
static void initProviderResources()
{
    Q_INIT_RESOURCE(providers);
}

namespace Portpilot {

namespace {

// Parses one provider object; returns an error message or an empty string.
class EntryParser
{
    Q_DECLARE_TR_FUNCTIONS(ProviderDatabase)

public:
    explicit EntryParser(const QJsonObject& object)
        : m_object(object)
    {}

    QString parse(ProviderEntry& entry);

private:
    QString checkKeys(const QJsonObject& object, const QStringList& allowed, const QString& where) const;
    QString httpsUrl(const QJsonValue& value, const QString& field, QString* url) const;
    QString stringList(const QString& field, QStringList* out, bool hosts) const;
    QString server(const QJsonObject& object, int index, const QString& defaultUser,
                   const QList<AuthMethod>& defaultAuth, ServerSettings* out) const;
    QString authList(const QJsonValue& value, const QString& where, QList<AuthMethod>* out) const;

    const QJsonObject& m_object;
    QString m_id;
};

QString EntryParser::checkKeys(const QJsonObject& object, const QStringList& allowed, const QString& where) const
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            return tr("%1: unknown field “%2”").arg(where, it.key());
        }
    }
    return {};
}

QString EntryParser::httpsUrl(const QJsonValue& value, const QString& field, QString* url) const
{
    const QUrl parsed(value.toString(), QUrl::StrictMode);
    if (!value.isString() || !parsed.isValid() || parsed.scheme() != QLatin1String("https") ||
        parsed.host().isEmpty()) {
        return tr("provider “%1”: “%2” must be an https:// address").arg(m_id, field);
    }
    *url = value.toString();
    return {};
}

QString EntryParser::stringList(const QString& field, QStringList* out, bool hosts) const
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isArray()) {
        return tr("provider “%1”: “%2” must be a list").arg(m_id, field);
    }
    for (const QJsonValue& item : value.toArray()) {
        const QString text = item.toString();
        if (!item.isString() || (hosts && !Hostname::isValid(text))) {
            return tr("provider “%1”: “%2” holds an invalid domain “%3”").arg(m_id, field, text);
        }
        QString stored = hosts ? Hostname::toAce(text) : text;
        if (hosts && stored.endsWith(u'.')) {
            stored.chop(
                1); // "example.com." is "example.com": lookups strip the root dot too (found by fuzz_provider_db)
        }
        out->append(stored);
    }
    return {};
}

QString EntryParser::authList(const QJsonValue& value, const QString& where, QList<AuthMethod>* out) const
{
    if (!value.isArray() || value.toArray().isEmpty()) {
        return tr("%1: “auth” must be a non-empty list").arg(where);
    }
    out->clear();
    for (const QJsonValue& item : value.toArray()) {
        const std::optional<AuthMethod> method = authMethodFromName(item.toString());
        if (!method) {
            return tr("%1: unknown authentication method “%2”").arg(where, item.toString());
        }
        out->append(*method);
    }
    return {};
}

QString EntryParser::server(const QJsonObject& object, int index, const QString& defaultUser,
                            const QList<AuthMethod>& defaultAuth, ServerSettings* out) const
{
    //: %1 is a provider id, %2 the number of a server in its list
    const QString where = tr("provider “%1”, server %2").arg(m_id).arg(index + 1);
    if (QString e = checkKeys(object,
                              {QStringLiteral("protocol"), QStringLiteral("host"), QStringLiteral("port"),
                               QStringLiteral("security"), QStringLiteral("auth"), QStringLiteral("username")},
                              where);
        !e.isEmpty()) {
        return e;
    }
    const std::optional<Protocol> protocol = protocolFromName(object.value(QStringLiteral("protocol")).toString());
    if (!protocol) {
        return tr("%1: “protocol” must be imap, pop3 or smtp").arg(where);
    }
    out->protocol = *protocol;
    out->hostname = object.value(QStringLiteral("host")).toString();
    if (!Hostname::isValid(out->hostname, true)) {
        return tr("%1: invalid host name “%2”").arg(where, out->hostname);
    }
    const int port = object.value(QStringLiteral("port")).toInt(-1);
    if (port < 1 || port > 65535) {
        return tr("%1: “port” must be a number from 1 to 65535").arg(where);
    }
    out->port = static_cast<quint16>(port);
    const QString security = object.value(QStringLiteral("security")).toString();
    if (security == QLatin1String("ssl")) {
        out->socketType = SocketType::Ssl;
    } else if (security == QLatin1String("starttls")) {
        out->socketType = SocketType::StartTls;
    } else {
        // Our own database never recommends a plaintext connection.
        return tr("%1: “security” must be ssl or starttls").arg(where);
    }
    out->username = object.value(QStringLiteral("username")).toString(defaultUser);
    out->authMethods = defaultAuth;
    if (object.contains(QStringLiteral("auth"))) {
        if (QString e = authList(object.value(QStringLiteral("auth")), where, &out->authMethods); !e.isEmpty()) {
            return e;
        }
    }
    if (out->authMethods.isEmpty()) {
        return tr("%1: no authentication method").arg(where);
    }
    out->source = ConfigSource::Bundled;
    return {};
}

QString EntryParser::parse(ProviderEntry& entry)
{
    m_id = m_object.value(QStringLiteral("id")).toString();
    if (m_id.isEmpty()) {
        return tr("a provider has no “id”");
    }
    if (QString e = checkKeys(m_object,
                              {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("shortName"),
                               QStringLiteral("domains"), QStringLiteral("mx"), QStringLiteral("username"),
                               QStringLiteral("auth"), QStringLiteral("servers"), QStringLiteral("password"),
                               QStringLiteral("passwordHelp"), QStringLiteral("documentation"),
                               QStringLiteral("enable"), QStringLiteral("webmail")},
                              tr("provider “%1”").arg(m_id));
        !e.isEmpty()) {
        return e;
    }
    ProviderInfo& info = entry.account.provider;
    info.id = m_id;
    info.displayName = m_object.value(QStringLiteral("name")).toString();
    info.displayShortName = m_object.value(QStringLiteral("shortName")).toString(info.displayName);
    if (info.displayName.isEmpty()) {
        return tr("provider “%1”: “name” is missing").arg(m_id);
    }
    if (QString e = stringList(QStringLiteral("domains"), &entry.domains, true); !e.isEmpty()) {
        return e;
    }
    if (QString e = stringList(QStringLiteral("mx"), &entry.mxSuffixes, true); !e.isEmpty()) {
        return e;
    }
    if (entry.domains.isEmpty() && entry.mxSuffixes.isEmpty()) {
        return tr("provider “%1”: needs “domains” or “mx”").arg(m_id);
    }
    for (const QString& domain : std::as_const(entry.domains)) {
        info.domains.append(Hostname::toDisplay(domain));
    }

    const QString defaultUser = m_object.value(QStringLiteral("username")).toString();
    QList<AuthMethod> defaultAuth;
    if (m_object.contains(QStringLiteral("auth"))) {
        if (QString e = authList(m_object.value(QStringLiteral("auth")), tr("provider “%1”").arg(m_id), &defaultAuth);
            !e.isEmpty()) {
            return e;
        }
    }
    const QJsonArray servers = m_object.value(QStringLiteral("servers")).toArray();
    for (int i = 0; i < servers.size(); ++i) {
        ServerSettings settings;
        if (QString e = server(servers.at(i).toObject(), i, defaultUser, defaultAuth, &settings); !e.isEmpty()) {
            return e;
        }
        (settings.isIncoming() ? entry.account.incoming : entry.account.outgoing).append(settings);
    }
    if (entry.account.incoming.isEmpty() || entry.account.outgoing.isEmpty()) {
        return tr("provider “%1”: needs at least one incoming and one outgoing server").arg(m_id);
    }

    const QString policy = m_object.value(QStringLiteral("password")).toString();
    if (policy == QLatin1String("normal")) {
        entry.passwordPolicy = PasswordPolicy::Normal;
    } else if (policy == QLatin1String("app-password")) {
        entry.passwordPolicy = PasswordPolicy::AppPassword;
    } else if (policy == QLatin1String("oauth2-only")) {
        entry.passwordPolicy = PasswordPolicy::OAuth2Only;
    } else {
        return tr("provider “%1”: “password” must be normal, app-password or oauth2-only").arg(m_id);
    }
    if (m_object.contains(QStringLiteral("passwordHelp"))) {
        if (QString e = httpsUrl(m_object.value(QStringLiteral("passwordHelp")), QStringLiteral("passwordHelp"),
                                 &entry.passwordHelpUrl);
            !e.isEmpty()) {
            return e;
        }
    } else if (entry.passwordPolicy != PasswordPolicy::Normal) {
        return tr("provider “%1”: a provider that refuses the normal password needs “passwordHelp”").arg(m_id);
    }
    for (const QJsonValue& doc : m_object.value(QStringLiteral("documentation")).toArray()) {
        ProviderDocumentation documentation;
        if (QString e = httpsUrl(doc, QStringLiteral("documentation"), &documentation.url); !e.isEmpty()) {
            return e;
        }
        info.documentation.append(documentation);
    }
    if (m_object.contains(QStringLiteral("enable"))) {
        const QJsonObject enable = m_object.value(QStringLiteral("enable")).toObject();
        ProviderEnableInstructions instructions;
        if (QString e =
                httpsUrl(enable.value(QStringLiteral("url")), QStringLiteral("enable.url"), &instructions.visitUrl);
            !e.isEmpty()) {
            return e;
        }
        const QJsonObject texts = enable.value(QStringLiteral("text")).toObject();
        if (!texts.value(QStringLiteral("en")).isString()) {
            return tr("provider “%1”: “enable.text” needs an English (“en”) text").arg(m_id);
        }
        for (auto it = texts.begin(); it != texts.end(); ++it) {
            if (!it.value().isString() || it.value().toString().isEmpty()) {
                return tr("provider “%1”: “enable.text” must map languages to texts").arg(m_id);
            }
            instructions.instructions.append({it.key(), it.value().toString()});
        }
        info.enable.append(instructions);
    }
    if (m_object.contains(QStringLiteral("webmail"))) {
        if (QString e =
                httpsUrl(m_object.value(QStringLiteral("webmail")), QStringLiteral("webmail"), &info.webmailUrl);
            !e.isEmpty()) {
            return e;
        }
    }
    entry.account.source = ConfigSource::Bundled;
    return {};
}

} // namespace

std::optional<ProviderDatabase> ProviderDatabase::parse(const QByteArray& document, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<ProviderDatabase> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    if (document.size() > MaxDocumentSize) {
        return fail(tr("the provider database is larger than %1 bytes").arg(MaxDocumentSize));
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(document, &parseError);
    if (json.isNull()) {
        return fail(tr("the provider database is not valid JSON: %1 (at byte %2)")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    }
    const QJsonObject root = json.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("portpilot-providers")) {
        return fail(tr("not a Portpilot provider database (“format” is missing or wrong)"));
    }
    if (root.value(QStringLiteral("version")).toInt() != FormatVersion) {
        return fail(tr("unsupported provider database version %1").arg(root.value(QStringLiteral("version")).toInt()));
    }
    ProviderDatabase database;
    QSet<QString> ids;
    for (const QJsonValue& value : root.value(QStringLiteral("providers")).toArray()) {
        if (!value.isObject()) {
            return fail(tr("every entry in “providers” must be an object"));
        }
        ProviderEntry entry;
        const QJsonObject object = value.toObject();
        EntryParser parser(object);
        if (QString e = parser.parse(entry); !e.isEmpty()) {
            return fail(e);
        }
        if (ids.contains(entry.id())) {
            return fail(tr("provider id “%1” appears twice").arg(entry.id()));
        }
        ids.insert(entry.id());
        for (const QString& domain : std::as_const(entry.domains)) {
            if (database.m_byDomain.contains(domain)) {
                return fail(tr("domain “%1” belongs to two providers").arg(domain));
            }
            database.m_byDomain.insert(domain, database.m_entries.size());
        }
        database.m_entries.append(entry);
    }
    if (database.m_entries.isEmpty()) {
        return fail(tr("the provider database lists no providers"));
    }
    return database;
}

QByteArray ProviderDatabase::bundledDocument(QString* error)
{
    initProviderResources();
    QFile file(QStringLiteral(":/providers/providers.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = tr("the bundled provider database is missing: %1").arg(file.errorString());
        }
        return {};
    }
    return file.read(MaxDocumentSize + 1);
}

const ProviderDatabase& ProviderDatabase::bundled()
{
    static const ProviderDatabase database = [] {
        QString error;
        std::optional<ProviderDatabase> parsed = parse(bundledDocument(&error), &error);
        if (!parsed) {
            qWarning("Portpilot: %s", qUtf8Printable(error));
            return ProviderDatabase();
        }
        return *parsed;
    }();
    return database;
}

std::optional<ProviderEntry> ProviderDatabase::findByDomain(const QString& domain) const
{
    QString ace = Hostname::toAce(domain);
    if (ace.endsWith(u'.')) {
        ace.chop(1);
    }
    const auto it = m_byDomain.constFind(ace);
    if (it == m_byDomain.constEnd()) {
        return std::nullopt;
    }
    return m_entries.at(*it);
}

std::optional<ProviderEntry> ProviderDatabase::findByMxHost(const QString& mxHost) const
{
    QString host = Hostname::toAce(mxHost);
    if (host.endsWith(u'.')) {
        host.chop(1);
    }
    if (host.isEmpty()) {
        return std::nullopt;
    }
    // The longest matching suffix wins, so "mail.protection.outlook.com" beats "outlook.com".
    const ProviderEntry* best = nullptr;
    qsizetype bestLength = 0;
    for (const ProviderEntry& entry : m_entries) {
        for (const QString& suffix : entry.mxSuffixes) {
            if (suffix.size() > bestLength && Hostname::isWithin(host, suffix)) {
                best = &entry;
                bestLength = suffix.size();
            }
        }
    }
    if (!best) {
        return std::nullopt;
    }
    return *best;
}

} // namespace Portpilot
