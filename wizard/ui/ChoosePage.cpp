#include "ChoosePage.h"

#include "PasswordAdviceLabel.h"
#include "SetupController.h"
#include "SetupWizard.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Portpilot {

namespace {

QString securityLabel(SocketType type)
{
    switch (type) {
    case SocketType::Ssl:
        return ChoosePage::tr("SSL/TLS");
    case SocketType::StartTls:
        return ChoosePage::tr("STARTTLS");
    case SocketType::Plain:
        return ChoosePage::tr("no encryption");
    }
    return {};
}

QString candidateText(const ServerSettings& server)
{
    //: One server found: %1 protocol (IMAP, POP3, SMTP), %2 host name, %3 port, %4 security
    return ChoosePage::tr("%1 — %2, port %3, %4")
        .arg(protocolName(server.protocol).toUpper(), server.hostname, QString::number(server.port),
             securityLabel(server.socketType));
}

} // namespace

ChoosePage::ChoosePage(SetupController* controller, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_passwordAdvice(new PasswordAdviceLabel(controller, this))
    , m_incomingBox(new QGroupBox(this))
    , m_incomingList(new QListWidget(this))
    , m_incomingAdvice(new QLabel(this))
    , m_outgoingBox(new QGroupBox(this))
    , m_outgoingList(new QListWidget(this))
    , m_outgoingAdvice(new QLabel(this))
    , m_enableNote(new QLabel(this))
    , m_approvalBox(new QGroupBox(this))
    , m_approvalLayout(new QVBoxLayout(m_approvalBox))
    , m_manualButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("choosePage"));
    m_incomingList->setObjectName(QStringLiteral("incomingList"));
    m_outgoingList->setObjectName(QStringLiteral("outgoingList"));
    m_incomingAdvice->setObjectName(QStringLiteral("incomingAdvice"));
    m_outgoingAdvice->setObjectName(QStringLiteral("outgoingAdvice"));
    m_enableNote->setObjectName(QStringLiteral("enableNote"));
    m_approvalBox->setObjectName(QStringLiteral("approvalBox"));
    m_manualButton->setObjectName(QStringLiteral("manualButton"));
    for (QLabel* label : {m_incomingAdvice, m_outgoingAdvice, m_enableNote}) {
        label->setWordWrap(true);
    }
    for (QListWidget* list : {m_incomingList, m_outgoingList}) {
        list->setMinimumHeight(list->fontMetrics().height() * 4);
    }
    m_enableNote->setOpenExternalLinks(true);
    m_enableNote->setTextFormat(Qt::RichText);
    m_enableNote->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto* incomingLayout = new QVBoxLayout(m_incomingBox);
    incomingLayout->addWidget(m_incomingList);
    incomingLayout->addWidget(m_incomingAdvice);
    auto* outgoingLayout = new QVBoxLayout(m_outgoingBox);
    outgoingLayout->addWidget(m_outgoingList);
    outgoingLayout->addWidget(m_outgoingAdvice);
    auto* sides = new QHBoxLayout;
    sides->addWidget(m_incomingBox);
    sides->addWidget(m_outgoingBox);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(sides);
    layout->addWidget(m_passwordAdvice);
    layout->addWidget(m_enableNote);
    layout->addWidget(m_approvalBox);
    layout->addWidget(m_manualButton, 0, Qt::AlignLeft);

    connect(m_incomingList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_controller->chooseIncoming(row);
        updateAdvice();
        rebuildApprovals();
    });
    connect(m_outgoingList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_controller->chooseOutgoing(row);
        updateAdvice();
        rebuildApprovals();
    });
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
    setTitle(tr("Choose your servers"));
    setSubTitle(tr("Portpilot found these servers. The first ones are the best choice for most people."));
    m_incomingBox->setTitle(tr("Incoming mail"));
    m_outgoingBox->setTitle(tr("Outgoing mail"));
    m_incomingList->setAccessibleName(tr("Incoming servers found"));
    m_incomingList->setAccessibleDescription(tr("Choose the server that receives your mail"));
    m_outgoingList->setAccessibleName(tr("Outgoing servers found"));
    m_outgoingList->setAccessibleDescription(tr("Choose the server that sends your mail"));
    m_incomingAdvice->setAccessibleName(tr("About the incoming choice"));
    m_outgoingAdvice->setAccessibleName(tr("About the outgoing choice"));
    m_enableNote->setAccessibleName(tr("Provider instructions"));
    m_approvalBox->setTitle(tr("Your approval is needed"));
    m_approvalBox->setAccessibleName(tr("Approvals"));
    m_manualButton->setText(tr("Set up &manually…"));
    m_manualButton->setAccessibleDescription(tr("Type the server settings yourself instead"));
    fillLists();
}

void ChoosePage::initializePage()
{
    fillLists();
}

void ChoosePage::fillLists()
{
    const Account& found = m_controller->candidates();
    const QSignalBlocker blockIncoming(m_incomingList);
    const QSignalBlocker blockOutgoing(m_outgoingList);
    m_incomingList->clear();
    for (const ServerSettings& server : found.incoming) {
        m_incomingList->addItem(candidateText(server));
    }
    m_outgoingList->clear();
    for (const ServerSettings& server : found.outgoing) {
        m_outgoingList->addItem(candidateText(server));
    }
    m_incomingList->setCurrentRow(int(m_controller->chosenIncomingIndex()));
    m_outgoingList->setCurrentRow(int(m_controller->chosenOutgoingIndex()));

    const QString instructions = m_controller->enableInstructions(QLocale().name().left(2));
    const QString url = m_controller->enableInstructionsUrl();
    QString note;
    if (!instructions.isEmpty()) {
        note = tr("<b>Before you continue:</b> %1").arg(instructions.toHtmlEscaped());
        if (!url.isEmpty()) {
            note += QStringLiteral(" <a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), url.toHtmlEscaped());
        }
    }
    m_passwordAdvice->refresh();
    m_enableNote->setText(note);
    m_enableNote->setVisible(!note.isEmpty());
    updateAdvice();
    rebuildApprovals();
}

void ChoosePage::updateAdvice()
{
    const ServerSettings& in = m_controller->incoming();
    const ServerSettings& out = m_controller->outgoing();
    m_incomingAdvice->setText(SetupController::protocolAdvice(in.protocol) + QLatin1Char('\n') +
                              SetupController::securityExplanation(in.socketType));
    m_outgoingAdvice->setText(SetupController::securityExplanation(out.socketType));
}

void ChoosePage::rebuildApprovals()
{
    while (QLayoutItem* item = m_approvalLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStringList domains;
    for (const ServerSettings* server : {&m_controller->incoming(), &m_controller->outgoing()}) {
        if (!server->approvalNeeded.isEmpty() && !domains.contains(server->approvalNeeded)) {
            domains.append(server->approvalNeeded);
        }
    }
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
        domainLabel->setAccessibleName(tr("Domain to approve"));
        auto* check = new QCheckBox(m_approvalBox);
        check->setObjectName(QStringLiteral("approvalCheck"));
        //: %1 is an internet domain such as example.com
        check->setText(tr("I trust “%1” to handle my mail. These servers were found without proof that they "
                          "belong to my provider.")
                           .arg(domain));
        check->setAccessibleName(tr("Approve %1").arg(domain));
        check->setAccessibleDescription(tr("The servers were found through DNS or by guessing, which anyone on "
                                           "the network could fake"));
        check->setChecked(m_controller->isApproved(domain));
        connect(check, &QCheckBox::toggled, this, [this, domain](bool on) {
            m_controller->setDomainApproved(domain, on);
            emit completeChanged();
        });
        m_approvalLayout->addWidget(domainLabel);
        m_approvalLayout->addWidget(check);
    }
    m_approvalBox->setVisible(!domains.isEmpty());
    emit completeChanged();
}

bool ChoosePage::isComplete() const
{
    return m_controller->hasCandidates() && m_controller->pendingApprovals().isEmpty();
}

int ChoosePage::nextId() const
{
    return m_manualRequested ? SetupWizard::Page_Manual : SetupWizard::nextAfterSettings();
}

} // namespace Portpilot
