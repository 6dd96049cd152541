#include "DonePage.h"

#include "Descriptions.h"
#include "SetupController.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Portpilot {

DonePage::DonePage(SetupController* controller, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_summary(new QLabel(this))
    , m_passwordStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("donePage"));
    setFinalPage(true);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setFocusPolicy(Qt::StrongFocus);
    m_passwordStatus->setObjectName(QStringLiteral("passwordStatusLabel"));
    m_passwordStatus->setWordWrap(true);
    m_passwordStatus->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_passwordStatus);
    layout->addStretch();
    connect(m_controller, &SetupController::passwordSaved, this, [this] {
        showResult();
        emit completeChanged();
    });
    retranslateUi();
}

void DonePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void DonePage::retranslateUi()
{
    setTitle(tr("Done"));
    setAccessibleName(title()); // the page, not an unnamed frame, for screen readers
    setSubTitle(tr("Your account is set up. Use these settings in any mail program."));
    m_summary->setAccessibleDescription(tr("Summary of the account"));
    m_passwordStatus->setAccessibleDescription(tr("Where the password is"));
    showResult();
}

void DonePage::initializePage()
{
    // The password was written when the test was left (before the exports that read it).
    showResult();
}

void DonePage::showResult()
{
    m_summary->setText(Descriptions::accountSummary(m_controller->state()));
    m_passwordStatus->setText(saving() ? tr("Saving the password in the system keychain…")
                                       : m_controller->passwordSaver().outcomeText());
}

bool DonePage::isComplete() const
{
    return !saving();
}

bool DonePage::saving() const
{
    return m_controller->passwordSaver().outcome() == PasswordSaver::Outcome::Saving;
}

} // namespace Portpilot
