#pragma once

#include "SetupController.h"

#include <QWizard>

namespace Portpilot {

class ChoosePage;
class DetailsPage;
class DomainCheckPage;
class DonePage;
class ExportPage;
class FindingPage;
class HelpDialog;
class ManualSettingsPage;
class MigratePage;
class TestPage;

// The account setup wizard. It owns the controller and the pages and hands each page the
// controller; pages never reach into each other.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    // Each page's id is its step (SetupController::Step), so that pages return the
    // controller's next step as their nextId().
    enum PageId
    {
        Page_Details = int(SetupController::Step::Details),
        Page_Finding = int(SetupController::Step::Finding),
        Page_Choose = int(SetupController::Step::Choose),
        Page_Manual = int(SetupController::Step::Manual),
        Page_Test = int(SetupController::Step::Test),
        Page_Migrate = int(SetupController::Step::Migrate),
        Page_Export = int(SetupController::Step::Export),
        Page_Done = int(SetupController::Step::Done),
        Page_Check = int(SetupController::Step::Check),
    };

    explicit SetupWizard(QWidget* parent = nullptr);
    ~SetupWizard() override;

    void setInitialAddress(const QString& address);
    SetupController* controller() const { return m_controller; }
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
    MigratePage* m_migratePage;
    ExportPage* m_exportPage;
    DonePage* m_donePage;
    DomainCheckPage* m_checkPage;
    HelpDialog* m_help = nullptr;
    bool m_painted = false;
};

} // namespace Portpilot
