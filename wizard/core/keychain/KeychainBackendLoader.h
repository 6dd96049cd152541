#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Portpilot {

class KeychainBackend;

// Finds and loads the keychain plugin (portpilot-keychain.so) once per process. It is looked for
// only where the build installs it, relative to the running program (bin/ or the wizard's
// libexec folder, in the build tree as once installed); no environment variable can point
// elsewhere, so no other code is ever loaded in its place.
class KeychainBackendLoader
{
    Q_DECLARE_TR_FUNCTIONS(KeychainBackendLoader)

public:
    // The backend of this process, loaded on the first call; nullptr with *why set when the plugin
    // is missing or broken (PasswordStore then fails every job with that reason).
    static KeychainBackend* backend(QString* why);

    // Tries each path in order and returns the first plugin that loads and implements
    // KeychainBackend. Not cached: for tests and for backend().
    static KeychainBackend* load(const QStringList& candidates, QString* why);

    // Where backend() looks, for this program.
    static QStringList candidates();
};

} // namespace Portpilot
