#pragma once

#include <QWizardPage>

class QLabel;

namespace Portpilot {

class SetupController;

// Last page: a summary of the account and where the password went.
class DonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DonePage(SetupController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showResult();
    bool saving() const;

    SetupController* m_controller;
    QLabel* m_summary;
    QLabel* m_passwordStatus;
};

} // namespace Portpilot
