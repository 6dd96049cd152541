#include "ChoosePage.h"

#include "Descriptions.h"
#include "PasswordAdviceLabel.h"
#include "ProviderAdvice.h"
#include "ServerChoice.h"
#include "SetupController.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Portpilot {

namespace {

QString candidateText(const ServerSettings& server)
{
    //: One server found: %1 protocol (IMAP, POP3, SMTP), %2 host name, %3 port, %4 security
    return ChoosePage::tr("%1 — %2, port %3, %4")
        .arg(protocolName(server.protocol).toUpper(), server.hostname, QString::number(server.port),
             Descriptions::security(server.socketType));
}

// An answer's explanation: under its radio button, indented to the button's text.
QLabel* adviceLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setContentsMargins(parent->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) +
                                  parent->style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing),
                              0, 0, 0);
    return label;
}

} // namespace

ChoosePage::ChoosePage(SetupController* controller, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_passwordAdvice(new PasswordAdviceLabel(controller, this))
    , m_protocolBox(new QGroupBox(this))
    , m_imapRadio(new QRadioButton(m_protocolBox))
    , m_imapAdvice(adviceLabel(m_protocolBox, "imapAdvice"))
    , m_pop3Radio(new QRadioButton(m_protocolBox))
    , m_pop3Advice(adviceLabel(m_protocolBox, "pop3Advice"))
    , m_protocolGroup(new QButtonGroup(this))
    , m_securityBox(new QGroupBox(this))
    , m_sslRadio(new QRadioButton(m_securityBox))
    , m_sslAdvice(adviceLabel(m_securityBox, "sslAdvice"))
    , m_startTlsRadio(new QRadioButton(m_securityBox))
    , m_startTlsAdvice(adviceLabel(m_securityBox, "startTlsAdvice"))
    , m_securityGroup(new QButtonGroup(this))
    , m_serversBox(new QGroupBox(this))
    , m_incomingLabel(new QLabel(m_serversBox))
    , m_incomingServer(new QComboBox(m_serversBox))
    , m_outgoingLabel(new QLabel(m_serversBox))
    , m_outgoingServer(new QComboBox(m_serversBox))
    , m_securityNote(new QLabel(m_serversBox))
    , m_enableNote(new QLabel(this))
    , m_approvalBox(new QGroupBox(this))
    , m_approvalLayout(new QVBoxLayout(m_approvalBox))
    , m_manualButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("choosePage"));
    m_imapRadio->setObjectName(QStringLiteral("imapRadio"));
    m_pop3Radio->setObjectName(QStringLiteral("pop3Radio"));
    m_sslRadio->setObjectName(QStringLiteral("sslRadio"));
    m_startTlsRadio->setObjectName(QStringLiteral("startTlsRadio"));
    m_incomingServer->setObjectName(QStringLiteral("incomingServer"));
    m_outgoingServer->setObjectName(QStringLiteral("outgoingServer"));
    m_securityNote->setObjectName(QStringLiteral("securityNote"));
    m_enableNote->setObjectName(QStringLiteral("enableNote"));
    m_approvalBox->setObjectName(QStringLiteral("approvalBox"));
    m_manualButton->setObjectName(QStringLiteral("manualButton"));
    m_protocolGroup->addButton(m_imapRadio, int(Protocol::Imap));
    m_protocolGroup->addButton(m_pop3Radio, int(Protocol::Pop3));
    m_securityGroup->addButton(m_sslRadio, int(SocketType::Ssl));
    m_securityGroup->addButton(m_startTlsRadio, int(SocketType::StartTls));
    m_securityNote->setWordWrap(true);
    m_securityNote->setTextFormat(Qt::PlainText);
    m_enableNote->setWordWrap(true);
    m_enableNote->setOpenExternalLinks(true);
    m_enableNote->setTextFormat(Qt::RichText);
    m_enableNote->setTextInteractionFlags(Qt::TextBrowserInteraction);
    for (QComboBox* combo : {m_incomingServer, m_outgoingServer}) {
        // A long host name is elided in the closed box, never scrolled; the open list shows it whole.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
    }
    m_incomingLabel->setBuddy(m_incomingServer);
    m_outgoingLabel->setBuddy(m_outgoingServer);

    auto* protocolLayout = new QVBoxLayout(m_protocolBox);
    protocolLayout->addWidget(m_imapRadio);
    protocolLayout->addWidget(m_imapAdvice);
    protocolLayout->addWidget(m_pop3Radio);
    protocolLayout->addWidget(m_pop3Advice);
    protocolLayout->addStretch();
    auto* securityLayout = new QVBoxLayout(m_securityBox);
    securityLayout->addWidget(m_sslRadio);
    securityLayout->addWidget(m_sslAdvice);
    securityLayout->addWidget(m_startTlsRadio);
    securityLayout->addWidget(m_startTlsAdvice);
    securityLayout->addStretch();
    auto* questions = new QHBoxLayout;
    questions->addWidget(m_protocolBox, 1);
    questions->addWidget(m_securityBox, 1);
    auto* serversLayout = new QFormLayout(m_serversBox);
    serversLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    serversLayout->addRow(m_incomingLabel, m_incomingServer);
    serversLayout->addRow(m_outgoingLabel, m_outgoingServer);
    serversLayout->addRow(m_securityNote);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(questions);
    layout->addWidget(m_serversBox);
    layout->addWidget(m_passwordAdvice);
    layout->addWidget(m_enableNote);
    layout->addWidget(m_approvalBox);
    layout->addWidget(m_manualButton, 0, Qt::AlignLeft);
    layout->addStretch();

    connect(m_protocolGroup, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked) {
            answer(Protocol(id), SocketType(m_securityGroup->checkedId()));
        }
    });
    connect(m_securityGroup, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked) {
            answer(Protocol(m_protocolGroup->checkedId()), SocketType(id));
        }
    });
    for (const Side side : bothSides) {
        QComboBox* combo = side == Side::Incoming ? m_incomingServer : m_outgoingServer;
        connect(combo, &QComboBox::activated, this, [this, side, combo](int row) {
            m_controller->choose(side, combo->itemData(row).toLongLong());
            refresh();
        });
    }
    connect(m_manualButton, &QPushButton::clicked, this, [this] {
        m_manualRequested = true;
        wizard()->next();
        m_manualRequested = false;
    });
    retranslateUi();
}

void ChoosePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void ChoosePage::retranslateUi()
{
    setTitle(tr("Choose how to connect"));
    setAccessibleName(title()); // the page, not an unnamed frame, for screen readers
    setSubTitle(tr("Two choices, each explained. The recommended one is right for most people."));
    m_protocolBox->setTitle(tr("Receive mail with"));
    m_securityBox->setTitle(tr("Encryption"));
    m_serversBox->setTitle(tr("Servers found"));
    //: The recommended way to receive mail
    m_imapRadio->setText(tr("&IMAP (recommended)"));
    m_pop3Radio->setText(tr("&POP3"));
    //: The recommended encryption
    m_sslRadio->setText(tr("&SSL/TLS (recommended)"));
    m_startTlsRadio->setText(tr("S&TARTTLS"));
    m_incomingLabel->setText(tr("Incoming:"));
    m_outgoingLabel->setText(tr("Outgoing:"));
    m_incomingServer->setAccessibleName(tr("Incoming server"));
    m_incomingServer->setAccessibleDescription(tr("The server that receives your mail"));
    m_outgoingServer->setAccessibleName(tr("Outgoing server"));
    m_outgoingServer->setAccessibleDescription(tr("The server that sends your mail"));
    m_imapAdvice->setAccessibleDescription(tr("About IMAP"));
    m_pop3Advice->setAccessibleDescription(tr("About POP3"));
    m_sslAdvice->setAccessibleDescription(tr("About SSL/TLS"));
    m_startTlsAdvice->setAccessibleDescription(tr("About STARTTLS"));
    m_securityNote->setAccessibleDescription(tr("About the encryption of the servers found"));
    m_enableNote->setAccessibleDescription(tr("Provider instructions"));
    m_approvalBox->setTitle(tr("Your approval is needed"));
    m_approvalBox->setAccessibleName(tr("Approvals"));
    m_manualButton->setText(tr("Set up &manually…"));
    m_manualButton->setAccessibleDescription(tr("Type the server settings yourself instead"));
    refresh();
}

void ChoosePage::initializePage()
{
    refresh();
}

void ChoosePage::answer(Protocol protocol, SocketType security)
{
    const ServerChoice choice(m_controller->state());
    security = choice.securityFor(protocol, security);
    for (const Side side : bothSides) {
        const qsizetype best = choice.best(side, protocol, security);
        if (best >= 0 && best != m_controller->state().side(side).chosenIndex) {
            m_controller->choose(side, best);
        }
    }
    refresh();
}

void ChoosePage::refresh()
{
    const ServerChoice choice(m_controller->state());
    const Protocol protocol = choice.protocol();
    const SocketType security = choice.security();
    {
        const QSignalBlocker blockProtocol(m_protocolGroup);
        const QSignalBlocker blockSecurity(m_securityGroup);
        m_imapRadio->setChecked(protocol == Protocol::Imap);
        m_pop3Radio->setChecked(protocol == Protocol::Pop3);
        m_sslRadio->setChecked(security == SocketType::Ssl);
        m_startTlsRadio->setChecked(security == SocketType::StartTls);
    }
    m_imapRadio->setEnabled(choice.offers(Protocol::Imap));
    m_pop3Radio->setEnabled(choice.offers(Protocol::Pop3));
    m_sslRadio->setEnabled(choice.offers(protocol, SocketType::Ssl));
    m_startTlsRadio->setEnabled(choice.offers(protocol, SocketType::StartTls));

    m_imapAdvice->setText(Descriptions::protocolAdvice(Protocol::Imap));
    QString pop3 = Descriptions::protocolAdvice(Protocol::Pop3);
    if (!choice.offers(Protocol::Pop3)) {
        pop3 += QLatin1Char(' ') + tr("The settings found for this address name no POP3 server; to type one, "
                                      "use “Set up manually…”.");
    }
    m_pop3Advice->setText(pop3);
    for (const SocketType kind : {SocketType::Ssl, SocketType::StartTls}) {
        QString text = Descriptions::securityExplanation(kind);
        if (!choice.offers(protocol, kind)) {
            text += QLatin1Char(' ') + tr("None of the servers found for this address uses it.");
        }
        (kind == SocketType::Ssl ? m_sslAdvice : m_startTlsAdvice)->setText(text);
    }
    // A screen reader reads the explanation with its answer.
    m_imapRadio->setAccessibleDescription(m_imapAdvice->text());
    m_pop3Radio->setAccessibleDescription(m_pop3Advice->text());
    m_sslRadio->setAccessibleDescription(m_sslAdvice->text());
    m_startTlsRadio->setAccessibleDescription(m_startTlsAdvice->text());

    fillServers();
    m_passwordAdvice->refresh();
    updateEnableNote();
    rebuildApprovals();
}

void ChoosePage::fillServers()
{
    const SetupState& state = m_controller->state();
    const ServerChoice choice(state);
    const Protocol protocol = choice.protocol();
    const SocketType security = choice.security();
    QStringList notes;
    for (const Side side : bothSides) {
        QComboBox* combo = side == Side::Incoming ? m_incomingServer : m_outgoingServer;
        const QSignalBlocker block(combo);
        combo->clear();
        const SideState& sideState = state.side(side);
        for (const qsizetype index : choice.matching(side, protocol, security)) {
            combo->addItem(candidateText(sideState.candidates.at(index)), QVariant::fromValue(qint64(index)));
        }
        combo->setCurrentIndex(combo->findData(QVariant::fromValue(qint64(sideState.chosenIndex))));
        if (!sideState.candidates.isEmpty() && !choice.securityFound(side, protocol, security)) {
            const QString wanted = Descriptions::security(security);
            const QString used = Descriptions::security(sideState.server.socketType);
            notes << (side == Side::Incoming
                          //: %1 the encryption chosen (SSL/TLS, STARTTLS), %2 the one the server uses
                          ? tr("No incoming server with %1 was found, so this one uses %2.").arg(wanted, used)
                          : tr("No outgoing server with %1 was found, so this one uses %2.").arg(wanted, used));
        }
    }
    m_securityNote->setText(notes.join(QLatin1Char('\n')));
    m_securityNote->setVisible(!notes.isEmpty());
}

void ChoosePage::updateEnableNote()
{
    // The instructions may come from a downloaded file: escaped, and the link only when it is
    // https, shown by its host so that the person sees where it leads. ProviderAdvice holds
    // them back until servers from an unauthenticated source are approved.
    const SetupState& state = m_controller->state();
    const QString instructions = ProviderAdvice::enableInstructions(state, QLocale().name().left(2));
    const QUrl url = ProviderAdvice::enableInstructionsUrl(state);
    QString note;
    if (!instructions.isEmpty()) {
        note = tr("<b>Before you continue:</b> %1").arg(instructions.toHtmlEscaped());
        if (!url.isEmpty()) {
            //: A link to the provider's page; %1 is its host name, such as mail.example.com
            note += QStringLiteral(" <a href=\"%1\">%2</a>")
                        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                             tr("Open %1").arg(url.host()).toHtmlEscaped());
        }
    }
    m_enableNote->setText(note);
    m_enableNote->setVisible(!note.isEmpty());
}

void ChoosePage::rebuildApprovals()
{
    while (QLayoutItem* item = m_approvalLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const SetupState& state = m_controller->state();
    QStringList domains;
    for (const Side side : bothSides) {
        const QString domain = state.approvalNeededFor(state.side(side).server);
        if (!domain.isEmpty() && !domains.contains(domain)) {
            domains.append(domain);
        }
    }
    // Boxes made now would come last in the Tab chain, after the wizard's buttons: put each where
    // it stands, between the servers and "Set up manually…" (tests/ui/a11y/walk-wizard.py).
    QWidget* before = m_outgoingServer;
    for (const QString& domain : domains) {
        // The domain stands alone in large bold type, wrapped rather than cut, so that the person
        // checks exactly which domain they trust.
        auto* domainLabel = new QLabel(m_approvalBox);
        domainLabel->setObjectName(QStringLiteral("approvalDomain"));
        domainLabel->setTextFormat(Qt::PlainText);
        domainLabel->setWordWrap(true);
        domainLabel->setText(domain);
        QFont font = domainLabel->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.3);
        domainLabel->setFont(font);
        domainLabel->setAccessibleDescription(tr("Domain to approve"));
        auto* check = new QCheckBox(m_approvalBox);
        check->setObjectName(QStringLiteral("approvalCheck"));
        //: %1 is an internet domain such as example.com
        check->setText(tr("I trust “%1” to handle my mail. These servers were found without proof that they "
                          "belong to my provider.")
                           .arg(domain));
        check->setAccessibleName(tr("Approve %1").arg(domain));
        check->setAccessibleDescription(tr("The servers were found through DNS or by guessing, which anyone on "
                                           "the network could fake"));
        check->setChecked(state.approvedDomains.contains(domain));
        connect(check, &QCheckBox::toggled, this, [this, domain](bool on) {
            m_controller->setDomainApproved(domain, on);
            updateEnableNote();
            emit completeChanged();
        });
        m_approvalLayout->addWidget(domainLabel);
        m_approvalLayout->addWidget(check);
        QWidget::setTabOrder(before, check);
        before = check;
    }
    QWidget::setTabOrder(before, m_manualButton);
    m_approvalBox->setVisible(!domains.isEmpty());
    emit completeChanged();
}

bool ChoosePage::isComplete() const
{
    return m_controller->state().hasCandidates() && m_controller->state().pendingApprovals().isEmpty();
}

int ChoosePage::nextId() const
{
    return int(m_controller
                   ->next(SetupController::Step::Choose,
                          m_manualRequested ? SetupController::Detour::Manual : SetupController::Detour::None)
                   .value());
}

} // namespace Portpilot
