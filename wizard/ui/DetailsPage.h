#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Portpilot {

class SetupController;

// Page 1: the person's name, address and password, and whether to remember the password.
class DetailsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DetailsPage(SetupController* controller, QWidget* parent = nullptr);

    void setAddress(const QString& address);
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateAddressHint();
    void updateKeychainNote();
    // Hides the password where the address's provider takes none (OAuth2 only, ProviderAdvice).
    void updatePasswordNeed();
    void fillImportChoices();
    void startFrom(int index);
    void goCheckDomain();

    SetupController* m_controller;
    QLabel* m_importLabel;
    QComboBox* m_import; // start from another program's account; hidden when there is none
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_addressLabel;
    QLineEdit* m_address;
    QLabel* m_addressHint;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QCheckBox* m_showPassword;
    QCheckBox* m_rememberPassword;
    QLabel* m_keychainNote;
    QLabel* m_passwordNote;           // why no password is asked for
    QPushButton* m_checkDomainButton; // the second way: "I own this domain: check it"
    QFormLayout* m_layout = nullptr;
    bool m_checkDomainRequested = false;
    bool m_uncheckedForNoKeychain = false; // "remember" was switched off because no keychain answered
};

} // namespace Portpilot
