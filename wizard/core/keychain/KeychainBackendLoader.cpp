#include "KeychainBackendLoader.h"

#include "KeychainBackend.h"
#include "Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QPluginLoader>

namespace Portpilot {

KeychainBackend* KeychainBackendLoader::backend(QString* why)
{
    // Loaded once; a failure is remembered too, so every later job reports the same reason fast.
    static QMutex mutex;
    static bool tried = false;
    static KeychainBackend* loaded = nullptr;
    static QString failure;
    const QMutexLocker lock(&mutex);
    if (!tried) {
        tried = true;
        loaded = load(candidates(), &failure);
    }
    if (!loaded && why) {
        *why = failure;
    }
    return loaded;
}

KeychainBackend* KeychainBackendLoader::load(const QStringList& candidates, QString* why)
{
    QStringList problems;
    for (const QString& path : candidates) {
        if (!QFileInfo::exists(path)) {
            continue;
        }
        QPluginLoader loader(path);
        // The plugin stays loaded for the rest of the process: the loader going out of scope does
        // not unload it, and nothing calls unload().
        QObject* instance = loader.instance();
        if (!instance) {
            problems << loader.errorString();
            continue;
        }
        if (auto* backend = qobject_cast<KeychainBackend*>(instance)) {
            qCDebug(lcKeychain) << "keychain backend loaded from" << path;
            return backend;
        }
        //: %1 is a file name
        problems << tr("%1 is not Portpilot's keychain module.").arg(QDir::toNativeSeparators(path));
    }
    if (why) {
        if (candidates.isEmpty()) {
            *why = tr("Portpilot's keychain module cannot be found from %1: the program is not where it was installed.")
                       .arg(QDir::toNativeSeparators(QCoreApplication::applicationDirPath()));
        } else if (problems.isEmpty()) {
            //: %1 is a list of file names
            *why = tr("Portpilot's keychain module is not installed (looked for %1).")
                       .arg(QDir::toNativeSeparators(candidates.join(QLatin1String(", "))));
        } else {
            //: %1 is the loader's own message, usually in English
            *why = tr("Portpilot's keychain module could not be loaded: %1").arg(problems.join(QLatin1String(" ")));
        }
    }
    return nullptr;
}

QStringList KeychainBackendLoader::candidates()
{
    // The program runs from bin/ (portpilot, the tests) or from the wizard's libexec folder; CMake
    // computes the plugin's path relative to each from the install layout, which the build tree
    // repeats. Only the layout the program really sits in is used, so no other folder is searched.
#ifdef PORTPILOT_KEYCHAIN_ABSOLUTE
    return {QString::fromUtf8(PORTPILOT_KEYCHAIN_ABSOLUTE)};
#else
    const QString programDir = QDir::cleanPath(QCoreApplication::applicationDirPath());
    const struct
    {
        const char* folder;
        const char* plugin;
    } layouts[] = {
        {PORTPILOT_BINDIR, PORTPILOT_KEYCHAIN_FROM_BINDIR},
        {PORTPILOT_WIZARDDIR, PORTPILOT_KEYCHAIN_FROM_WIZARDDIR},
    };
    for (const auto& layout : layouts) {
        const QString folder = QLatin1Char('/') + QString::fromUtf8(layout.folder);
        if (programDir.endsWith(folder)) {
            return {QDir::cleanPath(QDir(programDir).filePath(QString::fromUtf8(layout.plugin)))};
        }
    }
    return {};
#endif
}

} // namespace Portpilot
