#pragma once

#include <QObject>
#include <QString>

namespace Portpilot {

class SetupWizard;

// Walks the running wizard through every page with sample data and saves a PNG of each
// (QWidget::grab) into a folder, then quits. Started by scripts/screenshots.sh through the
// PORTPILOT_SCREENSHOT_DIR environment variable, inside the test world (dnsmasq, nginx, Dovecot in
// a network namespace) with that world's user in PORTPILOT_SCREENSHOT_ADDRESS and _PASSWORD, so the
// setup succeeds; without them in a namespace with only loopback, where the test fails.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(SetupWizard* wizard, const QString& folder);
    void start();

private:
    void step();
    void save(QWidget* widget, const QString& name);
    void waitThen(bool (ScreenshotTour::*ready)() const, void (ScreenshotTour::*next)());
    bool discoveryDone() const;
    bool testDone() const;
    bool passwordSaved() const;
    bool domainCheckDone() const;
    void afterFinding();
    void afterTest();
    void afterDone();
    void afterCheck();

    SetupWizard* m_wizard;
    QString m_folder;
    int m_waited = 0;
};

} // namespace Portpilot
