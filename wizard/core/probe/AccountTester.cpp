#include "AccountTester.h"

#include "ConnectionTester.h"

namespace Portpilot {

AccountTester::AccountTester(QObject* parent)
    : QObject(parent)
{}

AccountTester::~AccountTester() = default;

void AccountTester::start(const QList<Job>& jobs)
{
    cancel();
    qDeleteAll(m_testers);
    m_testers.clear();
    m_results = QList<ProbeResult>(jobs.size());
    m_pending = int(jobs.size());
    if (jobs.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { emit finished(m_results); }, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < jobs.size(); ++i) {
        auto* tester = new ConnectionTester(this);
        m_testers.append(tester);
        connect(tester, &ConnectionTester::stepStarted, this, [this, i](ProbeStep step) { emit stepStarted(i, step); });
        connect(tester, &ConnectionTester::stepFinished, this,
                [this, i](ProbeStep step, bool ok) { emit stepFinished(i, step, ok); });
        connect(tester, &ConnectionTester::finished, this, [this, i](const ProbeResult& result) {
            m_results[i] = result;
            emit serverFinished(i, result);
            if (--m_pending == 0) {
                emit finished(m_results);
            }
        });
    }
    // Started only after every tester is wired, so all servers run at the same time.
    for (int i = 0; i < jobs.size(); ++i) {
        m_testers.at(i)->start(jobs.at(i).server, jobs.at(i).options);
    }
}

void AccountTester::cancel()
{
    for (ConnectionTester* tester : std::as_const(m_testers)) {
        if (tester->isRunning()) {
            tester->cancel();
        }
    }
}

} // namespace Portpilot
