#include "SetupController.h"

#include "AccountTester.h"
#include "CandidateRules.h"
#include "Discovery.h"
#include "DomainCheck.h"
#include "DomainCheckSignIn.h"
#include "EvolutionAccounts.h"
#include "ExportBatch.h"
#include "ExporterRegistry.h"
#include "ProviderAdvice.h"
#include "ServerSettingsValidator.h"
#include "SetupMigration.h"
#include "TestPlan.h"
#include "ThunderbirdProfiles.h"

#include <QDir>

namespace Portpilot {

SetupController::SetupController(QObject* parent)
    : QObject(parent)
    , m_migration(new SetupMigration(this))
    , m_migrationHome(QDir::homePath())
    , m_signIn(new SetupSignIn(this))
{
    connect(m_migration, &SetupMigration::changed, this, [this] {
        m_state.migration = m_migration->state();
        emit migrationChanged();
    });
    connect(m_signIn, &SetupSignIn::browserUrlReady, this, &SetupController::signInBrowserUrl);
    connect(m_signIn, &SetupSignIn::changed, this, [this](const OAuth2SignInState& signIn) {
        m_state.signIn = signIn;
        if (signIn.status == OAuth2SignInState::Status::SignedIn) {
            startTest(); // a refusal leaves the sign-in as it is; the page asks readyToTest()
        }
        emit signInChanged();
    });
    m_keychainRetry.setSingleShot(true);
    connect(&m_keychainRetry, &QTimer::timeout, this, [this] { m_store.checkAvailable(); });
    connect(&m_store, &PasswordStore::availabilityChecked, this, [this](int, bool available, const QString& message) {
        m_keychainAvailable = available;
        m_keychainMessage = message;
        if (!available && m_keychainRetryPending) {
            m_keychainRetryPending = false;
            m_keychainRetry.start(m_keychainRetryDelay);
        }
        emit keychainAvailabilityChanged(available, message);
    });
    connect(&m_saver, &PasswordSaver::finished, this, &SetupController::passwordSaved);
}

std::optional<SetupController::Step> SetupController::next(Step current, Detour detour) const
{
    const bool manualRequested = detour == Detour::Manual;
    switch (current) {
    case Step::Details:
        return detour == Detour::CheckDomain ? Step::Check : Step::Finding;
    case Step::Finding:
        return manualRequested || !m_state.hasCandidates() ? Step::Manual : Step::Choose;
    case Step::Choose:
        return manualRequested ? Step::Manual : Step::Test;
    case Step::Manual:
        return Step::Test;
    case Step::Test:
        return offersMigration() ? Step::Migrate : Step::Export;
    case Step::Migrate:
        return Step::Export;
    case Step::Export:
        return Step::Done;
    case Step::Done:
    case Step::Check:
        break;
    }
    return std::nullopt;
}

void SetupController::back(Step leaving)
{
    if (leaving == Step::Finding) {
        cancelDiscovery();
    } else if (leaving == Step::Test) {
        cancelSignIn();
        cancelTest(); // the results stay shown until the next test starts
    } else if (leaving == Step::Migrate) {
        cancelMigration(); // what was copied stays; a later run goes on from there
    } else if (leaving == Step::Check) {
        cancelDomainCheck(); // a finished report stays until the next check
    }
}

bool SetupController::setDetails(const QString& realName, const QString& address, const QString& password,
                                 bool rememberPassword, QString* error)
{
    const EmailAddress parsed = EmailAddress::parse(address.trimmed(), error);
    if (!parsed.isValid()) {
        return false;
    }
    const bool addressChanged = parsed.toString() != m_state.address.toString();
    m_state.realName = realName.trimmed();
    m_state.address = parsed;
    m_state.password = password;
    m_state.rememberPassword = rememberPassword;
    if (addressChanged) {
        // Approvals and consent belong to the servers of the old address.
        m_state.approvedDomains.clear();
        m_state.signIn = {}; // the token was for the old address (SetupSignIn::ready checks it too)
        for (const Side side : bothSides) {
            m_state.side(side).plainTextConsent = false;
        }
    }
    return true;
}

void SetupController::checkKeychain()
{
    m_keychainRetry.stop();
    m_keychainRetryPending = true;
    m_store.checkAvailable();
}

void SetupController::startDiscovery()
{
    cancelDiscovery();
    m_discoveryCancelled = false;
    m_discovery = new Discovery(this);
    connect(m_discovery, &Discovery::sourceStarted, this, &SetupController::discoverySourceStarted);
    connect(m_discovery, &Discovery::sourceFinished, this, &SetupController::discoverySourceFinished);
    connect(m_discovery, &Discovery::finished, this, [this, discovery = m_discovery](const Account& result) {
        if (discovery != m_discovery) {
            return;
        }
        m_discovery->deleteLater();
        m_discovery = nullptr;
        if (m_discoveryCancelled) {
            emit discoveryFinished(false);
            return;
        }
        setCandidates(result);
        emit discoveryFinished(m_state.hasCandidates());
    });
    DiscoveryOptions options = m_discoveryOptions;
    options.realName = m_state.realName;
    m_discovery->start(m_state.address, options);
}

void SetupController::cancelDiscovery()
{
    if (m_discovery && m_discovery->isRunning()) {
        m_discoveryCancelled = true;
        m_discovery->cancel();
    }
}

bool SetupController::isDiscovering() const
{
    return m_discovery && m_discovery->isRunning();
}

void SetupController::setCandidates(const Account& discovered)
{
    Account found = discovered;
    if (m_state.imported &&
        m_state.imported->emailAddress.compare(m_state.address.toString(), Qt::CaseInsensitive) == 0) {
        CandidateRules::mergeInto(found, *m_state.imported); // what the person's own program uses
    }
    m_state.provider = found.provider;
    m_state.source = found.source;
    for (const Side side : bothSides) {
        SideState& state = m_state.side(side);
        state.candidates = side == Side::Incoming ? found.incoming : found.outgoing;
        // A provider that takes no password keeps OAuth2 first: its sign-in step then says what is missing.
        if (!ProviderAdvice::passwordUnused(m_state.address.toString())) {
            SetupSignIn::preferPasswordWithoutClient(state.candidates, found);
        }
        // The most secure is preselected, whatever order the provider's file lists them in.
        CandidateRules::sortBySecurity(state.candidates);
        state.chosenIndex = -1;
        if (!state.candidates.isEmpty()) {
            choose(side, 0);
        }
    }
    emit candidatesChanged();
}

void SetupController::choose(Side side, qsizetype index)
{
    SideState& state = m_state.side(side);
    if (index < 0 || index >= state.candidates.size()) {
        return;
    }
    state.chosenIndex = index;
    state.server = state.candidates.at(index);
    state.plainTextConsent = false;
    emit choiceChanged();
}

void SetupController::setServer(Side side, const ServerSettings& server)
{
    SideState& state = m_state.side(side);
    if (server == state.server) {
        return;
    }
    // Consent was given for one server and one way of connecting, not for whatever comes next.
    if (server.hostname != state.server.hostname || server.port != state.server.port ||
        server.socketType != state.server.socketType) {
        state.plainTextConsent = false;
    }
    state.server = server;
    state.chosenIndex = -1;
    emit choiceChanged();
}

void SetupController::setDomainApproved(const QString& domain, bool approved)
{
    if (approved) {
        m_state.approvedDomains.insert(domain);
    } else {
        m_state.approvedDomains.remove(domain);
    }
    emit choiceChanged();
}

void SetupController::setPlainTextConsent(Side side, bool consent)
{
    m_state.side(side).plainTextConsent = consent;
    emit choiceChanged();
}

bool SetupController::readyToTest(QString* reason) const
{
    auto fail = [reason](const QString& text) {
        if (reason) {
            *reason = text;
        }
        return false;
    };
    if (!m_state.address.isValid()) {
        return fail(tr("Type your email address first."));
    }
    if (!ServerSettingsValidator::isUsable(m_state.side(Side::Incoming).server)) {
        return fail(tr("The incoming server’s settings are not complete."));
    }
    if (!ServerSettingsValidator::isUsable(m_state.side(Side::Outgoing).server)) {
        return fail(tr("The outgoing server’s settings are not complete."));
    }
    if (const QStringList pending = m_state.pendingApprovals(); !pending.isEmpty()) {
        TestPlan plan;
        plan.unapprovedDomains = pending;
        return fail(plan.refusal());
    }
    for (const Side side : bothSides) {
        if (m_state.plainTextConsentMissing(side)) {
            return fail(tr("Confirm that your password may go to “%1” without encryption, or choose encryption.")
                            .arg(m_state.side(side).server.hostname));
        }
    }
    if (reason) {
        reason->clear();
    }
    return true;
}

void SetupController::setExtraCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_extraCaCertificates = certificates;
    m_discoveryOptions.extraCaCertificates = certificates;
    m_signIn->setExtraCaCertificates(certificates);
}

void SetupController::forgetTest()
{
    for (const Side side : bothSides) {
        m_state.side(side).testResult.reset();
        m_state.side(side).checklist.reset();
    }
}

bool SetupController::startTest(QString* reason)
{
    cancelTest();
    forgetTest();
    if (!readyToTest(reason) || !m_signIn->ready(m_state, reason)) {
        return false;
    }
    ProbeOptions options;
    options.caCertificates = m_extraCaCertificates;
    options.pinStore = &m_pinStore;
    TestPlan plan = TestPlan::forSetup(m_state, options);
    if (!plan.ok()) {
        if (reason) {
            *reason = plan.refusal();
        }
        return false;
    }
    m_signIn->addTokens(plan.jobs); // OAuth2 servers get the token, the others keep the password
    // Job i of the plan is side i.
    m_tester = new AccountTester(this);
    connect(m_tester, &AccountTester::stepStarted, this, [this](int index, ProbeStep step) {
        const Side side = bothSides.at(std::size_t(index));
        m_state.side(side).checklist.stepStarted(step);
        emit testChanged(side);
    });
    connect(m_tester, &AccountTester::stepFinished, this, [this](int index, ProbeStep step, bool ok) {
        const Side side = bothSides.at(std::size_t(index));
        m_state.side(side).checklist.stepFinished(step, ok);
        emit testChanged(side);
    });
    connect(m_tester, &AccountTester::serverFinished, this, [this](int index, const ProbeResult& result) {
        const Side side = bothSides.at(std::size_t(index));
        SideState& state = m_state.side(side);
        state.testResult = result;
        state.checklist.serverFinished(result.passed());
        // Keep the username the server accepted, so that export and the summary use it.
        if (result.passed() && state.server.username.isEmpty() && !result.username.isEmpty()) {
            state.server.username = result.username;
        }
        emit testChanged(side);
    });
    connect(m_tester, &AccountTester::finished, this, [this, tester = m_tester] {
        if (tester != m_tester) {
            return;
        }
        m_tester->deleteLater();
        m_tester = nullptr;
        const SideState& incoming = m_state.side(Side::Incoming);
        if (!m_migrationSurveyed && incoming.testResult && incoming.testResult->passed() &&
            incoming.server.protocol == Protocol::Imap) {
            m_migrationSurveyed = true; // once per setup: the files do not change meanwhile
            m_migration->survey(m_migrationHome);
        }
        emit testFinished(m_state.testPassed());
    });
    m_tester->start(plan.jobs);
    return true;
}

void SetupController::cancelTest()
{
    if (m_tester) {
        AccountTester* tester = m_tester;
        m_tester = nullptr; // its finished() no longer counts
        tester->cancel();
        tester->deleteLater();
    }
}

bool SetupController::isTesting() const
{
    return m_tester && m_tester->isRunning();
}

bool SetupController::acceptCertificate(Side side, QString* error)
{
    const std::optional<ProbeResult>& result = m_state.side(side).testResult;
    if (!result || !result->certificate) {
        if (error) {
            *error = tr("There is no refused certificate to accept.");
        }
        return false;
    }
    return m_pinStore.pin(result->server.hostname, result->server.port, *result->certificate, error);
}

bool SetupController::forgetCertificate(Side side)
{
    const std::optional<ProbeResult>& result = m_state.side(side).testResult;
    if (!result || m_pinStore.pinnedFingerprint(result->server.hostname, result->server.port).isEmpty()) {
        return false;
    }
    m_pinStore.unpin(result->server.hostname, result->server.port);
    return true;
}

void SetupController::exportTo(const QStringList& formats, const QString& folder, bool includePassword)
{
    m_state.exports.append(ExportBatch::writeAll(m_state, formats, folder, includePassword));
    emit exportsChanged();
}

ClientInstaller::Outcome SetupController::installInto(const QString& format, bool undo) const
{
    const Exporter::Result result = ExportBatch::preview(m_state, format, false);
    if (!result.ok()) {
        // The format cannot carry this account (an OAuth2 server the program cannot sign in to, ...).
        ClientInstaller::Outcome refused;
        refused.status = ClientInstaller::Outcome::Status::Refused;
        refused.message = result.error;
        return refused;
    }
    const QString address = m_state.address.toString();
    return undo ? ClientInstaller::uninstall(format, result, address)
                : ClientInstaller::install(format, result, address);
}

bool SetupController::canLogInForDomainCheck(const QString& domainText) const
{
    const QString domain = DomainCheck::normalizeDomain(domainText);
    return !domain.isEmpty() && m_state.address.isValid() && !m_state.password.isEmpty() &&
           DomainCheck::normalizeDomain(m_state.address.domain()) == domain;
}

bool SetupController::startDomainCheck(const QString& domainText, bool withLogin, QString* error)
{
    const QString domain = DomainCheck::normalizeDomain(domainText);
    if (domain.isEmpty()) {
        if (error) {
            *error = domainText.trimmed().isEmpty()
                         ? tr("Type the domain to check, e.g. example.org.")
                         : tr("“%1” is not a domain name. Type only the part after the @, e.g. example.org.")
                               .arg(domainText.trimmed());
        }
        return false;
    }
    DomainCheckOptions options;
    if (withLogin && canLogInForDomainCheck(domain)) {
        options.address = m_state.address.toString();
        options.password = m_state.password;
        // Without a sign-in an OAuth2 server says why it was only probed (server.login-not-sent),
        // and where the page signs in.
        options.noAccessTokenReason =
            tr("this check has no OAuth2 sign-in; “Sign in with the browser” on the Check page signs in and logs "
               "in to this server too");
    }
    runDomainCheck(domain, options);
    return true;
}

void SetupController::runDomainCheck(const QString& domain, const DomainCheckOptions& login)
{
    cancelDomainCheck();
    DomainCheckOptions options = login;
    options.ispdbUrl = m_discoveryOptions.ispdbUrl;
    options.extraCaCertificates = m_extraCaCertificates;
    options.overallTimeout = m_domainCheckTimeout;
    DomainCheckState& check = m_state.domainCheck;
    check = DomainCheckState{};
    check.domain = domain;
    check.loginAddress = options.address;
    check.signedIn = !options.accessToken.isEmpty();
    check.running = true;
    m_domainCheck = new DomainCheck(this);
    connect(m_domainCheck, &DomainCheck::finished, this, [this, run = m_domainCheck] {
        if (run != m_domainCheck) {
            return; // a check that was cancelled meanwhile
        }
        DomainCheckState& state = m_state.domainCheck;
        state.running = false;
        state.finished = true;
        state.findings = run->findings();
        state.areas = run->areas();
        state.published = run->publishedAccount();
        state.namesOAuth2Servers = run->namesOAuth2Servers();
        m_domainCheck = nullptr;
        run->deleteLater(); // with it the options, and so the access token
        emit domainCheckChanged();
    });
    m_domainCheck->start(domain, options);
    emit domainCheckChanged();
}

void SetupController::cancelDomainCheck()
{
    cancelDomainCheckSignIn();
    if (!m_domainCheck) {
        return;
    }
    DomainCheck* run = m_domainCheck;
    m_domainCheck = nullptr; // its finished() is ignored from now on
    run->deleteLater();
    m_state.domainCheck.running = false;
    emit domainCheckChanged();
}

bool SetupController::offersDomainCheckSignIn(const QString& domainText) const
{
    const QString domain = DomainCheck::normalizeDomain(domainText);
    const DomainCheckState& check = m_state.domainCheck;
    return !domain.isEmpty() && check.domain == domain && (check.finished || check.signingIn) &&
           check.namesOAuth2Servers && m_state.address.isValid() &&
           DomainCheck::normalizeDomain(m_state.address.domain()) == domain;
}

bool SetupController::startDomainCheckSignIn(const QString& domainText, bool withPassword, QString* error)
{
    if (!offersDomainCheckSignIn(domainText) || m_state.domainCheck.signingIn) {
        if (error) {
            //: %1 is a domain name
            *error = tr("Check %1 first: a sign-in is offered when its autoconfig document names OAuth2 servers.")
                         .arg(domainText.trimmed());
        }
        return false;
    }
    const QString domain = DomainCheck::normalizeDomain(domainText);
    m_domainCheckSignIn = new DomainCheckSignIn(this);
    m_domainCheckSignIn->setExtraCaCertificates(m_extraCaCertificates);
    m_domainCheckSignIn->setTimeout(m_domainCheckTimeout);
    DomainCheckState& check = m_state.domainCheck;
    check.signingIn = true;
    check.signInIssuer.clear();
    check.signInProblem.clear();
    connect(m_domainCheckSignIn, &DomainCheckSignIn::browserUrlReady, this, [this](const QUrl& url) {
        m_state.domainCheck.signInIssuer = m_domainCheckSignIn->registration().name;
        emit domainCheckChanged();
        emit domainCheckBrowserUrl(url);
    });
    connect(m_domainCheckSignIn, &DomainCheckSignIn::finished, this,
            [this, domain, withPassword, run = m_domainCheckSignIn](bool ok, const QString& why) {
                m_domainCheckSignIn = nullptr;
                run->deleteLater();
                m_state.domainCheck.signingIn = false;
                if (!ok) {
                    m_state.domainCheck.signInProblem = why;
                    emit domainCheckChanged();
                    return;
                }
                DomainCheckOptions options;
                options.address = m_state.address.toString();
                if (withPassword) {
                    options.password = m_state.password;
                }
                options.accessToken = run->accessToken();
                options.accessTokenIssuer = run->issuer();
                runDomainCheck(domain, options);
            });
    m_domainCheckSignIn->start(m_state.address);
    emit domainCheckChanged();
    return true;
}

void SetupController::cancelDomainCheckSignIn()
{
    if (!m_domainCheckSignIn) {
        return;
    }
    DomainCheckSignIn* run = m_domainCheckSignIn;
    m_domainCheckSignIn = nullptr;
    run->cancel(); // closes its loopback listener; its finished() does not come
    run->deleteLater();
    m_state.domainCheck.signingIn = false;
    emit domainCheckChanged();
}

QStringList SetupController::domainPublishFormats()
{
    // What a domain owner publishes so that clients find the settings: the autoconfig file (web
    // server), the SRV records (DNS), Outlook's Autodiscover answer and an Apple profile.
    return {QStringLiteral("autoconfig"), QStringLiteral("dns-zone"), QStringLiteral("autodiscover"),
            QStringLiteral("mobileconfig")};
}

void SetupController::publishDomainSettings(const QStringList& formats, const QString& folder)
{
    DomainCheckState& check = m_state.domainCheck;
    check.exports.append(ExportBatch::writeAll(check.published, formats, folder));
    emit domainCheckChanged();
}

bool SetupController::offersMigration() const
{
    const SideState& incoming = m_state.side(Side::Incoming);
    return incoming.server.protocol == Protocol::Imap && incoming.testResult && incoming.testResult->passed() &&
           !m_state.migration.folders.isEmpty();
}

bool SetupController::addMigrationSource(const QString& path, QString* error)
{
    return m_migration->addSource(path, error);
}

void SetupController::setMigrationFolderSelected(qsizetype index, bool selected)
{
    m_migration->setSelected(index, selected);
}

bool SetupController::startMigration(QString* reason)
{
    const SideState& incoming = m_state.side(Side::Incoming);
    if (incoming.server.protocol != Protocol::Imap || !incoming.testResult || !incoming.testResult->passed()) {
        if (reason) {
            *reason = tr("Mail can be copied once the test of an IMAP server has passed.");
        }
        return false;
    }
    ProbeOptions options;
    options.caCertificates = m_extraCaCertificates;
    options.pinStore = &m_pinStore;
    TestPlan plan = TestPlan::forSetup(m_state, options);
    if (!plan.ok() || plan.jobs.isEmpty()) {
        if (reason) {
            *reason = plan.refusal();
        }
        return false;
    }
    m_signIn->addTokens(plan.jobs);
    AccountTester::Job job = plan.jobs.first(); // job 0 is the incoming side
    // The migration runs on its own thread: the pin store stays here, its answer goes as a fingerprint.
    const QString pinned = m_pinStore.pinnedFingerprint(job.server.hostname, job.server.port);
    if (!pinned.isEmpty()) {
        job.options.acceptedFingerprints.append(pinned);
    }
    job.options.pinStore = nullptr;
    m_migration->start(job.server, job.options);
    return true;
}

void SetupController::setMigrationPaused(bool paused)
{
    m_migration->setPaused(paused);
}

void SetupController::cancelMigration()
{
    m_migration->cancel();
}

const QList<FoundAccount>& SetupController::importableAccounts()
{
    if (!m_importable) {
        QList<FoundAccount> found;
        for (const QString& profile : ThunderbirdProfiles::profileDirectories(m_migrationHome)) {
            found += ThunderbirdProfiles::accounts(profile);
        }
        found += EvolutionAccounts::accounts(m_migrationHome);
        found.removeIf([](const FoundAccount& account) {
            return account.account.emailAddress.isEmpty() || account.account.incoming.isEmpty();
        });
        m_importable = found;
    }
    return *m_importable;
}

} // namespace Portpilot
