#pragma once

#include "ProbeResult.h"

#include <QWizardPage>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Portpilot {

class SetupController;

// Page 5: both servers tested side by side with a live checklist (connect, secure,
// capabilities, log in). A failure in plain words, Details with the redacted transcript, the
// certificate dialog, and a password field to try again. "Back" returns to the settings,
// which the controller keeps.
class TestPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TestPage(SetupController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Column
    {
        QGroupBox* box = nullptr;
        QLabel* server = nullptr;
        QLabel* steps[4] = {};
        QLabel* result = nullptr;
        QPushButton* details = nullptr;
        QPushButton* certificate = nullptr;
        QPushButton* forget = nullptr; // shown when the test passed on a certificate the person accepted
        int state[4] = {};             // 0 waiting, 1 running, 2 done, 3 failed, 4 skipped
    };

    void retranslateUi();
    void buildColumn(int side);
    void startTest();
    void stepStarted(int side, ProbeStep step);
    void stepFinished(int side, ProbeStep step, bool ok);
    void serverFinished(int side, const ProbeResult& result);
    void updateColumn(int side);
    void updateSummary();
    void showDetails(int side);
    void showCertificate(int side);
    void forgetCertificate(int side);
    static int rowOf(ProbeStep step);

    SetupController* m_controller;
    Column m_columns[2];
    QLabel* m_summary;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QPushButton* m_retry;
};

} // namespace Portpilot
