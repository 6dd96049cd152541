#include "ServerSettingsEditor.h"

#include "Hostname.h"
#include "ServerSettingsValidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>

namespace Portpilot {

ServerSettingsEditor::ServerSettingsEditor(Side side, QWidget* parent)
    : QGroupBox(parent)
    , m_side(side)
    , m_lastProtocol(side == Side::Incoming ? Protocol::Imap : Protocol::Smtp)
    , m_protocolLabel(new QLabel(this))
    , m_protocol(new QComboBox(this))
    , m_hostLabel(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QLineEdit(this))
    , m_securityLabel(new QLabel(this))
    , m_security(new QComboBox(this))
    , m_authLabel(new QLabel(this))
    , m_auth(new QComboBox(this))
    , m_usernameLabel(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_problems(new QLabel(this))
    , m_consent(new QCheckBox(this))
    , m_approvalNote(new QLabel(this))
    , m_approval(new QCheckBox(this))
{
    const QString name = isIncoming() ? QStringLiteral("incoming") : QStringLiteral("outgoing");
    setObjectName(name + QStringLiteral("Editor"));
    m_protocol->setObjectName(name + QStringLiteral("Protocol"));
    m_host->setObjectName(name + QStringLiteral("Host"));
    m_port->setObjectName(name + QStringLiteral("Port"));
    m_security->setObjectName(name + QStringLiteral("Security"));
    m_auth->setObjectName(name + QStringLiteral("Auth"));
    m_username->setObjectName(name + QStringLiteral("Username"));
    m_problems->setObjectName(name + QStringLiteral("Problems"));
    m_consent->setObjectName(name + QStringLiteral("PlainConsent"));
    m_approval->setObjectName(name + QStringLiteral("Approval"));
    m_approvalNote->setObjectName(name + QStringLiteral("ApprovalNote"));
    // The reason wraps; the box keeps only the short promise, so the page never grows wider
    // than the window (a check box's text cannot wrap).
    m_approvalNote->setWordWrap(true);
    m_approvalNote->setTextFormat(Qt::PlainText);
    m_approvalNote->setVisible(false);
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_port->setMaxLength(5);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_consent->setVisible(false);
    m_approval->setVisible(false);

    if (isIncoming()) {
        m_protocol->addItem(QStringLiteral("IMAP"), QVariant::fromValue(Protocol::Imap));
        m_protocol->addItem(QStringLiteral("POP3"), QVariant::fromValue(Protocol::Pop3));
    } else {
        m_protocol->addItem(QStringLiteral("SMTP"), QVariant::fromValue(Protocol::Smtp));
        m_protocol->setEnabled(false);
    }
    for (SocketType type : {SocketType::Ssl, SocketType::StartTls, SocketType::Plain}) {
        m_security->addItem(QString(), QVariant::fromValue(type));
    }
    m_protocolLabel->setBuddy(m_protocol);
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_securityLabel->setBuddy(m_security);
    m_authLabel->setBuddy(m_auth);
    m_usernameLabel->setBuddy(m_username);

    auto* layout = new QFormLayout(this);
    layout->addRow(m_protocolLabel, m_protocol);
    layout->addRow(m_hostLabel, m_host);
    layout->addRow(m_securityLabel, m_security);
    layout->addRow(m_portLabel, m_port);
    layout->addRow(m_authLabel, m_auth);
    layout->addRow(m_usernameLabel, m_username);
    layout->addRow(m_problems);
    layout->addRow(m_consent);
    layout->addRow(m_approvalNote);
    layout->addRow(m_approval);
    // Tab order follows the form from top to bottom: protocol, host, security, port, ...
    setTabOrder(m_protocol, m_host);
    setTabOrder(m_host, m_security);
    setTabOrder(m_security, m_port);
    setTabOrder(m_port, m_auth);
    setTabOrder(m_auth, m_username);
    setTabOrder(m_username, m_consent);
    setTabOrder(m_consent, m_approval);

    m_base.protocol = m_lastProtocol;
    m_base.port = standardPort(m_lastProtocol, SocketType::Ssl);
    m_base.source = ConfigSource::Manual;
    retranslateUi();
    setSettings(m_base);

    auto changed = [this] {
        updateProblems();
        emit settingsChanged();
    };
    connect(m_host, &QLineEdit::textChanged, this, changed);
    connect(m_port, &QLineEdit::textChanged, this, changed);
    connect(m_username, &QLineEdit::textChanged, this, changed);
    connect(m_auth, &QComboBox::currentIndexChanged, this, changed);
    connect(m_protocol, &QComboBox::currentIndexChanged, this, &ServerSettingsEditor::protocolOrSecurityChanged);
    connect(m_security, &QComboBox::currentIndexChanged, this, &ServerSettingsEditor::protocolOrSecurityChanged);
    connect(m_consent, &QCheckBox::toggled, this, &ServerSettingsEditor::consentChanged);
    connect(m_approval, &QCheckBox::toggled, this, &ServerSettingsEditor::approvalChanged);
}

void ServerSettingsEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QGroupBox::changeEvent(event);
}

void ServerSettingsEditor::retranslateUi()
{
    setTitle(isIncoming() ? tr("Incoming mail") : tr("Outgoing mail (SMTP)"));
    m_protocolLabel->setText(isIncoming() ? tr("Pro&tocol:") : tr("Protocol:"));
    m_hostLabel->setText(isIncoming() ? tr("&Server:") : tr("Se&rver:"));
    m_securityLabel->setText(isIncoming() ? tr("S&ecurity:") : tr("Sec&urity:"));
    m_portLabel->setText(isIncoming() ? tr("P&ort:") : tr("Po&rt:"));
    m_authLabel->setText(isIncoming() ? tr("&Log in with:") : tr("Lo&g in with:"));
    m_usernameLabel->setText(isIncoming() ? tr("User &name:") : tr("User na&me:"));
    const QString side = isIncoming() ? tr("Incoming") : tr("Outgoing");
    //: %1 is "Incoming" or "Outgoing"
    m_protocol->setAccessibleName(tr("%1 protocol").arg(side));
    m_protocol->setAccessibleDescription(tr("IMAP keeps mail on the server; POP3 downloads it to this device"));
    m_host->setAccessibleName(tr("%1 server name").arg(side));
    m_host->setAccessibleDescription(tr("The server’s host name, for example imap.example.com"));
    m_host->setPlaceholderText(isIncoming() ? tr("imap.example.com") : tr("smtp.example.com"));
    m_port->setAccessibleName(tr("%1 port").arg(side));
    m_port->setAccessibleDescription(tr("Changes to the standard port when you change the security"));
    m_security->setAccessibleName(tr("%1 security").arg(side));
    m_security->setAccessibleDescription(tr("How the connection is encrypted"));
    m_security->setItemText(0, tr("SSL/TLS (encrypted from the start)"));
    m_security->setItemText(1, tr("STARTTLS (switches to encryption)"));
    m_security->setItemText(2, tr("None (not encrypted)"));
    m_auth->setAccessibleName(tr("%1 login method").arg(side));
    m_auth->setAccessibleDescription(tr("How Portpilot proves who you are to the server"));
    m_username->setAccessibleName(tr("%1 user name").arg(side));
    m_username->setAccessibleDescription(tr("Leave empty to use your email address"));
    m_username->setPlaceholderText(tr("your email address"));
    m_problems->setAccessibleDescription(tr("%1 settings problems").arg(side));
    fillAuthMethods();
    updateProblems();
}

void ServerSettingsEditor::fillAuthMethods()
{
    const QSignalBlocker blocker(m_auth);
    const QVariant current = m_auth->currentData();
    m_auth->clear();
    m_auth->addItem(tr("Password"), QVariant::fromValue(AuthMethod::PasswordCleartext));
    m_auth->addItem(tr("Encrypted password (CRAM-MD5, SCRAM)"), QVariant::fromValue(AuthMethod::PasswordEncrypted));
    // Without it an OAuth2 server passed through this page came out as a password server.
    m_auth->addItem(tr("Sign-in page of the provider (OAuth2)"), QVariant::fromValue(AuthMethod::OAuth2));
    if (!isIncoming()) {
        m_auth->addItem(tr("No login"), QVariant::fromValue(AuthMethod::None));
    }
    const int index = m_auth->findData(current);
    m_auth->setCurrentIndex(index >= 0 ? index : 0);
}

void ServerSettingsEditor::setSettings(const ServerSettings& server)
{
    m_base = server;
    const QSignalBlocker b1(m_protocol), b2(m_host), b3(m_port), b4(m_security), b5(m_auth), b6(m_username);
    const int protocolIndex = m_protocol->findData(QVariant::fromValue(server.protocol));
    m_protocol->setCurrentIndex(protocolIndex >= 0 ? protocolIndex : 0);
    m_host->setText(server.hostname);
    m_port->setText(server.port ? QString::number(server.port) : QString());
    m_security->setCurrentIndex(m_security->findData(QVariant::fromValue(server.socketType)));
    const int authIndex = m_auth->findData(QVariant::fromValue(server.preferredAuth()));
    m_auth->setCurrentIndex(authIndex >= 0 ? authIndex : 0);
    m_username->setText(server.username);
    m_lastProtocol = server.protocol;
    m_lastSecurity = server.socketType;
    updateProblems();
}

ServerSettings ServerSettingsEditor::settings() const
{
    ServerSettings server = m_base;
    server.protocol = m_protocol->currentData().value<Protocol>();
    server.hostname = m_host->text().trimmed();
    server.port = ServerSettingsValidator::parsePort(m_port->text());
    server.socketType = m_security->currentData().value<SocketType>();
    const AuthMethod auth = m_auth->currentData().value<AuthMethod>();
    if (server.authMethods.isEmpty() || server.authMethods.first() != auth) {
        server.authMethods = {auth};
    }
    server.username = m_username->text();
    server.source = ConfigSource::Manual;
    // Whether the host needs approval is not the page's to say: SetupState::approvalNeededFor()
    // keeps a host from an unauthenticated source waiting for approval, whoever typed it.
    server.approvalNeeded.clear();
    return server;
}

void ServerSettingsEditor::protocolOrSecurityChanged()
{
    const Protocol protocol = m_protocol->currentData().value<Protocol>();
    const SocketType security = m_security->currentData().value<SocketType>();
    const quint16 current = ServerSettingsValidator::parsePort(m_port->text());
    quint16 port = current;
    if (protocol != m_lastProtocol) {
        // IMAP ↔ POP3: a standard port moves with the protocol; a typed one stays.
        if (ServerSettingsValidator::isStandardPort(m_lastProtocol, current)) {
            port = standardPort(protocol, security);
        }
    } else {
        port = ServerSettingsValidator::portAfterSecurityChange(protocol, m_lastSecurity, security, current);
    }
    m_lastProtocol = protocol;
    m_lastSecurity = security;
    if (port != current) {
        const QSignalBlocker blocker(m_port);
        m_port->setText(QString::number(port));
    }
    updateProblems();
    emit settingsChanged();
}

void ServerSettingsEditor::updateProblems()
{
    QStringList lines;
    QString portError;
    if (!m_port->text().isEmpty()) {
        ServerSettingsValidator::parsePort(m_port->text(), &portError);
    }
    const ServerSettings server = settings();
    for (const auto& problem : ServerSettingsValidator::check(server)) {
        // Say nothing about empty fields the person has not reached yet.
        if (problem.field == ServerSettingsValidator::Field::Hostname && m_host->text().isEmpty()) {
            continue;
        }
        if (problem.field == ServerSettingsValidator::Field::Port && m_port->text().isEmpty()) {
            continue;
        }
        lines.append(problem.message);
    }
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
}

void ServerSettingsEditor::setConsentNeeded(bool needed, bool given)
{
    const QSignalBlocker blocker(m_consent);
    //: %1 is a server's host name
    m_consent->setText(tr("Send my password to “%1” without encryption anyway").arg(m_host->text().trimmed()));
    m_consent->setAccessibleName(m_consent->text());
    m_consent->setAccessibleDescription(tr("Anyone on the network between you and the server could read the password"));
    m_consent->setChecked(needed && given);
    m_consent->setVisible(needed);
    // QWizard sizes itself for a page when it is shown; grow the window so that the whole
    // sentence (with the host name, and longer in translations) stays readable.
    if (needed && window()->isVisible()) {
        window()->resize(window()->size().expandedTo(window()->sizeHint()));
    }
}

void ServerSettingsEditor::setApprovalNeeded(const QString& domain, bool given)
{
    const QSignalBlocker blocker(m_approval);
    // The domain as people read it and, when that differs, as it goes over the wire: a look-alike
    // Unicode name cannot pass for another one.
    const QString display = Hostname::toDisplay(domain);
    const QString shown = display == domain ? domain : QStringLiteral("%1 (%2)").arg(display, domain);
    //: %1 is an internet domain such as example.com
    m_approvalNote->setText(tr("This server was found without proof that it belongs to your provider."));
    m_approvalNote->setAccessibleDescription(tr("Why approval is needed"));
    m_approval->setText(tr("I trust “%1” to handle my mail").arg(shown));
    m_approval->setAccessibleName(tr("Approve %1").arg(shown));
    m_approval->setAccessibleDescription(
        tr("The server was found through DNS or by guessing, which anyone on the network could fake"));
    m_approval->setChecked(!domain.isEmpty() && given);
    m_approval->setVisible(!domain.isEmpty());
    m_approvalNote->setVisible(!domain.isEmpty());
    if (!domain.isEmpty() && window()->isVisible()) {
        window()->resize(window()->size().expandedTo(window()->sizeHint()));
    }
}

} // namespace Portpilot
