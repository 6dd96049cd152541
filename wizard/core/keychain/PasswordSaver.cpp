#include "PasswordSaver.h"

#include "SetupState.h"

namespace Portpilot {

PasswordSaver::PasswordSaver(PasswordStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &PasswordStore::writeFinished, this,
            [this](int request, const QString&, PasswordStore::Status status, const QString& message) {
                if (!m_requests.remove(request)) {
                    return; // an earlier save's answer
                }
                if (status != PasswordStore::Status::Ok) {
                    m_errors.append(message);
                }
                if (!m_requests.isEmpty()) {
                    return;
                }
                const bool ok = m_errors.isEmpty();
                m_outcome = ok ? Outcome::Stored : Outcome::Failed;
                emit finished(ok, ok ? QString() : m_errors.first());
            });
}

QString PasswordSaver::keyFor(const SetupState& state, Side side)
{
    return PasswordStore::keyFor(state.address.toString(), state.effective(side));
}

void PasswordSaver::save(const SetupState& state)
{
    m_requests.clear();
    m_errors.clear();
    if (!state.rememberPassword || state.password.isEmpty()) {
        m_outcome = Outcome::NotRemembered;
        emit finished(true, QString());
        return;
    }
    m_outcome = Outcome::Saving;
    // One entry per server (the keys differ at least in the protocol).
    for (const Side side : bothSides) {
        m_requests.insert(m_store->write(keyFor(state, side), state.password));
    }
}

QString PasswordSaver::outcomeText() const
{
    switch (m_outcome) {
    case Outcome::NotStarted:
    case Outcome::Saving:
        break;
    case Outcome::NotRemembered:
        return tr("The password was not saved; your mail program will ask for it.");
    case Outcome::Stored:
        return tr("The password is stored in the system keychain (service “%1”).").arg(PasswordStore::serviceName());
    case Outcome::Failed:
        return tr("The password could not be stored: %1").arg(m_errors.value(0));
    }
    return {};
}

} // namespace Portpilot
