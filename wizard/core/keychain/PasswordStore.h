#pragma once

#include "ServerSettings.h"

#include <QObject>
#include <QString>

#include <optional>

namespace Portpilot {

// Passwords in the system keychain (Secret Service, KWallet, macOS Keychain, Windows Credential
// Manager) through QtKeychain, in a plugin loaded on first use (KeychainBackend). Service
// "portpilot", one entry per account and server (keyFor()). Never falls back to a plaintext file: when no keychain
// answers, the status says so and the caller asks the person what to do.
class PasswordStore : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Ok,
        NotFound,     // the keychain works but holds no entry for this key
        NoKeychain,   // no keychain service is available
        AccessDenied, // the person or the keychain refused
        Failed,       // any other error; the message has the detail
    };
    Q_ENUM(Status)

    explicit PasswordStore(QObject* parent = nullptr);

    // "portpilot": the service name every entry is stored under.
    static QString serviceName();
    // "anna@example.test imap://imap.example.test:993": one key per account and server.
    // Shell tools read it with
    //   secret-tool lookup xdg:schema org.qt.keychain server portpilot user '<key>'
    static QString keyFor(const QString& emailAddress, const ServerSettings& server);

    // Synchronous forms for the command line and tests (they run a local event loop).
    // readPasswordBlocking returns nullopt when there is no password or on error; *error is empty
    // when the keychain works but holds no entry for the key.
    static std::optional<QString> readPasswordBlocking(const QString& key, QString* error);
    static bool writePasswordBlocking(const QString& key, const QString& password, QString* error);
    static bool deletePasswordBlocking(const QString& key, QString* error);

    // Asynchronous forms for the GUI; each returns a request number that the signals repeat.
    int read(const QString& key);
    int write(const QString& key, const QString& password);
    int remove(const QString& key);
    // Finds out whether a keychain answers at all, without touching any stored entry.
    int checkAvailable();

    // A sentence for people, in plain words, for a status and QtKeychain's detail.
    static QString describe(Status status, const QString& detail = QString());

signals:
    void readFinished(int request, const QString& key, Portpilot::PasswordStore::Status status, const QString& password,
                      const QString& message);
    void writeFinished(int request, const QString& key, Portpilot::PasswordStore::Status status,
                       const QString& message);
    void removeFinished(int request, const QString& key, Portpilot::PasswordStore::Status status,
                        const QString& message);
    void availabilityChecked(int request, bool available, const QString& message);

private:
    int m_nextRequest = 1;
};

} // namespace Portpilot

Q_DECLARE_METATYPE(Portpilot::PasswordStore::Status)
