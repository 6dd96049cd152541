#pragma once

#include "Side.h"

#include <QWizardPage>

#include <array>

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
    // Consent and approval boxes and the "what is still missing" line, from the controller's servers.
    void showControllerState();
    ServerSettingsEditor* editor(Side side) const { return m_editors.at(indexOf(side)); }

    SetupController* m_controller;
    PasswordAdviceLabel* m_passwordAdvice;
    std::array<ServerSettingsEditor*, 2> m_editors; // by indexOf(Side)
    QLabel* m_status;
};

} // namespace Portpilot
