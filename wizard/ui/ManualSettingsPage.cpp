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
    , m_incoming(new ServerSettingsEditor(true, this))
    , m_outgoing(new ServerSettingsEditor(false, this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("manualPage"));
    m_status->setObjectName(QStringLiteral("manualStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto* sides = new QHBoxLayout;
    sides->addWidget(m_incoming);
    sides->addWidget(m_outgoing);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_passwordAdvice);
    layout->addLayout(sides);
    layout->addWidget(m_status);

    for (ServerSettingsEditor* editor : {m_incoming, m_outgoing}) {
        connect(editor, &ServerSettingsEditor::settingsChanged, this, &ManualSettingsPage::pushToController);
    }
    connect(m_incoming, &ServerSettingsEditor::consentChanged, this, [this](bool given) {
        m_controller->setPlainTextConsent(Side::Incoming, given);
        pushToController();
    });
    connect(m_outgoing, &ServerSettingsEditor::consentChanged, this, [this](bool given) {
        m_controller->setPlainTextConsent(Side::Outgoing, given);
        pushToController();
    });
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
    m_incoming->setConsentNeeded(SetupState::sendsPasswordInPlainText(state.side(Side::Incoming).server),
                                 state.side(Side::Incoming).plainTextConsent);
    m_outgoing->setConsentNeeded(SetupState::sendsPasswordInPlainText(state.side(Side::Outgoing).server),
                                 state.side(Side::Outgoing).plainTextConsent);
    QString reason;
    m_controller->readyToTest(&reason);
    m_status->setText(reason);
}

void ManualSettingsPage::initializePage()
{
    // Start from what was chosen or found; a page visited before keeps what was typed,
    // since the controller holds it.
    ServerSettings in = m_controller->state().side(Side::Incoming).server;
    ServerSettings out = m_controller->state().side(Side::Outgoing).server;
    if (in.port == 0) {
        in.port = standardPort(in.protocol, in.socketType);
    }
    if (out.port == 0) {
        out.port = standardPort(out.protocol, out.socketType);
    }
    m_passwordAdvice->refresh();
    m_incoming->setSettings(in);
    m_outgoing->setSettings(out);
    pushToController();
    m_incoming->hostEdit()->setFocus();
}

void ManualSettingsPage::pushToController()
{
    m_controller->setServer(Side::Incoming, m_incoming->settings());
    m_controller->setServer(Side::Outgoing, m_outgoing->settings());
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
