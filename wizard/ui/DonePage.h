#pragma once

#include <QWizardPage>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;

namespace Portpilot {

class SetupController;

// Last page: a summary of the account, where the password went, and "Add to a mail program":
// the account put straight into a program's own configuration (SetupController::installInto),
// with Undo.
class DonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DonePage(SetupController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showResult();
    bool saving() const;
    void fillPrograms();
    void install(bool undo);
    void showInstallResult(const QString& text);

    SetupController* m_controller;
    QLabel* m_summary;
    QLabel* m_passwordStatus;
    QGroupBox* m_installBox;
    QComboBox* m_programs;
    QPushButton* m_installButton;
    QPushButton* m_undoButton;
    QLabel* m_installResult;
};

} // namespace Portpilot
