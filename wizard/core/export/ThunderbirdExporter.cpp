#include "ThunderbirdExporter.h"

#include "Hostname.h"

namespace Portpilot {

namespace {

// A JavaScript string literal; every non-ASCII character as \uXXXX so the file is plain ASCII.
QString jsString(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '"' || u == '\\') {
            out += u'\\';
            out += c;
        } else if (u < 0x20 || u >= 0x7f) {
            out += QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out + u'"';
}

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
    auto str = [&pref](const QString& key, const QString& value) { pref(key, jsString(value)); };
    auto num = [&pref](const QString& key, int value) { pref(key, QString::number(value)); };
    auto flag = [&pref](const QString& key, bool value) {
        pref(key, value ? QStringLiteral("true") : QStringLiteral("false"));
    };

    // Keys of our own ("_pp") so they never collide with Thunderbird's account1/server1/...
    const ServerSettings& in = context.incoming;
    const ServerSettings& out = context.outgoing;
    const QString address = context.address.toString();
    lines.append(QStringLiteral("// Thunderbird account for %1, written by Portpilot.").arg(context.address.toAce()));
    lines.append(QStringLiteral("// Use it in a new profile only: user.js replaces the account list at every start."));
    str(QStringLiteral("mail.accountmanager.accounts"), QStringLiteral("account_pp1,account_pplocal"));
    str(QStringLiteral("mail.accountmanager.defaultaccount"), QStringLiteral("account_pp1"));
    str(QStringLiteral("mail.accountmanager.localfoldersserver"), QStringLiteral("server_pplocal"));
    str(QStringLiteral("mail.account.account_pp1.server"), QStringLiteral("server_pp1"));
    str(QStringLiteral("mail.account.account_pp1.identities"), QStringLiteral("id_pp1"));
    str(QStringLiteral("mail.account.account_pplocal.server"), QStringLiteral("server_pplocal"));
    str(QStringLiteral("mail.server.server_pplocal.type"), QStringLiteral("none"));
    str(QStringLiteral("mail.server.server_pplocal.hostname"), QStringLiteral("Local Folders"));
    str(QStringLiteral("mail.server.server_pplocal.userName"), QStringLiteral("nobody"));
    str(QStringLiteral("mail.server.server_pplocal.name"), QStringLiteral("Local Folders"));

    const QString s = QStringLiteral("mail.server.server_pp1.");
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

    const QString i = QStringLiteral("mail.identity.id_pp1.");
    str(i + QStringLiteral("fullName"), context.account.realName);
    str(i + QStringLiteral("useremail"), context.address.toAce());
    flag(i + QStringLiteral("valid"), true);
    str(i + QStringLiteral("smtpServer"), QStringLiteral("smtp_pp1"));

    str(QStringLiteral("mail.smtpservers"), QStringLiteral("smtp_pp1"));
    str(QStringLiteral("mail.smtp.defaultserver"), QStringLiteral("smtp_pp1"));
    const QString o = QStringLiteral("mail.smtpserver.smtp_pp1.");
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
