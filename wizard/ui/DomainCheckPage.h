#pragma once

#include <QUrl>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Portpilot {

class SetupController;

// The second way through the wizard, for the people who run a domain's mail: what mail programs
// find on the domain (SetupController::startDomainCheck, the check of `portpilot check`), the
// findings grouped by where clients look, each with its fix and a copy button, and the settings
// files that publish the working servers.
class DomainCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DomainCheckPage(SetupController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void startCheck();
    void updateLoginOffer();
    // The sign-in button: offered once a check found OAuth2 servers in the domain's own document.
    void updateSignInOffer();
    void signIn();
    void openBrowser(const QUrl& url);
    // Shows state().domainCheck: the status line, the findings and what was saved.
    void showState();
    void showFindings();
    void showSelected();
    void copyFix();
    void chooseFolder();
    void publish();
    QStringList checkedFormats() const;

    SetupController* m_controller;
    QLabel* m_domainLabel;
    QLineEdit* m_domain;
    QPushButton* m_checkButton;
    QCheckBox* m_login;
    QPushButton* m_signInButton;
    QUrl m_unopenedUrl; // the sign-in page, when no browser could be opened
    QLabel* m_status;
    QTreeWidget* m_findings;
    QLabel* m_effect;
    QLabel* m_fixLabel;
    QPlainTextEdit* m_fix;
    QPushButton* m_copyButton;
    QLabel* m_publishLabel;
    QList<QCheckBox*> m_formats; // one per SetupController::domainPublishFormats(), in order
    QLineEdit* m_folder;
    QPushButton* m_browseButton;
    QPushButton* m_publishButton;
    QLabel* m_publishReport;
};

} // namespace Portpilot
