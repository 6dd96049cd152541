#pragma once

#include <QObject>
#include <QString>

namespace Portpilot {

class SetupWizard;

// Walks the running wizard through every page with sample data and saves a PNG of each
// (QWidget::grab) into a folder, then quits. Started by scripts/screenshots.sh through the
// PORTPILOT_SCREENSHOT_DIR environment variable, inside a network namespace with only loopback,
// so the connection test on the Test page fails without reaching any real server.
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
    void afterFinding();
    void afterTest();
    void afterDone();

    SetupWizard* m_wizard;
    QString m_folder;
    int m_waited = 0;
};

} // namespace Portpilot
