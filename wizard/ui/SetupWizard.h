#pragma once

#include <QWizard>

namespace Portpilot {

class ChoosePage;
class DetailsPage;
class DonePage;
class ExportPage;
class FindingPage;
class HelpDialog;
class ManualSettingsPage;
class SetupController;
class TestPage;

// The account setup wizard. It owns the controller and the pages and hands each page the
// controller; pages never reach into each other.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        Page_Details,
        Page_Finding,
        Page_Choose,
        Page_Manual,
        Page_Test,
        Page_Export,
        Page_Done,
    };

    explicit SetupWizard(QWidget* parent = nullptr);
    ~SetupWizard() override;

    void setInitialAddress(const QString& address);
    SetupController* controller() const { return m_controller; }
    // The page that follows the settings (chosen or typed).
    static int nextAfterSettings();
    void showHelp();

    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    void retranslateUi();

    SetupController* m_controller;
    DetailsPage* m_detailsPage;
    FindingPage* m_findingPage;
    ChoosePage* m_choosePage;
    ManualSettingsPage* m_manualPage;
    TestPage* m_testPage;
    ExportPage* m_exportPage;
    DonePage* m_donePage;
    HelpDialog* m_help = nullptr;
    bool m_painted = false;
};

} // namespace Portpilot
