#include "SetupController.h"

#include "ServerSettingsValidator.h"

namespace Portpilot {

SetupController::SetupController(QObject* parent)
    : QObject(parent)
{
    m_incoming.protocol = Protocol::Imap;
    m_incoming.source = ConfigSource::Manual;
    m_outgoing.protocol = Protocol::Smtp;
    m_outgoing.source = ConfigSource::Manual;

    connect(&m_store, &PasswordStore::availabilityChecked, this, [this](int, bool available, const QString& message) {
        m_keychainAvailable = available;
        m_keychainMessage = message;
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
                m_passwordStorageText = ok ? tr("The password is stored in the system keychain (service “%1”).")
                                                 .arg(PasswordStore::serviceName())
                                           : tr("The password could not be stored: %1").arg(m_writeErrors.first());
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
    m_store.checkAvailable();
}

void SetupController::setCandidates(const Account& found)
{
    m_candidates = found.resolved(m_address.toString(), m_realName);
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

QString SetupController::incomingKey() const
{
    return PasswordStore::keyFor(m_address.toString(), effectiveIncoming());
}

QString SetupController::outgoingKey() const
{
    return PasswordStore::keyFor(m_address.toString(), effectiveOutgoing());
}

void SetupController::savePassword()
{
    m_writeErrors.clear();
    if (!m_rememberPassword || m_password.isEmpty()) {
        m_passwordStorageText = tr("The password was not saved; your mail program will ask for it.");
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
