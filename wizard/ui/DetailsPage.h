#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Portpilot {

// Page 1: the person's name, address and password.
class DetailsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DetailsPage(QWidget* parent = nullptr);

    void setAddress(const QString& address);
    bool isComplete() const override;

private:
    void updateAddressHint();

    QLineEdit* m_name;
    QLineEdit* m_address;
    QLineEdit* m_password;
    QCheckBox* m_showPassword;
    QCheckBox* m_rememberPassword;
    QLabel* m_addressHint;
};

} // namespace Portpilot
