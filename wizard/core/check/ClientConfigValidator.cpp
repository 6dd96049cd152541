#include "ClientConfigValidator.h"

#include "AutoconfigGrammar.h"
#include "AutoconfigReader.h"
#include "IssuerMetadata.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portpilot {

namespace {

constexpr qsizetype MaxTextLength = 2048;

const QStringList KnownPlaceholders{u"EMAILADDRESS"_s, u"EMAILLOCALPART"_s, u"EMAILDOMAIN"_s, u"REALNAME"_s};

// The server types whose settings are a host, port and socket type; the others of the draft's
// 1.2 (jmap, ews, activesync, graph) are reached by a URL.
const QStringList HostTypes{u"imap"_s, u"pop3"_s, u"smtp"_s, u"nntp"_s};
const QStringList UrlTypes{u"jmap"_s, u"ews"_s, u"activesync"_s, u"graph"_s, u"exchange"_s};

const QStringList KnownAuthentication{u"password-cleartext"_s,
                                      u"plain"_s,
                                      u"password-encrypted"_s,
                                      u"secure"_s,
                                      u"NTLM"_s,
                                      u"GSSAPI"_s,
                                      u"client-IP-address"_s,
                                      u"TLS-client-cert"_s,
                                      u"OAuth2"_s,
                                      u"none"_s,
                                      u"smtp-after-pop"_s};

// Thunderbird's config-v1.1 elements that the draft's grammar leaves to its wildcards: not
// unknown, though the grammar does not name them. Every element the grammar defines is known; in
// a wrong place the grammar reports it (autoconfig.schema).
const QHash<QString, QSet<QString>> ThunderbirdElements{
    {u"clientConfig"_s, {u"webMail"_s}},
    {u"emailProvider"_s, {u"enable"_s, u"instructions"_s, u"inputField"_s, u"identity"_s, u"addressBook"_s}},
    {u"incomingServer"_s,
     {u"password"_s, u"pop3"_s, u"restriction"_s, u"useGlobalPreferredServer"_s, u"addThisServer"_s, u"displayName"_s,
      u"displayShortName"_s}},
    {u"outgoingServer"_s,
     {u"password"_s, u"restriction"_s, u"useGlobalPreferredServer"_s, u"addThisServer"_s, u"displayName"_s,
      u"displayShortName"_s}},
};

// The draft's server sections beside <emailProvider>, all new in 1.2.
const QSet<QString> DraftSections{u"calendar"_s,   u"addressbook"_s,     u"fileShare"_s,
                                  u"chatServer"_s, u"videoConference"_s, u"setupServer"_s};

int editDistance(const QString& a, const QString& b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        row[j] = int(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

bool isHttpsUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && url.scheme() == u"https" && !url.host().isEmpty() && url.userInfo().isEmpty();
}

QString withoutTrailingSlash(const QString& text)
{
    return text.endsWith(u'/') ? text.chopped(1) : text;
}

// An <oAuth2> issuer is a host name in Thunderbird's files and an https URL in the draft.
QString issuerUrl(const QString& issuer)
{
    if (isHttpsUrl(issuer)) {
        return issuer;
    }
    const QString host = issuer.trimmed();
    static const QRegularExpression hostName(
        u"^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$"_s);
    return hostName.match(host).hasMatch() ? u"https://"_s + host : QString();
}

class Walker
{
public:
    explicit Walker(const QByteArray& document)
        : m_xml(document)
    {}

    QList<ClientConfigValidator::Issue> run()
    {
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
                return {};
            }
            if (token == QXmlStreamReader::StartElement) {
                break;
            }
        }
        if (m_xml.tokenType() != QXmlStreamReader::StartElement || m_xml.name() != u"clientConfig") {
            return {};
        }
        m_hasVersion = m_xml.attributes().hasAttribute(QLatin1String("version"));
        m_version = m_xml.attributes().value(QLatin1String("version")).toString().trimmed();
        placeholdersInAttributes();
        while (child()) {
            const QString name = m_xml.name().toString();
            if (name == u"emailProvider") {
                provider();
            } else if (name == u"oAuth2") {
                oauth2();
            } else {
                if (DraftSections.contains(name)) {
                    m_newFeatures.append({u"<%1>"_s.arg(name), m_xml.lineNumber()});
                }
                unknown(name, u"clientConfig"_s);
                skip();
            }
        }
        while (!m_xml.atEnd()) {
            if (m_xml.readNext() == QXmlStreamReader::DTD) {
                return {};
            }
        }
        if (m_xml.hasError()) {
            return {}; // not well-formed: AutoconfigReader says where
        }
        m_readable = true;
        if (!m_sawProvider) {
            add(ClientConfigValidator::Kind::Schema, ClientConfigValidator::tr("there is no <emailProvider>"));
        }
        // A missing version is the grammar's; an empty one passes it.
        if (m_hasVersion && m_version.isEmpty()) {
            add(ClientConfigValidator::Kind::Schema,
                ClientConfigValidator::tr("<clientConfig> has an empty version attribute (1.1 or 1.2)"), 1);
        } else if (!m_version.isEmpty() && m_version != u"1.1" && m_version != u"1.2") {
            add(ClientConfigValidator::Kind::Version,
                ClientConfigValidator::tr("<clientConfig> says version “%1”; the format has 1.1 and 1.2")
                    .arg(m_version),
                1);
        }
        if (m_version != u"1.2") {
            for (const auto& [feature, line] : std::as_const(m_newFeatures)) {
                //: %1 names a part of the document, %2 the version the document states
                add(ClientConfigValidator::Kind::Version,
                    ClientConfigValidator::tr("%1 is new in version 1.2, but the document says “%2”; clients that "
                                              "only know 1.1 ignore it")
                        .arg(feature, m_version),
                    line);
            }
        }
        return m_issues;
    }

    bool readable() const { return m_readable; }

private:
    void add(ClientConfigValidator::Kind kind, const QString& text, qint64 line = -1)
    {
        if (m_issues.size() < ClientConfigValidator::MaxIssues) {
            m_issues.append({kind, text, line < 0 ? m_xml.lineNumber() : line});
        }
    }

    void unknown(const QString& name, const QString& parent)
    {
        if (AutoconfigGrammar::instance().defines(name) || ThunderbirdElements.value(parent).contains(name)) {
            return;
        }
        //: %1 and %2 are element names
        add(ClientConfigValidator::Kind::UnknownElement,
            ClientConfigValidator::tr("<%1> inside <%2> is not part of the format; clients ignore it")
                .arg(name, parent));
    }

    // The next child start element of the current element; false at its end (or an error).
    bool child()
    {
        while (!m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::StartElement:
                placeholdersInAttributes();
                return true;
            case QXmlStreamReader::EndElement:
                return false;
            case QXmlStreamReader::Characters:
                // The text of skipped elements counts too (a <descr> with %FOO%).
                placeholders(m_xml.text().left(MaxTextLength).toString());
                break;
            case QXmlStreamReader::DTD:
            case QXmlStreamReader::EntityReference:
            case QXmlStreamReader::Invalid:
                m_xml.raiseError(u"refused"_s);
                return false;
            default:
                break;
            }
        }
        return false;
    }

    void skip()
    {
        while (child()) {
            skip();
        }
    }

    // The trimmed text of a leaf element; its child elements are skipped.
    QString text()
    {
        QString out;
        int depth = 1;
        while (depth > 0 && !m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                ++depth;
            } else if (token == QXmlStreamReader::EndElement) {
                --depth;
            } else if (token == QXmlStreamReader::Characters && depth == 1 && out.size() < MaxTextLength) {
                out += m_xml.text().left(MaxTextLength);
            } else if (token == QXmlStreamReader::Invalid || token == QXmlStreamReader::DTD) {
                m_xml.raiseError(u"refused"_s);
                return {};
            }
        }
        placeholders(out);
        return out.trimmed();
    }

    void placeholdersInAttributes()
    {
        for (const QXmlStreamAttribute& attribute : m_xml.attributes()) {
            placeholders(attribute.value().left(MaxTextLength).toString());
        }
    }

    void placeholders(const QString& value)
    {
        static const QRegularExpression token(u"%([A-Za-z_][A-Za-z0-9_]{0,39})%"_s);
        static const QRegularExpression unclosed(u"%(EMAILADDRESS|EMAILLOCALPART|EMAILDOMAIN|REALNAME)(?![%A-Z])"_s);
        for (auto it = token.globalMatch(value); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (KnownPlaceholders.contains(name) || m_placeholdersSeen.contains(name)) {
                continue;
            }
            m_placeholdersSeen.insert(name);
            QString closest;
            for (const QString& known : KnownPlaceholders) {
                if (name.compare(known, Qt::CaseInsensitive) == 0 || editDistance(name.toUpper(), known) <= 2) {
                    closest = known;
                }
            }
            if (closest.isEmpty()) {
                //: %1 is a placeholder such as %FOO%
                add(ClientConfigValidator::Kind::Placeholder,
                    ClientConfigValidator::tr("“%%1%” is not a placeholder of the format").arg(name));
            } else {
                //: %1 is a misspelled placeholder, %2 the right one
                add(ClientConfigValidator::Kind::Placeholder,
                    ClientConfigValidator::tr("“%%1%” is not a placeholder; “%%2%” is").arg(name, closest));
            }
        }
        if (const auto match = unclosed.match(value);
            match.hasMatch() && !value.contains(u'%' + match.captured(1) + u'%')) {
            add(ClientConfigValidator::Kind::Placeholder,
                ClientConfigValidator::tr("“%%1” lacks its closing “%”").arg(match.captured(1)));
        }
    }

    void provider()
    {
        m_sawProvider = true;
        const qint64 line = m_xml.lineNumber();
        // A missing id is the grammar's; an empty one passes it.
        if (m_xml.attributes().hasAttribute(QLatin1String("id")) &&
            m_xml.attributes().value(QLatin1String("id")).trimmed().isEmpty()) {
            add(ClientConfigValidator::Kind::Schema, ClientConfigValidator::tr("<emailProvider> has an empty id"));
        }
        int domains = 0;
        while (child()) {
            const QString name = m_xml.name().toString();
            if (name == u"domain") {
                if (!text().isEmpty()) {
                    ++domains;
                }
            } else if (name == u"incomingServer" || name == u"outgoingServer") {
                server(name == u"incomingServer");
            } else {
                unknown(name, u"emailProvider"_s);
                skip();
            }
        }
        if (domains == 0) {
            add(ClientConfigValidator::Kind::Schema, ClientConfigValidator::tr("<emailProvider> names no <domain>"),
                line);
        }
    }

    void server(bool incoming)
    {
        const QString element = incoming ? u"incomingServer"_s : u"outgoingServer"_s;
        const qint64 line = m_xml.lineNumber();
        const QString type = m_xml.attributes().value(QLatin1String("type")).trimmed().toString();
        //: %1 is an element name, %2 the server type
        const QString where = ClientConfigValidator::tr("<%1 type=\"%2\">").arg(element, type);
        const auto schema = [&](const QString& text, qint64 at = -1) {
            add(ClientConfigValidator::Kind::Schema, u"%1: %2"_s.arg(where, text), at);
        };
        // A missing type is the grammar's; an empty one passes it.
        const bool byUrl = UrlTypes.contains(type);
        if (byUrl) {
            m_newFeatures.append({where, line});
        } else if (type.isEmpty()) {
            if (m_xml.attributes().hasAttribute(QLatin1String("type"))) {
                schema(ClientConfigValidator::tr("the type attribute is empty"));
            }
        } else if (!HostTypes.contains(type)) {
            schema(ClientConfigValidator::tr("unknown server type"));
        } else if (!incoming && type != u"smtp") {
            schema(ClientConfigValidator::tr("an outgoing server is of type smtp"));
        }
        const QSet<QString> known =
            AutoconfigGrammar::instance().children(element) + ThunderbirdElements.value(element);
        QSet<QString> seen;
        while (child()) {
            const QString name = m_xml.name().toString();
            const qint64 at = m_xml.lineNumber();
            if (name == u"authentication" && !m_xml.attributes().isEmpty()) {
                m_newFeatures.append({ClientConfigValidator::tr("a ranked <authentication>"), at});
            }
            if (!known.contains(name)) {
                unknown(name, element);
                skip();
                continue;
            }
            if (name == u"pop3") {
                skip();
                seen.insert(name);
                continue;
            }
            const QString value = text();
            seen.insert(name);
            if (name == u"port") {
                // The grammar wants a positive integer; the range is ours.
                static const QRegularExpression digits(u"^\\+?[0-9]+$"_s);
                bool ok = false;
                const qulonglong port = value.toULongLong(&ok);
                if (digits.match(value).hasMatch() && (!ok || port > 65535)) {
                    //: %1 is what the document has
                    schema(ClientConfigValidator::tr("<port> must be a number from 1 to 65535, not “%1”").arg(value),
                           at);
                }
            } else if (name == u"socketType" && value != u"plain" && value != u"SSL" && value != u"STARTTLS") {
                schema(ClientConfigValidator::tr("<socketType> must be plain, SSL or STARTTLS, not “%1”").arg(value),
                       at);
            } else if (name == u"authentication" && !KnownAuthentication.contains(value)) {
                schema(ClientConfigValidator::tr("<authentication> “%1” is not a method of the format").arg(value), at);
            } else if (name == u"hostname" && value.isEmpty()) {
                schema(ClientConfigValidator::tr("<hostname> is empty"), at);
            } else if (name == u"url" && !isHttpsUrl(value)) {
                schema(ClientConfigValidator::tr("<url> must be an https:// address, not “%1”").arg(value), at);
            }
        }
        const QStringList required =
            byUrl ? QStringList{u"url"_s, u"authentication"_s}
                  : QStringList{u"hostname"_s, u"port"_s, u"socketType"_s, u"authentication"_s, u"username"_s};
        for (const QString& name : required) {
            if (!seen.contains(name)) {
                schema(ClientConfigValidator::tr("no <%1>").arg(name), line);
            }
        }
    }

    void oauth2()
    {
        const qint64 line = m_xml.lineNumber();
        m_newFeatures.append({u"<oAuth2>"_s, line});
        QHash<QString, QString> values;
        while (child()) {
            const QString name = m_xml.name().toString();
            if (!AutoconfigGrammar::instance().children(u"oAuth2"_s).contains(name)) {
                unknown(name, u"oAuth2"_s);
                skip();
                continue;
            }
            values.insert(name, text());
        }
        const auto problem = [&](const QString& text) { add(ClientConfigValidator::Kind::OAuth2, text, line); };
        for (const char* name : {"issuer", "scope", "authURL", "tokenURL"}) {
            if (values.value(QLatin1String(name)).isEmpty()) {
                problem(ClientConfigValidator::tr("<oAuth2> has no <%1>").arg(QLatin1String(name)));
            }
        }
        const QString issuer = values.value(u"issuer"_s);
        if (!issuer.isEmpty() && issuerUrl(issuer).isEmpty()) {
            problem(
                ClientConfigValidator::tr("<issuer> “%1” is neither a host name nor an https:// address").arg(issuer));
        }
        for (const char* name : {"authURL", "tokenURL"}) {
            const QString value = values.value(QLatin1String(name));
            if (!value.isEmpty() && !isHttpsUrl(value)) {
                //: %1 is an element name, %2 its value
                problem(
                    ClientConfigValidator::tr("<%1> “%2” is not an https:// address").arg(QLatin1String(name), value));
            }
        }
    }

    QXmlStreamReader m_xml;
    QString m_version;
    bool m_hasVersion = false;
    bool m_readable = false; // well-formed, a <clientConfig> root, no DTD
    bool m_sawProvider = false;
    QSet<QString> m_placeholdersSeen;
    QList<std::pair<QString, qint64>> m_newFeatures;
    QList<ClientConfigValidator::Issue> m_issues;
};

} // namespace

QList<ClientConfigValidator::Issue> ClientConfigValidator::validate(const QByteArray& document)
{
    if (document.size() > AutoconfigReader::MaxDocumentSize) {
        return {}; // AutoconfigReader refuses it
    }
    Walker walker(document);
    const QList<Issue> own = walker.run();
    if (!walker.readable()) {
        return {};
    }
    // The draft's grammar first, then the rules it cannot express.
    QList<Issue> issues = AutoconfigGrammar::instance().issues(document, MaxIssues);
    for (const Issue& issue : own) {
        if (issues.size() >= MaxIssues) {
            break;
        }
        issues.append(issue);
    }
    return issues;
}

QString ClientConfigValidator::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Schema:
        return u"schema"_s;
    case Kind::UnknownElement:
        return u"unknown-element"_s;
    case Kind::Placeholder:
        return u"placeholder"_s;
    case Kind::Version:
        return u"version"_s;
    case Kind::OAuth2:
        return u"oauth2"_s;
    }
    return {};
}

QUrl ClientConfigValidator::issuerMetadataUrl(const QString& issuer)
{
    return IssuerMetadata::url(issuerUrl(issuer));
}

QUrl ClientConfigValidator::issuerOpenIdUrl(const QString& issuer)
{
    const QString url = issuerUrl(issuer);
    if (IssuerMetadata::url(url).isEmpty()) {
        return {};
    }
    // OpenID Connect Discovery appends the well-known path to the issuer's own.
    return QUrl(withoutTrailingSlash(url) + u"/.well-known/openid-configuration"_s, QUrl::StrictMode);
}

QStringList ClientConfigValidator::compareWithIssuer(const OAuth2Settings& block, const QJsonObject& metadata)
{
    QStringList mismatches;
    const QString issuer = metadata.value(u"issuer"_s).toString();
    if (withoutTrailingSlash(issuer) != withoutTrailingSlash(issuerUrl(block.issuer))) {
        //: %1 and %2 are web addresses
        mismatches.append(tr("the metadata names the issuer “%1”, not “%2”").arg(issuer.left(200), block.issuer));
    }
    const QString authorization = metadata.value(u"authorization_endpoint"_s).toString();
    if (!block.authUrl.isEmpty() && authorization != block.authUrl) {
        mismatches.append(tr("<authURL> is “%1”, the issuer’s authorization_endpoint “%2”")
                              .arg(block.authUrl, authorization.left(200)));
    }
    const QString token = metadata.value(u"token_endpoint"_s).toString();
    if (!block.tokenUrl.isEmpty() && token != block.tokenUrl) {
        mismatches.append(
            tr("<tokenURL> is “%1”, the issuer’s token_endpoint “%2”").arg(block.tokenUrl, token.left(200)));
    }
    return mismatches;
}

} // namespace Portpilot
