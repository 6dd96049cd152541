#include "ThunderbirdExporter.h"

#include "Hostname.h"
#include "PrefsJs.h"

namespace Portpilot {

namespace {

// nsMsgSocketType values (MailNewsTypes2.idl).
int socketNumber(SocketType type)
{
    switch (type) {
    case SocketType::Plain:
        return 0;
    case SocketType::StartTls:
        return 2;
    case SocketType::Ssl:
        return 3;
    }
    return 0;
}

} // namespace

ThunderbirdExporter::Keys ThunderbirdExporter::keys()
{
    return {QStringLiteral("account_pp1"), QStringLiteral("server_pp1"), QStringLiteral("id_pp1"),
            QStringLiteral("smtp_pp1")};
}

QString ThunderbirdExporter::name() const
{
    return QStringLiteral("thunderbird");
}

QString ThunderbirdExporter::description() const
{
    return tr("Thunderbird preferences (user.js) for a new profile");
}

QString ThunderbirdExporter::defaultFileName(const Account&) const
{
    return QStringLiteral("user.js");
}

QString ThunderbirdExporter::mimeType() const
{
    return QStringLiteral("application/javascript");
}

void ThunderbirdExporter::write(const Context& context, Result& result) const
{
    // nsMsgAuthMethod values (MailNewsTypes2.idl).
    const std::initializer_list<AuthNumber> numbers = {{AuthMethod::None, 1},
                                                       {AuthMethod::ClientIpAddress, 1},
                                                       {AuthMethod::PasswordCleartext, 3},
                                                       {AuthMethod::PasswordEncrypted, 4},
                                                       {AuthMethod::Gssapi, 5},
                                                       {AuthMethod::Ntlm, 6},
                                                       {AuthMethod::ClientCertificate, 7},
                                                       {AuthMethod::OAuth2, 10}};
    const auto inAuth = authNumber(result, context.incoming, numbers);
    const auto outAuth = inAuth ? authNumber(result, context.outgoing, numbers) : std::nullopt;
    if (!outAuth) {
        return;
    }
    QStringList lines;
    auto pref = [&lines](const QString& key, const QString& jsValue) {
        lines.append(QStringLiteral("user_pref(\"%1\", %2);").arg(key, jsValue));
    };
    auto str = [&pref](const QString& key, const QString& value) { pref(key, PrefsJs::quoted(value)); };
    auto num = [&pref](const QString& key, int value) { pref(key, QString::number(value)); };
    auto flag = [&pref](const QString& key, bool value) {
        pref(key, value ? QStringLiteral("true") : QStringLiteral("false"));
    };

    // Keys of our own ("_pp") so they never collide with Thunderbird's account1/server1/...
    const Keys k = keys();
    const ServerSettings& in = context.incoming;
    const ServerSettings& out = context.outgoing;
    const QString address = context.address.toString();
    lines.append(QStringLiteral("// Thunderbird account for %1, written by Portpilot.").arg(context.address.toAce()));
    lines.append(QStringLiteral("// Use it in a new profile only: user.js replaces the account list at every start."));
    str(QStringLiteral("mail.accountmanager.accounts"), k.account + QStringLiteral(",account_pplocal"));
    str(QStringLiteral("mail.accountmanager.defaultaccount"), k.account);
    str(QStringLiteral("mail.accountmanager.localfoldersserver"), QStringLiteral("server_pplocal"));
    str(QStringLiteral("mail.account.%1.server").arg(k.account), k.server);
    str(QStringLiteral("mail.account.%1.identities").arg(k.account), k.identity);
    str(QStringLiteral("mail.account.account_pplocal.server"), QStringLiteral("server_pplocal"));
    str(QStringLiteral("mail.server.server_pplocal.type"), QStringLiteral("none"));
    str(QStringLiteral("mail.server.server_pplocal.hostname"), QStringLiteral("Local Folders"));
    str(QStringLiteral("mail.server.server_pplocal.userName"), QStringLiteral("nobody"));
    str(QStringLiteral("mail.server.server_pplocal.name"), QStringLiteral("Local Folders"));

    const QString s = QStringLiteral("mail.server.%1.").arg(k.server);
    str(s + QStringLiteral("type"), protocolName(in.protocol));
    str(s + QStringLiteral("hostname"), Hostname::toAce(in.hostname));
    num(s + QStringLiteral("port"), in.port);
    num(s + QStringLiteral("socketType"), socketNumber(in.socketType));
    num(s + QStringLiteral("authMethod"), *inAuth);
    str(s + QStringLiteral("userName"), in.username);
    str(s + QStringLiteral("name"), address);
    if (in.protocol == Protocol::Pop3) {
        flag(s + QStringLiteral("leave_on_server"), in.leaveMessagesOnServer);
        if (in.daysToLeaveMessagesOnServer >= 0) {
            flag(s + QStringLiteral("delete_by_age_from_server"), true);
            num(s + QStringLiteral("num_days_to_leave_on_server"), in.daysToLeaveMessagesOnServer);
        }
        flag(s + QStringLiteral("download_on_biff"), in.downloadOnBiff);
    }

    const QString i = QStringLiteral("mail.identity.%1.").arg(k.identity);
    str(i + QStringLiteral("fullName"), context.account.realName);
    str(i + QStringLiteral("useremail"), context.address.toAce());
    flag(i + QStringLiteral("valid"), true);
    str(i + QStringLiteral("smtpServer"), k.smtp);

    str(QStringLiteral("mail.smtpservers"), k.smtp);
    str(QStringLiteral("mail.smtp.defaultserver"), k.smtp);
    const QString o = QStringLiteral("mail.smtpserver.%1.").arg(k.smtp);
    str(o + QStringLiteral("hostname"), Hostname::toAce(out.hostname));
    num(o + QStringLiteral("port"), out.port);
    num(o + QStringLiteral("try_ssl"), socketNumber(out.socketType));
    num(o + QStringLiteral("authMethod"), *outAuth);
    if (authMethodNeedsPassword(out.preferredAuth())) {
        str(o + QStringLiteral("username"), out.username);
    }
    str(o + QStringLiteral("description"), context.address.domain());

    result.notes.append(tr("Put user.js into a new Thunderbird profile: in a profile that already has accounts it "
                           "would hide them."));
    if (context.options.includePassword) {
        result.notes.append(tr("Thunderbird keeps passwords outside its preferences; none was written, Thunderbird "
                               "asks for it."));
    }
    addFile(result, context, (lines.join(u'\n') + u'\n').toUtf8());
}

} // namespace Portpilot
