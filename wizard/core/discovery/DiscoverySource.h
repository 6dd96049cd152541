#pragma once

#include "Account.h"
#include "DiscoveryOptions.h"
#include "EmailAddress.h"
#include "SourceStatus.h"

#include <QObject>
#include <QTimer>

namespace Portpilot {

// One way to find servers (bundled database, autoconfig over HTTPS, ISPDB, MX, SRV, guessing).
// start() returns at once; the source emits finished() exactly once, also after cancel().
class DiscoverySource : public QObject
{
    Q_OBJECT

public:
    explicit DiscoverySource(ConfigSource kind, QObject* parent = nullptr);

    ConfigSource kind() const { return m_kind; }
    // Starts the work, with `timeout` as this source's own deadline.
    void start(const EmailAddress& address, const DiscoveryOptions& options, std::chrono::milliseconds timeout);
    void cancel();

    bool isFinished() const { return m_finished; }
    SourceStatus status() const { return m_status; }
    const Account& result() const { return m_result; }
    QString message() const { return m_message; }

Q_SIGNALS:
    void finished();

protected:
    virtual void run(const EmailAddress& address, const DiscoveryOptions& options) = 0;
    // Stops network work; called once on cancel or timeout, before finished() is emitted.
    virtual void abort() {}
    // Ends the source; later calls are ignored.
    void finish(SourceStatus status, const Account& result = {}, const QString& message = {});

private:
    ConfigSource m_kind;
    QTimer m_timer;
    bool m_finished = false;
    SourceStatus m_status = SourceStatus::Nothing;
    Account m_result;
    QString m_message;
};

} // namespace Portpilot
