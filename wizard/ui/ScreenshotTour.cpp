#include "ScreenshotTour.h"

#include "HelpDialog.h"
#include "SetupController.h"
#include "SetupWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>

#include <cstdio>

namespace Portpilot {

ScreenshotTour::ScreenshotTour(SetupWizard* wizard, const QString& folder)
    : QObject(wizard)
    , m_wizard(wizard)
    , m_folder(folder)
{}

void ScreenshotTour::start()
{
    QDir().mkpath(m_folder);
    QTimer::singleShot(200, this, &ScreenshotTour::step);
}

void ScreenshotTour::save(QWidget* widget, const QString& name)
{
    const QString path = QDir(m_folder).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        qWarning("ScreenshotTour: cannot write %s", qPrintable(path));
    }
}

void ScreenshotTour::waitThen(bool (ScreenshotTour::*ready)() const, void (ScreenshotTour::*next)())
{
    // At most 30 s per wait: the namespace makes every network attempt fail at once.
    if ((this->*ready)() || ++m_waited > 300) {
        m_waited = 0;
        QTimer::singleShot(300, this, next);
        return;
    }
    QTimer::singleShot(100, this, [this, ready, next] { waitThen(ready, next); });
}

bool ScreenshotTour::discoveryDone() const
{
    return !m_wizard->controller()->isDiscovering();
}

bool ScreenshotTour::testDone() const
{
    const SetupState& state = m_wizard->controller()->state();
    return state.side(Side::Incoming).testResult && state.side(Side::Outgoing).testResult &&
           !m_wizard->controller()->isTesting();
}

bool ScreenshotTour::passwordSaved() const
{
    return m_wizard->button(QWizard::FinishButton)->isEnabled();
}

void ScreenshotTour::step()
{
    m_wizard->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Anna Jónsdóttir"));
    // In the test world (scripts/screenshots.sh) its Dovecot user, so that the test passes.
    const QString address = qEnvironmentVariable("PORTPILOT_SCREENSHOT_ADDRESS", QStringLiteral("anna@gmail.com"));
    const QString password = qEnvironmentVariable("PORTPILOT_SCREENSHOT_PASSWORD", QStringLiteral("example"));
    m_wizard->findChild<QLineEdit*>(QStringLiteral("addressEdit"))->setText(address);
    m_wizard->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(password);
    m_wizard->findChild<QCheckBox*>(QStringLiteral("rememberPasswordCheck"))->setChecked(false);
    save(m_wizard, QStringLiteral("1-details"));
    m_wizard->next();
    waitThen(&ScreenshotTour::discoveryDone, &ScreenshotTour::afterFinding);
}

void ScreenshotTour::afterFinding()
{
    save(m_wizard, QStringLiteral("2-finding"));
    m_wizard->next();
    save(m_wizard, QStringLiteral("3-choose"));
    // Servers found without proof of ownership (the test world guesses them) wait for the
    // person's approval, as on a real desktop.
    auto* choose = m_wizard->findChild<QWidget*>(QStringLiteral("choosePage"));
    for (QCheckBox* approval : choose->findChildren<QCheckBox*>(QStringLiteral("approvalCheck"))) {
        approval->setChecked(true);
    }
    // The manual page, reached from "Set up manually", shows the chosen servers.
    choose->findChild<QAbstractButton*>(QStringLiteral("manualButton"))->click();
    save(m_wizard, QStringLiteral("4-manual"));
    m_wizard->next();
    waitThen(&ScreenshotTour::testDone, &ScreenshotTour::afterTest);
}

void ScreenshotTour::afterTest()
{
    save(m_wizard, QStringLiteral("5-test"));
    // For tests/ui/TestWizardLooks: the pictures of the README must show a setup that works.
    fprintf(stderr, "portpilot-tour test %s\n", m_wizard->controller()->state().testPassed() ? "passed" : "failed");
    // Outside the test world the test cannot pass (no real server); the remaining pages are
    // shown all the same.
    m_wizard->next();
    if (auto* formats = m_wizard->findChild<QListWidget*>(QStringLiteral("formatList"))) {
        const auto items = formats->findItems(QStringLiteral("thunderbird"), Qt::MatchStartsWith);
        if (!items.isEmpty()) {
            formats->setCurrentItem(items.first());
            items.first()->setCheckState(Qt::Checked);
        }
    }
    save(m_wizard, QStringLiteral("6-export"));
    m_wizard->next();
    waitThen(&ScreenshotTour::passwordSaved, &ScreenshotTour::afterDone);
}

void ScreenshotTour::afterDone()
{
    save(m_wizard, QStringLiteral("7-done"));
    m_wizard->back();
    m_wizard->back();
    m_wizard->back();
    m_wizard->showHelp();
    if (auto* help = m_wizard->findChild<HelpDialog*>()) {
        save(help, QStringLiteral("8-help"));
        help->close();
    }
    // The second way: back to the details, then "I own this domain: check it".
    while (m_wizard->currentId() != SetupWizard::Page_Details) {
        m_wizard->back();
    }
    m_wizard->findChild<QAbstractButton*>(QStringLiteral("checkDomainWayButton"))->click();
    m_wizard->findChild<QLineEdit*>(QStringLiteral("checkDomainEdit"))
        ->setText(qEnvironmentVariable("PORTPILOT_SCREENSHOT_CHECK_DOMAIN", QStringLiteral("example.org")));
    m_wizard->findChild<QAbstractButton*>(QStringLiteral("checkDomainButton"))->click();
    waitThen(&ScreenshotTour::domainCheckDone, &ScreenshotTour::afterCheck);
}

bool ScreenshotTour::domainCheckDone() const
{
    return !m_wizard->controller()->isCheckingDomain();
}

void ScreenshotTour::afterCheck()
{
    save(m_wizard, QStringLiteral("9-check"));
    // Peak resident memory through the whole setup, for the speed notes.
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:")) {
                fprintf(stderr, "portpilot-tour %s\n", line.simplified().constData());
            }
        }
    }
    QApplication::quit();
}

} // namespace Portpilot
