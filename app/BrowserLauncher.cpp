#include "BrowserLauncher.h"

#include <QProcess>
#include <QStandardPaths>

namespace Portpilot {

namespace {

bool startDetached(QStringList command)
{
    if (command.isEmpty()) {
        return false;
    }
    const QString program = command.takeFirst();
    return QProcess::startDetached(program, command);
}

} // namespace

bool BrowserLauncher::open(const QUrl& url, QString* how)
{
    const QString address = url.toString(QUrl::FullyEncoded);
    const QString browsers = qEnvironmentVariable("BROWSER");
    for (const QString& entry : browsers.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        QStringList command = QProcess::splitCommand(entry);
        bool placed = false;
        for (QString& word : command) {
            if (word.contains(QLatin1StringView("%s"))) {
                word.replace(QLatin1StringView("%s"), address);
                placed = true;
            }
        }
        if (!placed) {
            command.append(address);
        }
        if (startDetached(command)) {
            if (how) {
                *how = QStringLiteral("$BROWSER");
            }
            return true;
        }
    }
    const QString xdgOpen = QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
    if (!xdgOpen.isEmpty() && startDetached({xdgOpen, address})) {
        if (how) {
            *how = QStringLiteral("xdg-open");
        }
        return true;
    }
    return false;
}

} // namespace Portpilot
