#include "SetupController.h"

#include "AccountTester.h"
#include "Discovery.h"
#include "ExportFileWriter.h"
#include "ExporterRegistry.h"
#include "ProviderDatabase.h"
#include "ServerSettingsValidator.h"

#include <QDir>

namespace Portpilot {

SetupController::SetupController(QObject* parent)
    : QObject(parent)
{
    m_incoming.protocol = Protocol::Imap;
    m_incoming.source = ConfigSource::Manual;
    m_outgoing.protocol = Protocol::Smtp;
    m_outgoing.source = ConfigSource::Manual;

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
    connect(&m_store, &PasswordStore::writeFinished, this,
            [this](int, const QString&, PasswordStore::Status status, const QString& message) {
                if (status != PasswordStore::Status::Ok) {
                    m_writeErrors.append(message);
                }
                if (--m_pendingWrites > 0) {
                    return;
                }
                const bool ok = m_writeErrors.isEmpty();
                m_passwordStorage = ok ? PasswordStorage::Stored : PasswordStorage::Failed;
                emit passwordSaved(ok, ok ? QString() : m_writeErrors.first());
            });
}

bool SetupController::setDetails(const QString& realName, const QString& address, const QString& password,
                                 bool rememberPassword, QString* error)
{
    const EmailAddress parsed = EmailAddress::parse(address.trimmed(), error);
    if (!parsed.isValid()) {
        return false;
    }
    const bool addressChanged = parsed.toString() != m_address.toString();
    m_realName = realName.trimmed();
    m_address = parsed;
    m_password = password;
    m_rememberPassword = rememberPassword;
    if (addressChanged) {
        // Approvals and consent belong to the servers of the old address.
        m_approved.clear();
        m_plainConsentIncoming = m_plainConsentOutgoing = false;
    }
    return true;
}

void SetupController::checkKeychain()
{
    m_keychainRetry.stop();
    m_keychainRetryPending = true;
    m_store.checkAvailable();
}

void SetupController::setExtraCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_extraCaCertificates = certificates;
    m_discoveryOptions.extraCaCertificates = certificates;
}

void SetupController::startTest()
{
    cancelTest();
    m_results[IncomingSide].reset();
    m_results[OutgoingSide].reset();
    ProbeOptions options;
    options.mode = ProbeMode::Login;
    options.emailAddress = m_address.toString();
    options.password = m_password;
    options.caCertificates = m_extraCaCertificates;
    options.pinStore = &m_pinStore;
    // Consent was given per server; the prober checks it again for the exact host and port.
    if (m_plainConsentIncoming) {
        options.plaintextConsent.append(ProbeOptions::endpoint(m_incoming.hostname, m_incoming.port));
    }
    if (m_plainConsentOutgoing) {
        options.plaintextConsent.append(ProbeOptions::endpoint(m_outgoing.hostname, m_outgoing.port));
    }
    // The username stays open when none was given: the prober tries the usual forms.
    ServerSettings in = m_incoming;
    ServerSettings out = m_outgoing;
    in.hostname = in.hostname.trimmed();
    out.hostname = out.hostname.trimmed();
    m_tester = new AccountTester(this);
    connect(m_tester, &AccountTester::stepStarted, this, &SetupController::testStepStarted);
    connect(m_tester, &AccountTester::stepFinished, this, &SetupController::testStepFinished);
    connect(m_tester, &AccountTester::serverFinished, this, [this](int side, const ProbeResult& result) {
        if (side < 0 || side > 1) {
            return;
        }
        m_results[side] = result;
        // Keep the username the server accepted, so that export and the summary use it.
        ServerSettings& server = side == IncomingSide ? m_incoming : m_outgoing;
        if (result.passed() && server.username.isEmpty() && !result.username.isEmpty()) {
            server.username = result.username;
        }
        emit testServerFinished(side, result);
    });
    connect(m_tester, &AccountTester::finished, this, [this, tester = m_tester] {
        if (tester != m_tester) {
            return;
        }
        m_tester->deleteLater();
        m_tester = nullptr;
        emit testFinished(testPassed());
    });
    m_tester->start({{in, options}, {out, options}});
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

std::optional<ProbeResult> SetupController::testResult(int side) const
{
    return side == IncomingSide || side == OutgoingSide ? m_results[side] : std::nullopt;
}

bool SetupController::testPassed() const
{
    return m_results[IncomingSide] && m_results[IncomingSide]->passed() && m_results[OutgoingSide] &&
           m_results[OutgoingSide]->passed();
}

bool SetupController::acceptCertificate(int side, QString* error)
{
    const std::optional<ProbeResult> result = testResult(side);
    if (!result || !result->certificate) {
        if (error) {
            *error = tr("There is no refused certificate to accept.");
        }
        return false;
    }
    return m_pinStore.pin(result->server.hostname, result->server.port, *result->certificate, error);
}

bool SetupController::forgetCertificate(int side)
{
    const std::optional<ProbeResult> result = testResult(side);
    if (!result || m_pinStore.pinnedFingerprint(result->server.hostname, result->server.port).isEmpty()) {
        return false;
    }
    m_pinStore.unpin(result->server.hostname, result->server.port);
    return true;
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
        emit discoveryFinished(hasCandidates());
    });
    m_discovery->start(m_address, m_discoveryOptions);
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

QString SetupController::sourceLabel(ConfigSource source)
{
    switch (source) {
    case ConfigSource::Bundled:
        return tr("Portpilot’s list of providers");
    case ConfigSource::ProviderHttps:
        return tr("Your provider’s website (secure)");
    case ConfigSource::Ispdb:
        return tr("Thunderbird’s database of providers");
    case ConfigSource::Mx:
        return tr("The server that receives your domain’s mail (MX)");
    case ConfigSource::DnsSrv:
        return tr("Service records in DNS (SRV)");
    case ConfigSource::Guess:
        return tr("Trying common server names");
    case ConfigSource::ProviderHttp:
        return tr("Your provider’s website (not secure)");
    case ConfigSource::Manual:
        return tr("Typed by you");
    case ConfigSource::File:
        return tr("A settings file");
    case ConfigSource::Unknown:
        break;
    }
    return tr("Unknown source");
}

QString SetupController::sourceStatusLabel(SourceStatus status)
{
    switch (status) {
    case SourceStatus::Found:
        return tr("found settings");
    case SourceStatus::Nothing:
        return tr("nothing found");
    case SourceStatus::Failed:
        return tr("failed");
    case SourceStatus::Cancelled:
        return tr("not needed");
    }
    return {};
}

void SetupController::setCandidates(const Account& found)
{
    m_candidates = found.resolved(m_address.toString(), m_realName);
    // Portpilot cannot sign in with OAuth2: where a password also works, offer that first.
    for (QList<ServerSettings>* side : {&m_candidates.incoming, &m_candidates.outgoing}) {
        for (ServerSettings& server : *side) {
            if (server.authMethods.size() > 1 && server.authMethods.removeAll(AuthMethod::OAuth2) > 0) {
                server.authMethods.append(AuthMethod::OAuth2);
            }
        }
    }
    m_incomingIndex = m_outgoingIndex = -1;
    if (!m_candidates.incoming.isEmpty()) {
        chooseIncoming(0);
    }
    if (!m_candidates.outgoing.isEmpty()) {
        chooseOutgoing(0);
    }
    emit candidatesChanged();
}

void SetupController::chooseIncoming(qsizetype index)
{
    if (index < 0 || index >= m_candidates.incoming.size()) {
        return;
    }
    m_incomingIndex = index;
    m_incoming = m_candidates.incoming.at(index);
    m_plainConsentIncoming = false;
    emit choiceChanged();
}

void SetupController::chooseOutgoing(qsizetype index)
{
    if (index < 0 || index >= m_candidates.outgoing.size()) {
        return;
    }
    m_outgoingIndex = index;
    m_outgoing = m_candidates.outgoing.at(index);
    m_plainConsentOutgoing = false;
    emit choiceChanged();
}

void SetupController::setIncoming(const ServerSettings& server)
{
    if (server == m_incoming) {
        return;
    }
    // Consent was given for one server and one way of connecting, not for whatever comes next.
    if (server.hostname != m_incoming.hostname || server.port != m_incoming.port ||
        server.socketType != m_incoming.socketType) {
        m_plainConsentIncoming = false;
    }
    m_incoming = server;
    m_incomingIndex = -1;
    emit choiceChanged();
}

void SetupController::setOutgoing(const ServerSettings& server)
{
    if (server == m_outgoing) {
        return;
    }
    if (server.hostname != m_outgoing.hostname || server.port != m_outgoing.port ||
        server.socketType != m_outgoing.socketType) {
        m_plainConsentOutgoing = false;
    }
    m_outgoing = server;
    m_outgoingIndex = -1;
    emit choiceChanged();
}

ServerSettings SetupController::effective(const ServerSettings& server) const
{
    ServerSettings result = server;
    result.hostname = result.hostname.trimmed();
    if (result.username.isEmpty()) {
        result.username = m_address.toString(); // the most common convention
    }
    return result;
}

Account SetupController::chosenAccount() const
{
    Account account;
    account.emailAddress = m_address.toString();
    account.realName = m_realName;
    account.provider = m_candidates.provider;
    account.source = m_incomingIndex >= 0 ? m_candidates.source : ConfigSource::Manual;
    account.incoming = {effectiveIncoming()};
    account.outgoing = {effectiveOutgoing()};
    return account;
}

QStringList SetupController::pendingApprovals() const
{
    QStringList domains;
    for (const ServerSettings* server : {&m_incoming, &m_outgoing}) {
        const QString& domain = server->approvalNeeded;
        if (!domain.isEmpty() && !m_approved.contains(domain) && !domains.contains(domain)) {
            domains.append(domain);
        }
    }
    return domains;
}

void SetupController::setDomainApproved(const QString& domain, bool approved)
{
    if (approved) {
        m_approved.insert(domain);
    } else {
        m_approved.remove(domain);
    }
    emit choiceChanged();
}

bool SetupController::sendsPasswordInPlainText(const ServerSettings& server)
{
    return server.socketType == SocketType::Plain && server.preferredAuth() == AuthMethod::PasswordCleartext;
}

void SetupController::setPlainTextConsent(bool incoming, bool consent)
{
    (incoming ? m_plainConsentIncoming : m_plainConsentOutgoing) = consent;
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
    if (!m_address.isValid()) {
        return fail(tr("Type your email address first."));
    }
    if (!ServerSettingsValidator::isUsable(m_incoming)) {
        return fail(tr("The incoming server’s settings are not complete."));
    }
    if (!ServerSettingsValidator::isUsable(m_outgoing)) {
        return fail(tr("The outgoing server’s settings are not complete."));
    }
    const QStringList pending = pendingApprovals();
    if (!pending.isEmpty()) {
        //: %1 is an internet domain such as example.com
        return fail(tr("Confirm that you trust the servers of “%1” first.").arg(pending.first()));
    }
    if (sendsPasswordInPlainText(m_incoming) && !m_plainConsentIncoming) {
        return fail(tr("Confirm that your password may go to “%1” without encryption, or choose encryption.")
                        .arg(m_incoming.hostname));
    }
    if (sendsPasswordInPlainText(m_outgoing) && !m_plainConsentOutgoing) {
        return fail(tr("Confirm that your password may go to “%1” without encryption, or choose encryption.")
                        .arg(m_outgoing.hostname));
    }
    if (reason) {
        reason->clear();
    }
    return true;
}

QString SetupController::enableInstructions(const QString& language) const
{
    QStringList texts;
    for (const ProviderEnableInstructions& enable : m_candidates.provider.enable) {
        const QString text = ProviderInfo::pick(enable.instructions, language);
        if (!text.isEmpty()) {
            texts.append(text);
        }
    }
    return texts.join(QLatin1Char('\n'));
}

QString SetupController::enableInstructionsUrl() const
{
    for (const ProviderEnableInstructions& enable : m_candidates.provider.enable) {
        if (!enable.visitUrl.isEmpty()) {
            return enable.visitUrl;
        }
    }
    return {};
}

std::optional<ProviderEntry> SetupController::providerEntry() const
{
    const ProviderDatabase& database = ProviderDatabase::bundled();
    if (auto entry = database.findByDomain(m_address.domainAce())) {
        return entry;
    }
    // Hosted domains (Microsoft 365, Google Workspace) are known by the provider discovery named.
    if (!m_candidates.provider.id.isEmpty()) {
        for (const ProviderEntry& entry : database.entries()) {
            if (entry.id() == m_candidates.provider.id) {
                return entry;
            }
        }
    }
    return std::nullopt;
}

QString SetupController::passwordAdvice() const
{
    const auto entry = providerEntry();
    if (!entry) {
        return {};
    }
    const QString name =
        entry->account.provider.displayName.isEmpty() ? entry->id() : entry->account.provider.displayName;
    switch (entry->passwordPolicy) {
    case PasswordPolicy::Normal:
        return {};
    case PasswordPolicy::AppPassword:
        //: %1 is a provider such as "Google Mail (Gmail)"
        return tr("%1 refuses your normal password in mail programs. Create an app password in your account’s "
                  "security settings and type it as the password here.")
            .arg(name);
    case PasswordPolicy::OAuth2Only:
        return tr("%1 only allows mail programs that sign in through the provider’s own login page (OAuth2). "
                  "Portpilot cannot test this login; follow the provider’s instructions in your mail program.")
            .arg(name);
    }
    return {};
}

QString SetupController::passwordAdviceUrl() const
{
    const auto entry = providerEntry();
    return entry && entry->passwordPolicy != PasswordPolicy::Normal ? entry->passwordHelpUrl : QString();
}

QStringList SetupController::exportFormats()
{
    return ExporterRegistry::instance().names();
}

QString SetupController::exportFormatDescription(const QString& format)
{
    const Exporter* exporter = ExporterRegistry::instance().find(format);
    return exporter ? exporter->description() : QString();
}

Exporter::Result SetupController::exportPreview(const QString& format, bool includePassword) const
{
    const Exporter* exporter = ExporterRegistry::instance().find(format);
    if (!exporter) {
        Exporter::Result result;
        result.error = tr("There is no export format “%1”.").arg(format);
        return result;
    }
    Exporter::Options options;
    options.includePassword = includePassword;
    if (includePassword) {
        options.incomingPassword = m_password;
        options.outgoingPassword = m_password;
    }
    return exporter->exportAccount(chosenAccount(), options);
}

QList<ExportOutcome> SetupController::exportTo(const QStringList& formats, const QString& folder,
                                               bool includePassword) const
{
    QList<ExportOutcome> outcomes;
    const QDir dir(folder);
    for (const QString& format : formats) {
        ExportOutcome outcome;
        outcome.format = format;
        outcome.includePassword = includePassword;
        const Exporter* exporter = ExporterRegistry::instance().find(format);
        const Exporter::Result result = exportPreview(format, includePassword);
        if (!exporter || !result.ok()) {
            outcome.status = ExportOutcome::Status::Refused;
            outcomes.append(outcome);
            continue;
        }
        outcome.path = dir.filePath(exporter->defaultFileName(chosenAccount()));
        switch (ExportFileWriter::write(result, outcome.path, exporter->isMultiFile(), false, &outcome.error)) {
        case ExportFileWriter::Status::Written:
            outcome.status = ExportOutcome::Status::Written;
            break;
        case ExportFileWriter::Status::Exists:
            outcome.status = ExportOutcome::Status::Exists;
            break;
        case ExportFileWriter::Status::Failed:
            outcome.status = ExportOutcome::Status::Failed;
            break;
        }
        outcomes.append(outcome);
    }
    return outcomes;
}

QString SetupController::exportOutcomeText(const ExportOutcome& outcome) const
{
    switch (outcome.status) {
    case ExportOutcome::Status::Written:
        return tr("%1: saved as “%2”").arg(outcome.format, QDir::toNativeSeparators(outcome.path));
    case ExportOutcome::Status::Refused: {
        // The exporters word their refusals as they make them; asking again (nothing is written)
        // gives the reason in the current language. The account does not change while it is shown.
        const QString reason = exportPreview(outcome.format, outcome.includePassword).error;
        if (reason.isEmpty()) {
            //: %1 export format; the reason no longer applies (the settings changed since)
            return tr("%1: not exported").arg(outcome.format);
        }
        //: %1 export format, %2 the reason
        return tr("%1: not exported: %2").arg(outcome.format, reason);
    }
    case ExportOutcome::Status::Exists:
        //: %1 export format, %2 the file in the way
        return tr("%1: not saved: “%2” already exists; nothing was replaced.")
            .arg(outcome.format, QDir::toNativeSeparators(outcome.error.path));
    case ExportOutcome::Status::Failed:
        return tr("%1: not saved: %2").arg(outcome.format, outcome.error.message());
    }
    return {};
}

QString SetupController::incomingKey() const
{
    return PasswordStore::keyFor(m_address.toString(), effectiveIncoming());
}

QString SetupController::outgoingKey() const
{
    return PasswordStore::keyFor(m_address.toString(), effectiveOutgoing());
}

QString SetupController::passwordStorageText() const
{
    switch (m_passwordStorage) {
    case PasswordStorage::Pending:
        break;
    case PasswordStorage::NotRemembered:
        return tr("The password was not saved; your mail program will ask for it.");
    case PasswordStorage::Stored:
        return tr("The password is stored in the system keychain (service “%1”).").arg(PasswordStore::serviceName());
    case PasswordStorage::Failed:
        return tr("The password could not be stored: %1").arg(m_writeErrors.value(0));
    }
    return {};
}

void SetupController::savePassword()
{
    m_writeErrors.clear();
    m_passwordStorage = PasswordStorage::Pending;
    if (!m_rememberPassword || m_password.isEmpty()) {
        m_passwordStorage = PasswordStorage::NotRemembered;
        emit passwordSaved(true, QString());
        return;
    }
    // One entry per server (the keys differ at least in the protocol).
    m_pendingWrites = 2;
    m_store.write(incomingKey(), m_password);
    m_store.write(outgoingKey(), m_password);
}

QString SetupController::protocolAdvice(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Imap:
        return tr("IMAP keeps your mail on the server and in sync across all your devices: what you read, move or "
                  "delete on one shows on the others. Choose it if you read mail on more than one device.");
    case Protocol::Pop3:
        return tr("POP3 downloads your mail to one device and usually removes it from the server. Choose it only if "
                  "you read mail on this one device and want it stored here.");
    case Protocol::Smtp:
        return tr("SMTP sends your mail.");
    }
    return {};
}

QString SetupController::securityExplanation(SocketType socketType)
{
    switch (socketType) {
    case SocketType::Ssl:
        return tr("SSL/TLS: the connection is encrypted from the very first byte. This is the safest choice.");
    case SocketType::StartTls:
        return tr("STARTTLS: the connection starts unencrypted and switches to encryption before your password is "
                  "sent. Portpilot refuses to continue if the switch fails.");
    case SocketType::Plain:
        return tr("No encryption: everything, your password included, can be read by anyone on the network.");
    }
    return {};
}

QString SetupController::summary() const
{
    const ServerSettings in = effectiveIncoming();
    const ServerSettings out = effectiveOutgoing();
    QStringList lines;
    lines << tr("Name: %1").arg(m_realName) << tr("Address: %1").arg(m_address.toString());
    //: %1 protocol (IMAP/POP3), %2 host, %3 port, %4 security, %5 user name
    lines << tr("Incoming: %1 %2:%3, %4, user name “%5”")
                 .arg(protocolName(in.protocol).toUpper(), in.hostname, QString::number(in.port),
                      socketTypeName(in.socketType), in.username);
    lines << tr("Outgoing: %1 %2:%3, %4, user name “%5”")
                 .arg(protocolName(out.protocol).toUpper(), out.hostname, QString::number(out.port),
                      socketTypeName(out.socketType), out.username);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Portpilot
