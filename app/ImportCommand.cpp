#include "ImportCommand.h"

#include "AccountJson.h"
#include "CommandParser.h"
#include "Console.h"
#include "EvolutionAccounts.h"
#include "ExitCode.h"
#include "ThunderbirdProfiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Portpilot {

namespace {

QList<FoundAccount> findAccounts(const QString& home)
{
    QList<FoundAccount> found;
    for (const QString& profile : ThunderbirdProfiles::profileDirectories(home)) {
        found += ThunderbirdProfiles::accounts(profile);
    }
    found += EvolutionAccounts::accounts(home);
    return found;
}

QString serverLine(const ServerSettings& server)
{
    //: %1 protocol, %2 host, %3 port, %4 security, %5 login method
    const QString line = ImportCommand::tr("%1 %2:%3, %4, %5")
                             .arg(protocolName(server.protocol), server.hostname)
                             .arg(server.port)
                             .arg(socketTypeName(server.socketType), authMethodName(server.preferredAuth()));
    //: %1 the line above, %2 a user name
    return server.username.isEmpty() ? line : ImportCommand::tr("%1, user “%2”").arg(line, server.username);
}

void printText(const QList<FoundAccount>& accounts)
{
    if (accounts.isEmpty()) {
        Console::out(ImportCommand::tr("No mail accounts of Thunderbird or Evolution were found.\n"));
        return;
    }
    for (const FoundAccount& found : accounts) {
        const QString name = found.name.isEmpty() ? found.account.emailAddress : found.name;
        //: %1 program, %2 account name (or address), %3 address
        Console::out(found.account.emailAddress.isEmpty() || name == found.account.emailAddress
                         ? ImportCommand::tr("%1: %2\n").arg(found.program, name)
                         : ImportCommand::tr("%1: %2 <%3>\n").arg(found.program, name, found.account.emailAddress));
        Console::out(ImportCommand::tr("    from %1\n").arg(found.profile));
        for (const ServerSettings& server : found.account.incoming + found.account.outgoing) {
            Console::out(u"    "_s + serverLine(server) + u'\n');
        }
        for (const QString& directory : found.mailDirectories) {
            Console::out(ImportCommand::tr("    local mail: %1\n").arg(directory));
        }
    }
}

void printJson(const QList<FoundAccount>& accounts)
{
    QJsonArray array;
    for (const FoundAccount& found : accounts) {
        array.append(QJsonObject{{u"program"_s, found.program},
                                 {u"profile"_s, found.profile},
                                 {u"name"_s, found.name},
                                 {u"account"_s, AccountJson::toJson(found.account)},
                                 {u"mailDirectories"_s, QJsonArray::fromStringList(found.mailDirectories)}});
    }
    Console::outBytes(QJsonDocument(QJsonObject{{u"accounts"_s, array}}).toJson(QJsonDocument::Indented));
}

} // namespace

QString ImportCommand::summary() const
{
    return tr("List the mail accounts Thunderbird and Evolution have on this computer, and their local mail");
}

int ImportCommand::run(const QStringList& arguments)
{
    CommandParser parser(name(), summary());
    const QCommandLineOption list(u"list"_s, tr("Print the accounts found (the only action for now)."));
    const QCommandLineOption format(u"format"_s, tr("What to print: text (default) or json."), tr("format"), u"text"_s);
    parser.addOptions({list, format});
    if (const auto done = parser.parse(arguments)) {
        return *done;
    }
    if (!parser.isSet(list)) {
        return parser.badInput(tr("say what to do: --list prints the accounts found."));
    }
    const QString formatName = parser.value(format);
    if (formatName != u"text" && formatName != u"json") {
        return parser.badInput(tr("unknown format “%1”; use text or json.").arg(formatName));
    }
    const QList<FoundAccount> accounts = findAccounts(QDir::homePath());
    if (formatName == u"json") {
        printJson(accounts);
    } else {
        printText(accounts);
    }
    return ExitSuccess;
}

} // namespace Portpilot
