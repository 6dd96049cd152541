#include "SetupWizard.h"

#include "ChoosePage.h"
#include "DetailsPage.h"
#include "DomainCheckPage.h"
#include "DonePage.h"
#include "ExportPage.h"
#include "FindingPage.h"
#include "HelpDialog.h"
#include "LanguageButton.h"
#include "Logging.h"
#include "ManualSettingsPage.h"
#include "MigratePage.h"
#include "ScreenshotTour.h"
#include "SetupController.h"
#include "TestPage.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <cstdio>

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
    , m_migratePage(new MigratePage(m_controller, this))
    , m_exportPage(new ExportPage(m_controller, this))
    , m_donePage(new DonePage(m_controller, this))
    , m_checkPage(new DomainCheckPage(m_controller, this))
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
    setPage(Page_Migrate, m_migratePage);
    setPage(Page_Export, m_exportPage);
    setPage(Page_Done, m_donePage);
    setPage(Page_Check, m_checkPage);
    setStartId(Page_Details);
    LanguageButton::addTo(this);
    connect(this, &QWizard::helpRequested, this, &SetupWizard::showHelp);
    connect(this, &QWizard::currentIdChanged, this,
            [](int id) { qCDebug(lcUi) << "step" << SetupController::Step(id); }); // ids are steps

    const QSettings settings;
    if (!restoreGeometry(settings.value(geometrySetting).toByteArray())) {
        resize(860, 640); // room for incoming and outgoing side by side
    }
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

bool SetupWizard::event(QEvent* event)
{
    const bool handled = QWizard::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // For tests/bench/bench-startup.sh: quit once the first page is drawn, reporting the
        // peak resident memory so far.
        if (qEnvironmentVariableIsSet("PORTPILOT_EXIT_AFTER_FIRST_PAINT")) {
            QTimer::singleShot(0, qApp, [] {
                // Said also without /proc (the package test's chroot), just without the figure.
                QByteArray peak;
                QFile status(QStringLiteral("/proc/self/status"));
                if (status.open(QIODevice::ReadOnly)) {
                    for (const QByteArray& line : status.readAll().split('\n')) {
                        if (line.startsWith("VmHWM:")) {
                            peak = line.simplified();
                        }
                    }
                }
                fprintf(stderr, "portpilot-first-paint %s\n", peak.constData());
                QApplication::exit(0);
            });
        }
        // For scripts/screenshots.sh.
        const QString screenshots = qEnvironmentVariable("PORTPILOT_SCREENSHOT_DIR");
        if (!screenshots.isEmpty()) {
            (new ScreenshotTour(this, screenshots))->start();
        }
    }
    return handled;
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
