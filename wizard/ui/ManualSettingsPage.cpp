#include "ManualSettingsPage.h"

#include "PasswordAdviceLabel.h"
#include "ServerSettingsEditor.h"
#include "SetupController.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Portpilot {

ManualSettingsPage::ManualSettingsPage(SetupController* controller, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_passwordAdvice(new PasswordAdviceLabel(controller, this))
    , m_editors{new ServerSettingsEditor(Side::Incoming, this), new ServerSettingsEditor(Side::Outgoing, this)}
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("manualPage"));
    m_status->setObjectName(QStringLiteral("manualStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto* sides = new QHBoxLayout;
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_passwordAdvice);
    layout->addLayout(sides);
    layout->addWidget(m_status);

    for (const Side side : bothSides) {
        ServerSettingsEditor* sideEditor = editor(side);
        sides->addWidget(sideEditor);
        connect(sideEditor, &ServerSettingsEditor::settingsChanged, this, &ManualSettingsPage::pushToController);
        connect(sideEditor, &ServerSettingsEditor::consentChanged, this, [this, side](bool given) {
            m_controller->setPlainTextConsent(side, given);
            pushToController();
        });
        // Approval is the controller's, for the domain of the host this side has now; the same
        // domain on the other side is approved with it (showControllerState() shows that).
        connect(sideEditor, &ServerSettingsEditor::approvalChanged, this, [this, side](bool given) {
            const SetupState& state = m_controller->state();
            const QString domain = state.approvalNeededFor(state.side(side).server);
            if (!domain.isEmpty()) {
                m_controller->setDomainApproved(domain, given);
            }
            showControllerState();
            emit completeChanged();
        });
    }
    retranslateUi();
}

void ManualSettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void ManualSettingsPage::retranslateUi()
{
    setTitle(tr("Server settings"));
    setAccessibleName(title()); // the page, not an unnamed frame, for screen readers
    setSubTitle(tr("Type the settings from your provider’s help pages. Everything you type is kept when you go back "
                   "and forth."));
    m_status->setAccessibleDescription(tr("What is still missing"));
    m_passwordAdvice->refresh();
    // Only the words change here. Pushing the editors would overwrite the servers chosen on
    // another page with this page's fields when it has not been shown yet.
    showControllerState();
}

void ManualSettingsPage::showControllerState()
{
    const SetupState& state = m_controller->state();
    for (const Side side : bothSides) {
        const ServerSettings& server = state.side(side).server;
        editor(side)->setConsentNeeded(SetupState::sendsPasswordInPlainText(server), state.side(side).plainTextConsent);
        const QString domain = state.approvalNeededFor(server);
        editor(side)->setApprovalNeeded(domain, state.approvedDomains.contains(domain));
    }
    QString reason;
    m_controller->readyToTest(&reason);
    m_status->setText(reason);
}

void ManualSettingsPage::initializePage()
{
    // Start from what was chosen or found; a page visited before keeps what was typed,
    // since the controller holds it.
    m_passwordAdvice->refresh();
    for (const Side side : bothSides) {
        ServerSettings server = m_controller->state().side(side).server;
        if (server.port == 0) {
            server.port = standardPort(server.protocol, server.socketType);
        }
        editor(side)->setSettings(server);
    }
    pushToController();
    editor(Side::Incoming)->hostEdit()->setFocus();
}

void ManualSettingsPage::pushToController()
{
    for (const Side side : bothSides) {
        m_controller->setServer(side, editor(side)->settings());
    }
    showControllerState();
    emit completeChanged();
}

bool ManualSettingsPage::isComplete() const
{
    return m_controller->readyToTest();
}

int ManualSettingsPage::nextId() const
{
    return int(m_controller->next(SetupController::Step::Manual).value());
}

} // namespace Portpilot
