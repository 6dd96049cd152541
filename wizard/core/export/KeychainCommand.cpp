#include "KeychainCommand.h"

#include "PasswordStore.h"

namespace Portpilot {

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
    QStringList quoted;
    for (const QString& argument : arguments(key)) {
        // Plain words stay readable; the key always contains a space and gets quotes.
        bool plain = !argument.isEmpty();
        for (QChar c : argument) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u':' && c != u'.' && c != u'_') {
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
