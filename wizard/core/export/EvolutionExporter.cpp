#include "EvolutionExporter.h"

#include "Hostname.h"

namespace Portpilot {

namespace {

// A GKeyFile string value: backslash escaped, a leading space as \s (GLib strips it otherwise).
QString keyFileValue(const QString& text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            out += QStringLiteral("\\\\");
        } else if (i == 0 && c == u' ') {
            out += QStringLiteral("\\s");
        } else {
            out += c;
        }
    }
    return out;
}

QString securityMethod(SocketType type)
{
    switch (type) {
    case SocketType::Ssl:
        return QStringLiteral("ssl-on-alternate-port");
    case SocketType::StartTls:
        return QStringLiteral("starttls-on-standard-port");
    case SocketType::Plain:
        return QStringLiteral("none");
    }
    return {};
}

class KeyFile
{
public:
    void group(const QString& name)
    {
        if (!m_text.isEmpty()) {
            m_text += u'\n';
        }
        m_text += QStringLiteral("[%1]\n").arg(name);
    }
    void set(const QString& key, const QString& value) { m_text += key + u'=' + keyFileValue(value) + u'\n'; }
    QByteArray bytes() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

void writeServer(KeyFile& file, const ServerSettings& server, const QString& auth)
{
    file.group(QStringLiteral("Authentication"));
    file.set(QStringLiteral("Host"), Hostname::toAce(server.hostname));
    file.set(QStringLiteral("Port"), QString::number(server.port));
    if (!auth.isEmpty()) {
        file.set(QStringLiteral("User"), server.username);
        file.set(QStringLiteral("Method"), auth);
        file.set(QStringLiteral("RememberPassword"), QStringLiteral("true"));
    }
    file.group(QStringLiteral("Security"));
    file.set(QStringLiteral("Method"), securityMethod(server.socketType));
}

} // namespace

QString EvolutionExporter::name() const
{
    return QStringLiteral("evolution");
}

QString EvolutionExporter::description() const
{
    return tr("Evolution account, identity and transport (.source files for ~/.config/evolution/sources)");
}

QString EvolutionExporter::defaultFileName(const Account& account) const
{
    return QStringLiteral("portpilot-") + tokenFor(account.emailAddress);
}

QString EvolutionExporter::mimeType() const
{
    return QStringLiteral("text/plain");
}

void EvolutionExporter::write(const Context& context, Result& result) const
{
    const ServerSettings& in = context.incoming;
    const ServerSettings& out = context.outgoing;
    // An empty method is no login, which only the transport may do without.
    const std::initializer_list<AuthWord> words = {
        {AuthMethod::PasswordCleartext, "PLAIN"}, {AuthMethod::PasswordEncrypted, "CRAM-MD5"},
        {AuthMethod::Gssapi, "GSSAPI"},           {AuthMethod::Ntlm, "NTLM"},
        {AuthMethod::OAuth2, "XOAUTH2"},          {AuthMethod::None, ""},
        {AuthMethod::ClientIpAddress, ""}};
    const auto inAuth = authWord(result, in, words);
    if (inAuth && inAuth->isEmpty()) {
        refuseAuth(result, in);
    }
    const auto outAuth = result.ok() ? authWord(result, out, words) : std::nullopt;
    if (!result.ok()) {
        return;
    }
    const QString base = QStringLiteral("portpilot-") + tokenFor(context.address.toAce());
    const QString accountUid = base + QStringLiteral("-account");
    const QString identityUid = base + QStringLiteral("-identity");
    const QString transportUid = base + QStringLiteral("-transport");
    const QString display = context.address.toString();

    KeyFile account;
    account.group(QStringLiteral("Data Source"));
    account.set(QStringLiteral("DisplayName"), display);
    account.set(QStringLiteral("Enabled"), QStringLiteral("true"));
    account.set(QStringLiteral("Parent"), QString());
    account.group(QStringLiteral("Mail Account"));
    account.set(QStringLiteral("BackendName"),
                in.protocol == Protocol::Pop3 ? QStringLiteral("pop") : QStringLiteral("imapx"));
    account.set(QStringLiteral("IdentityUid"), identityUid);
    writeServer(account, in, *inAuth);
    if (in.protocol == Protocol::Pop3) {
        account.group(QStringLiteral("Pop Backend"));
        account.set(QStringLiteral("KeepOnServer"),
                    in.leaveMessagesOnServer ? QStringLiteral("true") : QStringLiteral("false"));
        account.set(QStringLiteral("DeleteAfterDays"),
                    QString::number(qMax(0, in.daysToLeaveMessagesOnServer))); // 0: never
    }

    KeyFile identity;
    identity.group(QStringLiteral("Data Source"));
    identity.set(QStringLiteral("DisplayName"), display);
    identity.set(QStringLiteral("Enabled"), QStringLiteral("true"));
    identity.set(QStringLiteral("Parent"), accountUid);
    identity.group(QStringLiteral("Mail Identity"));
    identity.set(QStringLiteral("Address"), context.address.toAce());
    identity.set(QStringLiteral("Name"), context.account.realName);
    identity.group(QStringLiteral("Mail Submission"));
    identity.set(QStringLiteral("TransportUid"), transportUid);

    KeyFile transport;
    transport.group(QStringLiteral("Data Source"));
    transport.set(QStringLiteral("DisplayName"), display);
    transport.set(QStringLiteral("Enabled"), QStringLiteral("true"));
    transport.set(QStringLiteral("Parent"), accountUid);
    transport.group(QStringLiteral("Mail Transport"));
    transport.set(QStringLiteral("BackendName"), QStringLiteral("smtp"));
    writeServer(transport, out, *outAuth);

    result.files.append({accountUid + QStringLiteral(".source"), account.bytes()});
    result.files.append({identityUid + QStringLiteral(".source"), identity.bytes()});
    result.files.append({transportUid + QStringLiteral(".source"), transport.bytes()});
    result.notes.append(tr("Evolution reads the three .source files from ~/.config/evolution/sources/ (export "
                           "--install puts them there) and picks up new ones while it runs; it asks for the "
                           "password and keeps it in the keychain."));
    if (context.options.includePassword) {
        result.notes.append(tr("Evolution's files never carry passwords; none was written."));
    }
}

} // namespace Portpilot
