#include "WizardLauncher.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace Portpilot {

QString WizardLauncher::wizardPath(const QString& argv0)
{
    const QString relative = QStringLiteral(PORTPILOT_WIZARD_RELATIVE_PATH);
    if (QDir::isAbsolutePath(relative)) {
        return relative;
    }
    // /proc/self/exe, not argv[0], where there is one: the program may have been started through
    // a symlink. Without /proc (a chroot), argv[0] as the shell found it, on PATH or as given.
    QString self = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    if (self.isEmpty()) {
        const QString found = argv0.contains(QLatin1Char('/')) ? argv0 : QStandardPaths::findExecutable(argv0);
        self = QFileInfo(found).canonicalFilePath();
    }
    if (self.isEmpty()) {
        return relative;
    }
    return QDir::cleanPath(QFileInfo(self).absolutePath() + QLatin1Char('/') + relative);
}

QString WizardLauncher::exec(char* argv[])
{
    const QString path = wizardPath(QFile::decodeName(argv[0]));
    const QByteArray file = QFile::encodeName(path);
    ::execv(file.constData(), argv);
    // Only reached when execv failed.
    return QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace Portpilot
