#include "DetailsPage.h"

#include "EmailAddress.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Portpilot {

DetailsPage::DetailsPage(QWidget* parent)
    : QWizardPage(parent)
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_showPassword(new QCheckBox(tr("&Show password"), this))
    , m_rememberPassword(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , m_addressHint(new QLabel(this))
{
    setObjectName(QStringLiteral("detailsPage"));
    setTitle(tr("Your details"));
    setSubTitle(tr("Type your email address. Portpilot finds the servers for you."));

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setAccessibleDescription(tr("The name recipients see next to your address"));
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setAccessibleName(tr("Email address"));
    m_address->setPlaceholderText(tr("name@example.com"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_showPassword->setObjectName(QStringLiteral("showPasswordCheck"));
    m_rememberPassword->setObjectName(QStringLiteral("rememberPasswordCheck"));
    m_rememberPassword->setChecked(true);
    m_addressHint->setObjectName(QStringLiteral("addressHint"));
    m_addressHint->setWordWrap(true);

    auto* layout = new QFormLayout(this);
    layout->addRow(tr("Your &name:"), m_name);
    layout->addRow(tr("Email &address:"), m_address);
    layout->addRow(QString(), m_addressHint);
    layout->addRow(tr("&Password:"), m_password);
    layout->addRow(QString(), m_showPassword);
    layout->addRow(QString(), m_rememberPassword);

    connect(m_showPassword, &QCheckBox::toggled, this,
            [this](bool show) { m_password->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_address, &QLineEdit::textChanged, this, [this] {
        updateAddressHint();
        emit completeChanged();
    });
}

void DetailsPage::setAddress(const QString& address)
{
    m_address->setText(address);
}

bool DetailsPage::isComplete() const
{
    return EmailAddress::parse(m_address->text()).isValid();
}

void DetailsPage::updateAddressHint()
{
    QString error;
    if (m_address->text().isEmpty() || EmailAddress::parse(m_address->text(), &error).isValid()) {
        m_addressHint->clear();
    } else {
        m_addressHint->setText(error);
    }
}

} // namespace Portpilot
