#include "QtKeychainBackend.h"

#include <QDBusConnection>
#include <qt6keychain/keychain.h>

namespace Portpilot {

namespace {

KeychainBackend::Outcome outcomeOf(const QKeychain::Job& job)
{
    using Outcome = KeychainBackend::Outcome;
    switch (job.error()) {
    case QKeychain::NoError:
        return Outcome::Ok;
    case QKeychain::EntryNotFound:
        return Outcome::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Outcome::NoKeychain;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Outcome::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // QtKeychain's libsecret backend reports a missing D-Bus session ("Could not connect: No such
    // file or directory") or Secret Service as OtherError; people need to hear "no keychain".
    const QString detail = job.errorString();
    for (const char* sign : {"org.freedesktop.secrets", "D-Bus", "DBus", "Could not connect", "Cannot autolaunch"}) {
        if (detail.contains(QLatin1String(sign), Qt::CaseInsensitive)) {
            return Outcome::NoKeychain;
        }
    }
    // Without libsecret it tries KWallet, and with no session bus at all says only "Unknown error".
    // Every keychain on Linux is reached over the session bus: none there means no keychain.
    if (!QDBusConnection::sessionBus().isConnected()) {
        return Outcome::NoKeychain;
    }
    return Outcome::Failed;
}

QKeychain::Job* makeJob(KeychainBackend::Operation operation, const QString& service, const QString& secret)
{
    switch (operation) {
    case KeychainBackend::Operation::Read:
        return new QKeychain::ReadPasswordJob(service);
    case KeychainBackend::Operation::Write: {
        auto* job = new QKeychain::WritePasswordJob(service);
        job->setTextData(secret);
        return job;
    }
    case KeychainBackend::Operation::Remove:
        break;
    }
    return new QKeychain::DeletePasswordJob(service);
}

} // namespace

// Jobs have no parent and delete themselves when done (autoDelete): the libsecret backend calls
// back into its job when the answer arrives, so a job must outlive a caller that is destroyed
// while it runs. The connection has the caller's context and dies with it.
void QtKeychainBackend::start(Operation operation, const QString& service, const QString& key, const QString& secret,
                              QObject* context, Done done)
{
    QKeychain::Job* job = makeJob(operation, service, secret);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, operation, done = std::move(done)] {
        Answer answer;
        answer.outcome = outcomeOf(*job);
        if (answer.outcome == Outcome::Ok) {
            if (operation == Operation::Read) {
                answer.secret = static_cast<QKeychain::ReadPasswordJob*>(job)->textData();
            }
        } else {
            answer.detail = job->errorString();
        }
        done(answer);
    });
    // QtKeychain starts its work through a queued call: `finished` never arrives before this returns.
    job->start();
}

} // namespace Portpilot
