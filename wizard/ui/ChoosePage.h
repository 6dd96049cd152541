#pragma once

#include <QWizardPage>

class QCheckBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace Portpilot {

class PasswordAdviceLabel;
class SetupController;

// Page 3: the servers discovery found, with plain-words advice on IMAP vs POP3 and on the
// security, the approvals discovery asked for, and the provider's "enable IMAP first" note.
class ChoosePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ChoosePage(SetupController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillLists();
    void updateAdvice();
    void updateEnableNote();
    void rebuildApprovals();

    SetupController* m_controller;
    PasswordAdviceLabel* m_passwordAdvice;
    bool m_manualRequested = false;
    QGroupBox* m_incomingBox;
    QListWidget* m_incomingList;
    QLabel* m_incomingAdvice;
    QGroupBox* m_outgoingBox;
    QListWidget* m_outgoingList;
    QLabel* m_outgoingAdvice;
    QLabel* m_enableNote;
    QGroupBox* m_approvalBox;
    QVBoxLayout* m_approvalLayout;
    QPushButton* m_manualButton;
};

} // namespace Portpilot
