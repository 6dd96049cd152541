#pragma once

#include "Account.h"
#include "CertificatePinStore.h"
#include "DiscoveryOptions.h"
#include "EmailAddress.h"
#include "ExportOutcome.h"
#include "Exporter.h"
#include "PasswordStore.h"
#include "ProbeResult.h"
#include "SourceStatus.h"

#include <QObject>
#include <QSet>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <optional>

namespace Portpilot {

class AccountTester;
class Discovery;
struct ProviderEntry;

// The state of one account setup and the actions on it. The wizard's pages show this state
// and forward what the person does; everything that decides lives here, where tests reach it
// without widgets. Candidates come from discovery; the chosen (or typed) servers are copies
// with placeholders filled in.
class SetupController : public QObject
{
    Q_OBJECT

public:
    explicit SetupController(QObject* parent = nullptr);

    // --- Your details
    // Returns false and sets *error when the address is not valid.
    bool setDetails(const QString& realName, const QString& address, const QString& password, bool rememberPassword,
                    QString* error = nullptr);
    QString realName() const { return m_realName; }
    EmailAddress address() const { return m_address; }
    QString password() const { return m_password; }
    void setPassword(const QString& password) { m_password = password; }
    bool rememberPassword() const { return m_rememberPassword; }
    void setRememberPassword(bool remember) { m_rememberPassword = remember; }

    // --- The keychain
    // Asks the keychain whether it answers; keychainAvailabilityChanged() reports. A keychain that
    // does not answer is asked once more after keychainRetryDelay (a Secret Service that starts
    // late, security.md KC-02), and keychainAvailabilityChanged() reports again if it answers then.
    void checkKeychain();
    void setKeychainRetryDelay(std::chrono::milliseconds delay) { m_keychainRetryDelay = delay; }
    // nullopt until checked.
    std::optional<bool> keychainAvailable() const { return m_keychainAvailable; }
    QString keychainMessage() const { return m_keychainMessage; }

    // --- Discovery
    void setDiscoveryOptions(const DiscoveryOptions& options) { m_discoveryOptions = options; }
    // Looks for the servers of the address given in setDetails(); the discovery* signals report.
    void startDiscovery();
    void cancelDiscovery();
    bool isDiscovering() const;
    // A source's name in plain words ("Your provider’s website").
    static QString sourceLabel(ConfigSource source);
    // How a source ended, in plain words.
    static QString sourceStatusLabel(SourceStatus status);

    // --- Candidates (from discovery, or a file)
    // Takes the candidates, fills in placeholders and chooses the first of each side.
    void setCandidates(const Account& found);
    const Account& candidates() const { return m_candidates; }
    bool hasCandidates() const { return !m_candidates.incoming.isEmpty() && !m_candidates.outgoing.isEmpty(); }
    void chooseIncoming(qsizetype index);
    void chooseOutgoing(qsizetype index);
    qsizetype chosenIncomingIndex() const { return m_incomingIndex; }
    qsizetype chosenOutgoingIndex() const { return m_outgoingIndex; }

    // --- Manual settings (replace the choice)
    void setIncoming(const ServerSettings& server);
    void setOutgoing(const ServerSettings& server);
    const ServerSettings& incoming() const { return m_incoming; }
    const ServerSettings& outgoing() const { return m_outgoing; }
    // The servers a test or export uses: the chosen ones, with the username defaulting to the address.
    ServerSettings effectiveIncoming() const { return effective(m_incoming); }
    ServerSettings effectiveOutgoing() const { return effective(m_outgoing); }
    // The account as chosen: one incoming and one outgoing server.
    Account chosenAccount() const;

    // --- Approvals and consent
    // Domains the chosen servers need approved (from an unauthenticated source), not yet approved.
    QStringList pendingApprovals() const;
    void setDomainApproved(const QString& domain, bool approved);
    bool isApproved(const QString& domain) const { return m_approved.contains(domain); }
    // True when the server would get the password without encryption.
    static bool sendsPasswordInPlainText(const ServerSettings& server);
    void setPlainTextConsent(bool incoming, bool consent);
    bool plainTextConsent(bool incoming) const { return incoming ? m_plainConsentIncoming : m_plainConsentOutgoing; }
    // True when the chosen servers may be tested: usable settings, approvals given, consent where needed.
    bool readyToTest(QString* reason = nullptr) const;

    // --- Connection test (incoming = side 0, outgoing = side 1)
    enum Side
    {
        IncomingSide = 0,
        OutgoingSide = 1,
    };
    // Extra trusted CA certificates (added to the system's), for discovery and the test.
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates);
    // Tests both chosen servers at once with the password; the test* signals report.
    void startTest();
    void cancelTest();
    bool isTesting() const;
    // The last result per side (empty before a test finished).
    std::optional<ProbeResult> testResult(int side) const;
    bool testPassed() const;
    // Accepts exactly the certificate the last test of `side` refused (never one for another
    // name); the next test trusts it for that host and port. False with *error when refused.
    bool acceptCertificate(int side, QString* error = nullptr);
    // Stops trusting the certificate accepted earlier for the host and port `side` was tested on
    // (it stays forgotten in later runs). False when nothing was pinned there.
    bool forgetCertificate(int side);

    // --- Provider advice
    // When the provider refuses the normal password in mail programs (Gmail, Microsoft 365, Yahoo,
    // iCloud…): what to do, in plain words; empty otherwise. passwordAdviceUrl() links to the provider.
    QString passwordAdvice() const;
    QString passwordAdviceUrl() const;
    // Plain words about the provider's "enable IMAP first" instructions, with the link; empty when none.
    QString enableInstructions(const QString& language) const;
    QString enableInstructionsUrl() const;

    // --- Saving the password
    QString incomingKey() const;
    QString outgoingKey() const;
    // Writes the password for both chosen servers; passwordSaved() reports. Does nothing but
    // report when the person chose not to remember it.
    void savePassword();
    // After savePassword(): where it went, in plain words, for the summary.
    // Made when asked, so that it follows a language switch.
    QString passwordStorageText() const;

    // --- Export
    // The export formats' command-line names, in the registry's order.
    static QStringList exportFormats();
    static QString exportFormatDescription(const QString& format);
    // The chosen account exported in one format (nothing written).
    Exporter::Result exportPreview(const QString& format, bool includePassword) const;
    // Writes each format into `folder` under its default name; one outcome per format, in order.
    // Never overwrites a file.
    QList<ExportOutcome> exportTo(const QStringList& formats, const QString& folder, bool includePassword) const;
    // One outcome in plain words ("msmtp: saved as …"). Made when asked, so that a report shown
    // before a language switch is worded again in the new language.
    QString exportOutcomeText(const ExportOutcome& outcome) const;

    // --- Texts drawn from the source article, for the Choose page and help
    static QString protocolAdvice(Protocol protocol);
    static QString securityExplanation(SocketType socketType);
    // A multi-line summary of the chosen account (never the password).
    QString summary() const;

signals:
    void discoverySourceStarted(Portpilot::ConfigSource source);
    void discoverySourceFinished(Portpilot::ConfigSource source, Portpilot::SourceStatus status,
                                 const QString& message);
    void discoveryFinished(bool found);
    void testStepStarted(int side, Portpilot::ProbeStep step);
    void testStepFinished(int side, Portpilot::ProbeStep step, bool ok);
    void testServerFinished(int side, const Portpilot::ProbeResult& result);
    void testFinished(bool passed);
    void keychainAvailabilityChanged(bool available, const QString& message);
    void candidatesChanged();
    void choiceChanged();
    void passwordSaved(bool ok, const QString& message);

private:
    ServerSettings effective(const ServerSettings& server) const;
    std::optional<ProviderEntry> providerEntry() const;

    QString m_realName;
    EmailAddress m_address;
    QString m_password;
    bool m_rememberPassword = true;

    PasswordStore m_store;
    Discovery* m_discovery = nullptr;
    DiscoveryOptions m_discoveryOptions;
    bool m_discoveryCancelled = false;
    AccountTester* m_tester = nullptr;
    QList<QSslCertificate> m_extraCaCertificates;
    // Certificates the person accepted stay accepted in later runs (group "certificatePins").
    QSettings m_settings;
    CertificatePinStore m_pinStore{&m_settings};
    std::optional<ProbeResult> m_results[2];
    std::optional<bool> m_keychainAvailable;
    std::chrono::milliseconds m_keychainRetryDelay{10000}; // as Nextcloud's client waits
    bool m_keychainRetryPending = false;
    QTimer m_keychainRetry;
    QString m_keychainMessage;

    Account m_candidates;
    qsizetype m_incomingIndex = -1;
    qsizetype m_outgoingIndex = -1;
    ServerSettings m_incoming;
    ServerSettings m_outgoing;
    QSet<QString> m_approved;
    bool m_plainConsentIncoming = false;
    bool m_plainConsentOutgoing = false;

    int m_pendingWrites = 0;
    QStringList m_writeErrors;
    enum class PasswordStorage
    {
        Pending,
        NotRemembered,
        Stored,
        Failed,
    };
    PasswordStorage m_passwordStorage = PasswordStorage::Pending;
};

} // namespace Portpilot
