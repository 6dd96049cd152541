#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Portpilot {

class SetupController;

// "Copy your mail to the new IMAP account": the local folders of this computer's POP3 accounts,
// with their message counts, to tick; the copy's progress with pause and cancel; the verification's
// summary and how to remove the old account safely. It shows state().migration and forwards.
class MigratePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit MigratePage(SetupController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showState();
    void fillFolders();
    void addFolder();
    void onItemChanged(QTreeWidgetItem* item, int column);

    SetupController* m_controller;
    QLabel* m_intro;
    QTreeWidget* m_folders;
    QPushButton* m_add;
    QPushButton* m_copy;
    QPushButton* m_pause;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPlainTextEdit* m_summary;
    QLabel* m_advice;
    bool m_filling = false;
};

} // namespace Portpilot
