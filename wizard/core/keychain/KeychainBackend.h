#pragma once

#include <QString>
#include <QtPlugin>

#include <functional>

class QObject;

namespace Portpilot {

// What PasswordStore needs from a keychain: start one job, hear its answer. The implementation
// (QtKeychainBackend) is a plugin loaded on first use (KeychainBackendLoader): QtKeychain pulls in
// QtDBus, libdbus, libsystemd and libgcrypt, which a command that never touches a password (discover,
// check, export, parse) would otherwise map and relocate at every start.
class KeychainBackend
{
public:
    enum class Operation
    {
        Read,
        Write,
        Remove,
    };

    // The same cases as PasswordStore::Status; kept here so the plugin needs no QObject of the core.
    enum class Outcome
    {
        Ok,
        NotFound,
        NoKeychain,
        AccessDenied,
        Failed,
    };

    struct Answer
    {
        Outcome outcome = Outcome::Failed;
        QString secret; // only for a successful Read
        QString detail; // the keychain's own message when the outcome is not Ok
    };

    using Done = std::function<void(const Answer&)>;

    KeychainBackend() = default;
    KeychainBackend(const KeychainBackend&) = delete;
    KeychainBackend& operator=(const KeychainBackend&) = delete;
    KeychainBackend(KeychainBackend&&) = delete;
    KeychainBackend& operator=(KeychainBackend&&) = delete;
    virtual ~KeychainBackend() = default;

    // Starts one job for `key` under `service`. `done` runs once, later, from the event loop of the
    // calling thread, and never after `context` is destroyed. Never falls back to a plaintext file.
    virtual void start(Operation operation, const QString& service, const QString& key, const QString& secret,
                       QObject* context, Done done) = 0;
};

} // namespace Portpilot

#define PortpilotKeychainBackend_iid "is.portpilot.KeychainBackend/1"
Q_DECLARE_INTERFACE(Portpilot::KeychainBackend, PortpilotKeychainBackend_iid)
