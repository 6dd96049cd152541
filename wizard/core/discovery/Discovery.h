#pragma once

#include "Account.h"
#include "DiscoveryOptions.h"
#include "EmailAddress.h"
#include "SourceStatus.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

namespace Portpilot {

class DiscoverySource;

// From an email address to ranked server candidates. Every source starts at once
// (the bundled database first: when it knows the domain, nothing else runs); the answer of
// the highest-priority source that finds something wins as soon as every higher one has
// finished, and the rest are cancelled. The overall timeout bounds the wait: when it
// expires, the best answer found so far wins.
//
// Priority: bundled, provider HTTPS, ISP database, MX, DNS SRV, guessing, provider plain HTTP.
class Discovery : public QObject
{
    Q_OBJECT

public:
    explicit Discovery(QObject* parent = nullptr);
    ~Discovery() override;

    void start(const EmailAddress& address, const DiscoveryOptions& options = {});
    // Stops everything; finished() follows with an empty result.
    void cancel();

    bool isRunning() const { return m_running; }
    // The last result: the winner's servers first, then those of other sources that had
    // answered by then, placeholders filled for the address. Empty when nothing was found.
    const Account& result() const { return m_result; }
    // The source whose answer won, or Unknown.
    ConfigSource winner() const { return m_winner; }

Q_SIGNALS:
    void sourceStarted(Portpilot::ConfigSource source);
    void sourceFinished(Portpilot::ConfigSource source, Portpilot::SourceStatus status, const QString& message);
    void finished(const Portpilot::Account& result);

private:
    void startSource(DiscoverySource* source, std::chrono::milliseconds timeout);
    void evaluate();
    void conclude(DiscoverySource* winner);

    EmailAddress m_address;
    DiscoveryOptions m_options;
    QList<DiscoverySource*> m_sources; // in priority order
    // Shared by every HTTP source: connections and TLS sessions to one host are reused, and
    // only one HTTP thread is started.
    QNetworkAccessManager* m_network = nullptr;
    QTimer m_overallTimer;
    Account m_result;
    ConfigSource m_winner = ConfigSource::Unknown;
    bool m_running = false;
    bool m_concluding = false;
};

} // namespace Portpilot
