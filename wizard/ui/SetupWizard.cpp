#include "SetupWizard.h"

#include "ChoosePage.h"
#include "DetailsPage.h"
#include "DonePage.h"
#include "ExportPage.h"
#include "FindingPage.h"
#include "HelpDialog.h"
#include "LanguageButton.h"
#include "ManualSettingsPage.h"
#include "SetupController.h"
#include "TestPage.h"

#include <QEvent>
#include <QIcon>
#include <QSettings>

namespace Portpilot {

namespace {
const QString geometrySetting = QStringLiteral("wizard/geometry");
} // namespace

SetupWizard::SetupWizard(QWidget* parent)
    : QWizard(parent)
    , m_controller(new SetupController(this))
    , m_detailsPage(new DetailsPage(m_controller, this))
    , m_findingPage(new FindingPage(m_controller, this))
    , m_choosePage(new ChoosePage(m_controller, this))
    , m_manualPage(new ManualSettingsPage(m_controller, this))
    , m_testPage(new TestPage(m_controller, this))
    , m_exportPage(new ExportPage(m_controller, this))
    , m_donePage(new DonePage(m_controller, this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/portpilot.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::HaveHelpButton, true);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setPage(Page_Details, m_detailsPage);
    setPage(Page_Finding, m_findingPage);
    setPage(Page_Choose, m_choosePage);
    setPage(Page_Manual, m_manualPage);
    setPage(Page_Test, m_testPage);
    setPage(Page_Export, m_exportPage);
    setPage(Page_Done, m_donePage);
    setStartId(Page_Details);
    LanguageButton::addTo(this);
    connect(this, &QWizard::helpRequested, this, &SetupWizard::showHelp);

    const QSettings settings;
    restoreGeometry(settings.value(geometrySetting).toByteArray());
    m_controller->checkKeychain();
    retranslateUi();
}

SetupWizard::~SetupWizard() = default;

void SetupWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizard::changeEvent(event);
}

void SetupWizard::retranslateUi()
{
    setWindowTitle(tr("Set up an email account"));
    setButtonText(QWizard::HelpButton, tr("&Help"));
}

void SetupWizard::setInitialAddress(const QString& address)
{
    m_detailsPage->setAddress(address);
}

int SetupWizard::nextAfterSettings()
{
    return Page_Test;
}

void SetupWizard::showHelp()
{
    if (!m_help) {
        m_help = new HelpDialog(this);
    }
    m_help->showPage(currentId());
    m_help->show();
    m_help->raise();
}

void SetupWizard::done(int result)
{
    QSettings settings;
    settings.setValue(geometrySetting, saveGeometry());
    QWizard::done(result);
}

} // namespace Portpilot
