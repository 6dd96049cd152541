#include "KeychainCommand.h"

#include "Hostname.h"
#include "PasswordStore.h"

namespace Portpilot {

namespace {

QString& program()
{
    static QString path = QStringLiteral("portpilot");
    return path;
}

} // namespace

QString KeychainCommand::keyFor(const QString& emailAddress, const ServerSettings& server)
{
    return PasswordStore::keyFor(emailAddress, server);
}

QStringList KeychainCommand::arguments(const QString& key)
{
    return {QStringLiteral("secret-tool"), QStringLiteral("lookup"),
            QStringLiteral("xdg:schema"),  QStringLiteral("org.qt.keychain"),
            QStringLiteral("server"),      QStringLiteral("portpilot"),
            QStringLiteral("user"),        key};
}

QString KeychainCommand::shellCommand(const QString& key)
{
    return shellLine(arguments(key));
}

QStringList KeychainCommand::tokenArguments(const QString& emailAddress, const ServerSettings& server)
{
    return {portpilotProgram(), QStringLiteral("token"), emailAddress, QStringLiteral("--server"),
            Hostname::toAce(server.hostname)};
}

QString KeychainCommand::tokenShellCommand(const QString& emailAddress, const ServerSettings& server)
{
    return shellLine(tokenArguments(emailAddress, server));
}

QString KeychainCommand::portpilotProgram()
{
    return program();
}

void KeychainCommand::setPortpilotProgram(const QString& path)
{
    program() = path.isEmpty() ? QStringLiteral("portpilot") : path;
}

QString KeychainCommand::shellLine(const QStringList& arguments)
{
    QStringList quoted;
    for (const QString& argument : arguments) {
        // Plain words stay readable; a keychain key always contains a space and gets quotes.
        bool plain = !argument.isEmpty();
        for (QChar c : argument) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u':' && c != u'.' && c != u'_' &&
                c != u'/' && c != u'@') {
                plain = false;
            }
        }
        quoted.append(plain ? argument : shellQuote(argument));
    }
    return quoted.join(u' ');
}

QString KeychainCommand::shellQuote(const QString& argument)
{
    QString inner = argument;
    inner.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return u'\'' + inner + u'\'';
}

} // namespace Portpilot
