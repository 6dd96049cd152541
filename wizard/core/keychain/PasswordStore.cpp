#include "PasswordStore.h"

#include "Hostname.h"
#include "KeychainBackend.h"
#include "KeychainBackendLoader.h"
#include "Logging.h"

#include <QEventLoop>
#include <QPointer>

namespace Portpilot {

namespace {

using Operation = KeychainBackend::Operation;

PasswordStore::Status statusOf(KeychainBackend::Outcome outcome)
{
    switch (outcome) {
    case KeychainBackend::Outcome::Ok:
        return PasswordStore::Status::Ok;
    case KeychainBackend::Outcome::NotFound:
        return PasswordStore::Status::NotFound;
    case KeychainBackend::Outcome::NoKeychain:
        return PasswordStore::Status::NoKeychain;
    case KeychainBackend::Outcome::AccessDenied:
        return PasswordStore::Status::AccessDenied;
    case KeychainBackend::Outcome::Failed:
        break;
    }
    return PasswordStore::Status::Failed;
}

// One job on the keychain plugin. `done` runs once, later, from the event loop and only while
// `context` lives. A missing or broken plugin answers Failed with the loader's reason, also later,
// so callers see the same order of events either way.
void startJob(Operation operation, const QString& key, const QString& secret, QObject* context,
              std::function<void(PasswordStore::Status, const QString& secret, const QString& detail)> done)
{
    QString why;
    KeychainBackend* backend = KeychainBackendLoader::backend(&why);
    if (!backend) {
        QMetaObject::invokeMethod(
            context, [done = std::move(done), why] { done(PasswordStore::Status::Failed, QString(), why); },
            Qt::QueuedConnection);
        return;
    }
    backend->start(operation, PasswordStore::serviceName(), key, secret, context,
                   [done = std::move(done)](const KeychainBackend::Answer& answer) {
                       done(statusOf(answer.outcome), answer.secret, answer.detail);
                   });
}

struct BlockingAnswer
{
    PasswordStore::Status status = PasswordStore::Status::Failed;
    QString secret;
    QString detail;
};

// Runs one job to completion in a local event loop (QtKeychain's own pattern for synchronous use).
BlockingAnswer runBlocking(Operation operation, const QString& key, const QString& secret = QString())
{
    QEventLoop loop;
    BlockingAnswer answer;
    bool done = false;
    startJob(operation, key, secret, &loop,
             [&](PasswordStore::Status status, const QString& text, const QString& detail) {
                 answer = {status, text, detail};
                 done = true;
                 loop.quit();
             });
    if (!done) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return answer;
}

// Used by checkAvailable(): a key no real entry can have, since real keys contain "://".
const QString availabilityProbeKey = QStringLiteral("portpilot availability check");

} // namespace

PasswordStore::PasswordStore(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Portpilot::PasswordStore::Status>();
}

QString PasswordStore::serviceName()
{
    return QStringLiteral("portpilot");
}

QString PasswordStore::keyFor(const QString& emailAddress, const ServerSettings& server)
{
    return QStringLiteral("%1 %2://%3:%4")
        .arg(emailAddress, protocolName(server.protocol), Hostname::toAce(server.hostname),
             QString::number(server.port));
}

QString PasswordStore::describe(Status status, const QString& detail)
{
    switch (status) {
    case Status::Ok:
        return tr("Done.");
    case Status::NotFound:
        return tr("The keychain holds no password for this server.");
    case Status::NoKeychain:
        //: "keychain" = the desktop's password store (GNOME Keyring, KWallet, macOS Keychain…)
        return tr("No system keychain is available, so the password cannot be remembered. Portpilot never stores "
                  "passwords in a plain file.");
    case Status::AccessDenied:
        return tr("The keychain refused access to the password.");
    case Status::Failed:
        break;
    }
    if (detail.isEmpty()) {
        return tr("The keychain reported an error.");
    }
    //: %1 is the keychain's own error message, usually in English
    return tr("The keychain reported an error: %1").arg(detail);
}

std::optional<QString> PasswordStore::readPasswordBlocking(const QString& key, QString* error)
{
    const BlockingAnswer answer = runBlocking(Operation::Read, key);
    if (error) {
        error->clear();
    }
    if (answer.status == Status::Ok) {
        return answer.secret;
    }
    if (error && answer.status != Status::NotFound) {
        *error = describe(answer.status, answer.detail);
    }
    return std::nullopt;
}

bool PasswordStore::writePasswordBlocking(const QString& key, const QString& password, QString* error)
{
    const BlockingAnswer answer = runBlocking(Operation::Write, key, password);
    if (error) {
        *error = answer.status == Status::Ok ? QString() : describe(answer.status, answer.detail);
    }
    return answer.status == Status::Ok;
}

bool PasswordStore::deletePasswordBlocking(const QString& key, QString* error)
{
    const BlockingAnswer answer = runBlocking(Operation::Remove, key);
    // Deleting what is not there leaves the keychain as asked.
    const bool ok = answer.status == Status::Ok || answer.status == Status::NotFound;
    if (error) {
        *error = ok ? QString() : describe(answer.status, answer.detail);
    }
    return ok;
}

// The signals use the store as context: a store destroyed while its job runs hears nothing more.
int PasswordStore::read(const QString& key)
{
    const int request = m_nextRequest++;
    startJob(Operation::Read, key, QString(), this,
             [this, request, key](Status status, const QString& secret, const QString& detail) {
                 qCDebug(lcKeychain) << "read" << key << "status"
                                     << int(status); // the key names the entry, never the secret
                 emit readFinished(request, key, status, status == Status::Ok ? secret : QString(),
                                   status == Status::Ok ? QString() : describe(status, detail));
             });
    return request;
}

int PasswordStore::write(const QString& key, const QString& password)
{
    const int request = m_nextRequest++;
    startJob(Operation::Write, key, password, this,
             [this, request, key](Status status, const QString&, const QString& detail) {
                 qCDebug(lcKeychain) << "write" << key << "status" << int(status);
                 emit writeFinished(request, key, status, status == Status::Ok ? QString() : describe(status, detail));
             });
    return request;
}

int PasswordStore::remove(const QString& key)
{
    const int request = m_nextRequest++;
    startJob(Operation::Remove, key, QString(), this,
             [this, request, key](Status status, const QString&, const QString& detail) {
                 if (status == Status::NotFound) {
                     status = Status::Ok;
                 }
                 qCDebug(lcKeychain) << "remove" << key << "status" << int(status);
                 emit removeFinished(request, key, status, status == Status::Ok ? QString() : describe(status, detail));
             });
    return request;
}

int PasswordStore::checkAvailable()
{
    const int request = m_nextRequest++;
    startJob(Operation::Read, availabilityProbeKey, QString(), this,
             [this, request](Status status, const QString&, const QString& detail) {
                 const bool available = status == Status::Ok || status == Status::NotFound;
                 emit availabilityChecked(request, available, available ? QString() : describe(status, detail));
             });
    return request;
}

} // namespace Portpilot
