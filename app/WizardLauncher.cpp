#include "WizardLauncher.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace Portpilot {

QString WizardLauncher::wizardPath()
{
    // /proc/self/exe, not argv[0]: the program may have been started through PATH or a symlink.
    // Without /proc (a chroot), the place it is installed to.
    const QString self = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    const QString relative = QStringLiteral(PORTPILOT_WIZARD_RELATIVE_PATH);
    if (QDir::isAbsolutePath(relative)) {
        return relative;
    }
    if (self.isEmpty()) {
        return QStringLiteral(PORTPILOT_WIZARD_INSTALLED_PATH);
    }
    return QDir::cleanPath(QFileInfo(self).absolutePath() + QLatin1Char('/') + relative);
}

QString WizardLauncher::exec(char* argv[])
{
    const QString path = wizardPath();
    const QByteArray file = QFile::encodeName(path);
    ::execv(file.constData(), argv);
    // Only reached when execv failed.
    return QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace Portpilot
