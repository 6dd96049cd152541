#pragma once

#include "Side.h"
#include "TestChecklist.h"

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
    int nextId() const override;
    // Leaving the test for the exports: the password goes to the keychain now, since the
    // exported profiles of several mail programs read it from there.
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Column
    {
        QGroupBox* box = nullptr;
        QLabel* server = nullptr;
        std::array<QLabel*, TestChecklist::RowCount> steps{};
        QLabel* result = nullptr;
        QPushButton* details = nullptr;
        QPushButton* certificate = nullptr;
        QPushButton* forget = nullptr; // shown when the test passed on a certificate the person accepted
    };

    void retranslateUi();
    void buildColumn(Side side);
    void startTest();
    void updateColumn(Side side);
    void updateSummary();
    void chooseMailToCopy();
    void showDetails(Side side);
    void showCertificate(Side side);
    void forgetCertificate(Side side);
    // The "Sign in with PROVIDER" step for servers that log in with OAuth2: shown from the
    // controller's state().signIn; the browser is opened here (QDesktopServices is QtGui).
    void updateSignIn();
    void openBrowser(const QUrl& url);
    Column& column(Side side) { return m_columns.at(indexOf(side)); }

    SetupController* m_controller;
    std::array<Column, 2> m_columns;
    QString m_refusal; // why the last test could not start
    QLabel* m_summary;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QPushButton* m_retry;
    QPushButton* m_copyMail; // after a passed IMAP test: mail from a folder the person picks
    QGroupBox* m_signInBox;
    QLabel* m_signInStatus;
    QPushButton* m_signIn;
    QPushButton* m_cancelSignIn;
};

} // namespace Portpilot
