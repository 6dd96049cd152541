#pragma once

#include <QDialog>

class QDialogButtonBox;
class QTabWidget;
class QTextBrowser;

namespace Portpilot {

// The wizard's help: the current page, the standard ports and common questions.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget* parent = nullptr);

    // Shows the help for a page (SetupWizard::PageId).
    void showPage(int pageId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    int m_pageId = 0;
    QTabWidget* m_tabs;
    QTextBrowser* m_pageHelp;
    QTextBrowser* m_ports;
    QTextBrowser* m_questions;
    QDialogButtonBox* m_buttons;
};

} // namespace Portpilot
