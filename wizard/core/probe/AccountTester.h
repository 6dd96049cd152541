#pragma once

#include "ProbeOptions.h"
#include "ProbeResult.h"
#include "ServerSettings.h"

#include <QList>
#include <QObject>

namespace Portpilot {

class ConnectionTester;

// Tests several servers at once (typically the incoming and the outgoing one) with one
// ConnectionTester each, all in parallel, and reports every result and then all of them.
class AccountTester : public QObject
{
    Q_OBJECT

public:
    struct Job
    {
        ServerSettings server;
        ProbeOptions options;
    };

    explicit AccountTester(QObject* parent = nullptr);
    ~AccountTester() override;

    void start(const QList<Job>& jobs);
    void cancel();
    bool isRunning() const { return m_pending > 0; }

signals:
    void stepStarted(int index, Portpilot::ProbeStep step);
    void stepFinished(int index, Portpilot::ProbeStep step, bool ok);
    void serverFinished(int index, const Portpilot::ProbeResult& result);
    void finished(const QList<Portpilot::ProbeResult>& results);

private:
    QList<ConnectionTester*> m_testers;
    QList<ProbeResult> m_results;
    int m_pending = 0;
};

} // namespace Portpilot
