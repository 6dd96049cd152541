#pragma once

#include <QWizardPage>

class QLabel;

namespace Portpilot {

class ServerSettingsEditor;
class PasswordAdviceLabel;
class SetupController;

// Page 4: incoming and outgoing server typed by hand, checked as the person types.
class ManualSettingsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ManualSettingsPage(SetupController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void pushToController();
    // Consent boxes and the "what is still missing" line, from the controller's servers.
    void showControllerState();

    SetupController* m_controller;
    PasswordAdviceLabel* m_passwordAdvice;
    ServerSettingsEditor* m_incoming;
    ServerSettingsEditor* m_outgoing;
    QLabel* m_status;
};

} // namespace Portpilot
