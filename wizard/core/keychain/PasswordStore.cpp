#include "PasswordStore.h"

#include "Hostname.h"
#include "Logging.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace Portpilot {

namespace {

// Runs a stack job to completion in a local event loop (QtKeychain's own pattern for
// synchronous use). QtKeychain starts jobs through a queued call, so `finished` never
// arrives before exec(); the flag guards against that anyway.
void runBlocking(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    job.start();
    if (!done) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
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

PasswordStore::Status PasswordStore::statusOf(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Status::NoKeychain;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Status::AccessDenied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // QtKeychain's libsecret backend reports a missing D-Bus session ("Could not connect: No such
    // file or directory") or Secret Service as OtherError; people need to hear "no keychain".
    const QString detail = job.errorString();
    if (detail.contains(QLatin1String("org.freedesktop.secrets"), Qt::CaseInsensitive) ||
        detail.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
        detail.contains(QLatin1String("DBus"), Qt::CaseInsensitive) ||
        detail.contains(QLatin1String("Could not connect"), Qt::CaseInsensitive) ||
        detail.contains(QLatin1String("Cannot autolaunch"), Qt::CaseInsensitive)) {
        return Status::NoKeychain;
    }
    return Status::Failed;
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
    QKeychain::ReadPasswordJob job(serviceName());
    job.setInsecureFallback(false);
    job.setKey(key);
    runBlocking(job);
    const Status status = statusOf(job);
    if (error) {
        error->clear();
    }
    if (status == Status::Ok) {
        return job.textData();
    }
    if (error && status != Status::NotFound) {
        *error = describe(status, job.errorString());
    }
    return std::nullopt;
}

bool PasswordStore::writePasswordBlocking(const QString& key, const QString& password, QString* error)
{
    QKeychain::WritePasswordJob job(serviceName());
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setTextData(password);
    runBlocking(job);
    const Status status = statusOf(job);
    if (error) {
        *error = status == Status::Ok ? QString() : describe(status, job.errorString());
    }
    return status == Status::Ok;
}

bool PasswordStore::deletePasswordBlocking(const QString& key, QString* error)
{
    QKeychain::DeletePasswordJob job(serviceName());
    job.setInsecureFallback(false);
    job.setKey(key);
    runBlocking(job);
    // Deleting what is not there leaves the keychain as asked.
    const Status status = statusOf(job);
    const bool ok = status == Status::Ok || status == Status::NotFound;
    if (error) {
        *error = ok ? QString() : describe(status, job.errorString());
    }
    return ok;
}

// The asynchronous jobs have no parent and delete themselves when done (autoDelete): the libsecret
// backend calls back into its job when the answer arrives, so a job must outlive a store that
// is destroyed while it runs. The connections use the store as context and die with it.
int PasswordStore::read(const QString& key)
{
    const int request = m_nextRequest++;
    auto* job = new QKeychain::ReadPasswordJob(serviceName());
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, request, key, job] {
        const Status status = statusOf(*job);
        qCDebug(lcKeychain) << "read" << key << "status" << int(status); // the key names the entry, never the secret
        emit readFinished(request, key, status, status == Status::Ok ? job->textData() : QString(),
                          status == Status::Ok ? QString() : describe(status, job->errorString()));
    });
    job->start();
    return request;
}

int PasswordStore::write(const QString& key, const QString& password)
{
    const int request = m_nextRequest++;
    auto* job = new QKeychain::WritePasswordJob(serviceName());
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, request, key, job] {
        const Status status = statusOf(*job);
        qCDebug(lcKeychain) << "write" << key << "status" << int(status);
        emit writeFinished(request, key, status,
                           status == Status::Ok ? QString() : describe(status, job->errorString()));
    });
    job->start();
    return request;
}

int PasswordStore::remove(const QString& key)
{
    const int request = m_nextRequest++;
    auto* job = new QKeychain::DeletePasswordJob(serviceName());
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, request, key, job] {
        Status status = statusOf(*job);
        if (status == Status::NotFound) {
            status = Status::Ok;
        }
        qCDebug(lcKeychain) << "remove" << key << "status" << int(status);
        emit removeFinished(request, key, status,
                            status == Status::Ok ? QString() : describe(status, job->errorString()));
    });
    job->start();
    return request;
}

int PasswordStore::checkAvailable()
{
    const int request = m_nextRequest++;
    auto* job = new QKeychain::ReadPasswordJob(serviceName());
    job->setInsecureFallback(false);
    job->setKey(availabilityProbeKey);
    connect(job, &QKeychain::Job::finished, this, [this, request, job] {
        const Status status = statusOf(*job);
        const bool available = status == Status::Ok || status == Status::NotFound;
        emit availabilityChecked(request, available, available ? QString() : describe(status, job->errorString()));
    });
    job->start();
    return request;
}

} // namespace Portpilot
