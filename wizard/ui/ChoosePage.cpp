#include "ChoosePage.h"

#include "Descriptions.h"
#include "PasswordAdviceLabel.h"
#include "ProviderAdvice.h"
#include "SetupController.h"

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

QString candidateText(const ServerSettings& server)
{
    //: One server found: %1 protocol (IMAP, POP3, SMTP), %2 host name, %3 port, %4 security
    return ChoosePage::tr("%1 — %2, port %3, %4")
        .arg(protocolName(server.protocol).toUpper(), server.hostname, QString::number(server.port),
             Descriptions::security(server.socketType));
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
    m_incomingAdvice->setTextFormat(Qt::PlainText);
    m_outgoingAdvice->setTextFormat(Qt::PlainText);
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
        m_controller->choose(Side::Incoming, row);
        updateAdvice();
        rebuildApprovals();
    });
    connect(m_outgoingList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_controller->choose(Side::Outgoing, row);
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
    setAccessibleName(title()); // the page, not an unnamed frame, for screen readers
    setSubTitle(tr("Portpilot found these servers. The first ones are the best choice for most people."));
    m_incomingBox->setTitle(tr("Incoming mail"));
    m_outgoingBox->setTitle(tr("Outgoing mail"));
    m_incomingList->setAccessibleName(tr("Incoming servers found"));
    m_incomingList->setAccessibleDescription(tr("Choose the server that receives your mail"));
    m_outgoingList->setAccessibleName(tr("Outgoing servers found"));
    m_outgoingList->setAccessibleDescription(tr("Choose the server that sends your mail"));
    m_incomingAdvice->setAccessibleDescription(tr("About the incoming choice"));
    m_outgoingAdvice->setAccessibleDescription(tr("About the outgoing choice"));
    m_enableNote->setAccessibleDescription(tr("Provider instructions"));
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
    const SetupState& state = m_controller->state();
    for (const Side side : bothSides) {
        QListWidget* list = side == Side::Incoming ? m_incomingList : m_outgoingList;
        const QSignalBlocker block(list);
        list->clear();
        for (const ServerSettings& server : state.side(side).candidates) {
            list->addItem(candidateText(server));
        }
        list->setCurrentRow(int(state.side(side).chosenIndex));
    }
    m_passwordAdvice->refresh();
    updateAdvice();
    rebuildApprovals();
}

void ChoosePage::updateAdvice()
{
    const SetupState& state = m_controller->state();
    const ServerSettings& in = state.side(Side::Incoming).server;
    const ServerSettings& out = state.side(Side::Outgoing).server;
    m_incomingAdvice->setText(Descriptions::protocolAdvice(in.protocol) + QLatin1Char('\n') +
                              Descriptions::securityExplanation(in.socketType));
    m_outgoingAdvice->setText(Descriptions::securityExplanation(out.socketType));
    updateEnableNote();
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
    // it stands, between the lists and "Set up manually…" (tests/ui/a11y/walk-wizard.py).
    QWidget* before = m_outgoingList;
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
    return int(m_controller->next(SetupController::Step::Choose, m_manualRequested).value());
}

} // namespace Portpilot
