#include "DiscoverySource.h"

#include <QCoreApplication>

namespace Portpilot {

QString sourceStatusName(SourceStatus status)
{
    switch (status) {
    case SourceStatus::Found:
        return QStringLiteral("found");
    case SourceStatus::Nothing:
        return QStringLiteral("nothing");
    case SourceStatus::Failed:
        return QStringLiteral("failed");
    case SourceStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

DiscoverySource::DiscoverySource(ConfigSource kind, QObject* parent)
    : QObject(parent)
    , m_kind(kind)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        abort();
        // Computed outside translate(): lupdate 6.4 hangs on "f((a + b) / c)" inside its arguments.
        const int seconds = int((m_timer.interval() + 999) / 1000);
        //: %n is a number of seconds
        finish(SourceStatus::Failed, {},
               QCoreApplication::translate("Portpilot::DiscoverySource", "no answer within %n second(s)", nullptr,
                                           seconds));
    });
}

void DiscoverySource::start(const EmailAddress& address, const DiscoveryOptions& options,
                            std::chrono::milliseconds timeout)
{
    m_timer.start(timeout);
    run(address, options);
}

void DiscoverySource::cancel()
{
    if (m_finished) {
        return;
    }
    abort();
    finish(SourceStatus::Cancelled);
}

void DiscoverySource::finish(SourceStatus status, const Account& result, const QString& message)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timer.stop();
    m_status = status;
    m_result = result;
    m_message = message;
    Q_EMIT finished();
}

} // namespace Portpilot
