#pragma once

#include "CertificatePinStore.h"
#include "ClientInstaller.h"
#include "DiscoveryOptions.h"
#include "FoundAccount.h"
#include "PasswordSaver.h"
#include "PasswordStore.h"
#include "ProbeResult.h"
#include "SetupSignIn.h"
#include "SetupState.h"
#include "SourceStatus.h"

#include <QObject>
#include <QSettings>
#include <QTimer>

#include <chrono>
#include <optional>

namespace Portpilot {

class AccountTester;
class DomainCheck;
class DomainCheckSignIn;
struct DomainCheckOptions;
class Discovery;
class SetupMigration;

// Sequences one account setup. It owns the SetupState and the runs that change it (discovery,
// the connection test, the keychain) and decides what may happen next: the approvals, the
// consent, readyToTest() and the order of the wizard's steps. Pages read state() and forward
// what the person does; the pieces that only read the state (Descriptions, ProviderAdvice,
// ExportBatch, PasswordSaver) take it as a value.
class SetupController : public QObject
{
    Q_OBJECT

public:
    // The wizard's steps; pages ask next() where to go.
    enum class Step
    {
        Details,
        Finding,
        Choose,
        Manual,
        Test,
        Migrate,
        Export,
        Done,
        Check, // "I own this domain: check it", the second way in from Details
    };
    Q_ENUM(Step)
    // A way off the usual path the person asked for on the current step.
    enum class Detour
    {
        None,
        Manual,      // "Set up manually…" on the Finding and Choose steps
        CheckDomain, // "I own this domain: check it" on the Details step
    };
    Q_ENUM(Detour)

    explicit SetupController(QObject* parent = nullptr);

    const SetupState& state() const { return m_state; }

    // The step after `current`, or after the detour the person asked for there. Done and Check
    // have no next step (nullopt).
    std::optional<Step> next(Step current, Detour detour = Detour::None) const;
    // The person goes back from `leaving` (to the step before it on the way taken): what that
    // step started stops, and everything typed, chosen, approved and saved stays.
    void back(Step leaving);

    // --- Your details. Returns false and sets *error when the address is not valid.
    bool setDetails(const QString& realName, const QString& address, const QString& password, bool rememberPassword,
                    QString* error = nullptr);
    void setPassword(const QString& password) { m_state.password = password; }

    // --- The keychain. Asks whether it answers; keychainAvailabilityChanged() reports. One that
    // does not answer is asked once more after keychainRetryDelay (a Secret Service that starts
    // late, security.md KC-02), and keychainAvailabilityChanged() reports again if it answers then.
    void checkKeychain();
    void setKeychainRetryDelay(std::chrono::milliseconds delay) { m_keychainRetryDelay = delay; }
    std::optional<bool> keychainAvailable() const { return m_keychainAvailable; } // nullopt until checked
    QString keychainMessage() const { return m_keychainMessage; }
    // Writes the password for both chosen servers (passwordSaved() reports), before the exports
    // that read it from the keychain are made. Only reports when the person chose not to remember it.
    void savePassword() { m_saver.save(m_state); }
    const PasswordSaver& passwordSaver() const { return m_saver; }

    // --- Discovery of the servers of the address given in setDetails(); the discovery* signals report.
    void setDiscoveryOptions(const DiscoveryOptions& options) { m_discoveryOptions = options; }
    void startDiscovery();
    void cancelDiscovery();
    bool isDiscovering() const;

    // --- Candidates (from discovery, or a file; placeholders already filled), with the servers of the
    // imported account of the same address added, and the choice.
    void setCandidates(const Account& found);
    void choose(Side side, qsizetype index);
    // A server typed by hand replaces the choice.
    void setServer(Side side, const ServerSettings& server);

    // --- Approvals and consent
    void setDomainApproved(const QString& domain, bool approved);
    void setPlainTextConsent(Side side, bool consent);
    // True when the chosen servers may be tested: usable settings, approvals given, consent where needed.
    bool readyToTest(QString* reason = nullptr) const;

    // --- Connection test of both chosen servers at once
    // Extra trusted CA certificates (added to the system's), for discovery and the test.
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates);
    // Starts the test, or refuses (false, *reason) when readyToTest() does not hold: no page can
    // send the password to a server the person has not approved.
    bool startTest(QString* reason = nullptr);
    void cancelTest();
    bool isTesting() const;

    // --- OAuth2 sign-in, for chosen servers that log in with OAuth2: the test needs a token first.
    // signInNeeded() until there is one for the address and issuer. signIn() reports through
    // signInChanged() (state().signIn, worded by SetupSignIn::describe) and signInBrowserUrl(), the
    // page the UI opens in the browser; once signed in, the test starts with the token.
    bool signInNeeded() const { return !m_signIn->ready(m_state); }
    void signIn()
    {
        cancelTest();
        forgetTest();
        m_signIn->start(m_state);
    }
    void cancelSignIn() { m_signIn->cancel(); }
    // Accepts exactly the certificate the last test of `side` refused (never one for another
    // name); the next test trusts it for that host and port. False with *error when refused.
    bool acceptCertificate(Side side, QString* error = nullptr);
    // Stops trusting the certificate accepted earlier for the host and port `side` was tested on
    // (it stays forgotten in later runs). False when nothing was pinned there.
    bool forgetCertificate(Side side);

    // --- Export: writes the chosen account in each of `formats` into `folder`, never replacing a
    // file. The outcomes are added to state().exports; exportsChanged() reports.
    void exportTo(const QStringList& formats, const QString& folder, bool includePassword);
    // Puts the chosen account into a mail program's own configuration (ClientInstaller: a marked
    // block in its file, or Evolution's sources folder), or takes it out again. Never with the
    // password: the formats that can fetch it from the keychain do.
    ClientInstaller::Outcome installInto(const QString& format, bool undo) const;

    // --- Accounts other mail programs have on this computer (Thunderbird, Evolution), looked for
    // once. The one the person starts from adds its servers to the candidates discovery finds for
    // the same address (source Imported).
    const QList<FoundAccount>& importableAccounts();
    void setImportedAccount(const std::optional<Account>& account) { m_state.imported = account; }

    // --- Moving local POP3 mail to the tested IMAP account. After a passed test of an IMAP server the
    // mail of this computer's POP3 accounts (Thunderbird, Evolution) is looked for; when there is
    // some, next(Test) is Migrate. state().migration holds the folders, the progress and the
    // report; migrationChanged() reports.
    bool offersMigration() const;
    bool addMigrationSource(const QString& path, QString* error = nullptr);
    void setMigrationFolderSelected(qsizetype index, bool selected);
    // Logs in to the chosen incoming server as the test did and copies the selected folders; false
    // with *reason when the incoming test has not passed on an IMAP server.
    bool startMigration(QString* reason = nullptr);
    void setMigrationPaused(bool paused);
    void cancelMigration();
    // Where to look for other programs' mail (the home folder; tests use their own).
    void setMigrationHome(const QString& home) { m_migrationHome = home; }

    // --- The domain owner's check ("I own this domain: check it", `portpilot check` in the wizard).
    // Checks `domainText` as DomainCheck does, with the discovery's ISP database and the extra CA
    // certificates; false with *error when it is not a domain name. With `withLogin`, and an
    // address at that domain and a password given in setDetails(), every advertised server that
    // takes a password is logged in to (over TLS only). domainCheckChanged() reports.
    bool startDomainCheck(const QString& domainText, bool withLogin, QString* error = nullptr);
    void cancelDomainCheck();
    bool isCheckingDomain() const { return m_state.domainCheck.running; }
    // True when the details name an address at `domainText` and a password: a test account.
    bool canLogInForDomainCheck(const QString& domainText) const;
    // True when the finished check of `domainText` found OAuth2 servers in the domain's own document
    // and the details name an address at that domain: a sign-in in the browser can log in there.
    bool offersDomainCheckSignIn(const QString& domainText) const;
    // Signs the details' address in with the issuer of the domain's own document (the browser page
    // comes through domainCheckBrowserUrl()), then checks `domainText` again, logging in to its OAuth2
    // servers with the token and, `withPassword`, to the others with the password. The token serves
    // that check only and is never stored. False with *error when no sign-in is offered.
    bool startDomainCheckSignIn(const QString& domainText, bool withPassword, QString* error = nullptr);
    void cancelDomainCheckSignIn();
    // Saves the publishing exports (autoconfig, dns-zone, autodiscover, mobileconfig, ...) of the
    // checked domain's working servers into `folder`, never replacing a file; the outcomes are
    // added to state().domainCheck.exports.
    void publishDomainSettings(const QStringList& formats, const QString& folder);
    // The publishing formats the wizard offers for a checked domain.
    static QStringList domainPublishFormats();
    void setDomainCheckTimeout(std::chrono::milliseconds timeout) { m_domainCheckTimeout = timeout; }

signals:
    void domainCheckChanged();
    // The issuer's sign-in page for the domain check's test account, for the browser.
    void domainCheckBrowserUrl(const QUrl& url);
    void discoverySourceStarted(Portpilot::ConfigSource source);
    void discoverySourceFinished(Portpilot::ConfigSource source, Portpilot::SourceStatus status,
                                 const QString& message);
    void discoveryFinished(bool found);
    // A step of the test of `side` started or ended, or its result arrived.
    void testChanged(Portpilot::Side side);
    void testFinished(bool passed);
    void keychainAvailabilityChanged(bool available, const QString& message);
    void candidatesChanged();
    void choiceChanged();
    void passwordSaved(bool ok, const QString& message);
    void exportsChanged();
    void signInChanged();
    void signInBrowserUrl(const QUrl& url);
    void migrationChanged();

private:
    void forgetTest();
    void runDomainCheck(const QString& domain, const DomainCheckOptions& options);

    SetupState m_state;

    PasswordStore m_store;
    PasswordSaver m_saver{&m_store};
    std::optional<bool> m_keychainAvailable;
    QString m_keychainMessage;
    std::chrono::milliseconds m_keychainRetryDelay{10000}; // as Nextcloud's client waits
    bool m_keychainRetryPending = false;
    QTimer m_keychainRetry;

    Discovery* m_discovery = nullptr;
    DiscoveryOptions m_discoveryOptions;
    bool m_discoveryCancelled = false;

    AccountTester* m_tester = nullptr;
    SetupMigration* m_migration;
    QString m_migrationHome;
    bool m_migrationSurveyed = false;
    std::optional<QList<FoundAccount>> m_importable;
    SetupSignIn* m_signIn;
    DomainCheck* m_domainCheck = nullptr;
    DomainCheckSignIn* m_domainCheckSignIn = nullptr;
    std::chrono::milliseconds m_domainCheckTimeout{20000}; // as `portpilot check`
    QList<QSslCertificate> m_extraCaCertificates;
    // Certificates the person accepted stay accepted in later runs (group "certificatePins").
    QSettings m_settings;
    CertificatePinStore m_pinStore{&m_settings};
};

} // namespace Portpilot
