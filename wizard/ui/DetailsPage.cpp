#include "DetailsPage.h"

#include "EmailAddress.h"
#include "ProviderAdvice.h"
#include "SetupController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace Portpilot {

namespace {
const QString nameSetting = QStringLiteral("details/lastName");
const QString addressSetting = QStringLiteral("details/lastAddress");
} // namespace

DetailsPage::DetailsPage(SetupController* controller, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_importLabel(new QLabel(this))
    , m_import(new QComboBox(this))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_addressLabel(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_addressHint(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_showPassword(new QCheckBox(this))
    , m_rememberPassword(new QCheckBox(this))
    , m_keychainNote(new QLabel(this))
    , m_passwordNote(new QLabel(this))
    , m_checkDomainButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("detailsPage"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_showPassword->setObjectName(QStringLiteral("showPasswordCheck"));
    m_rememberPassword->setObjectName(QStringLiteral("rememberPasswordCheck"));
    m_rememberPassword->setChecked(true);
    m_addressHint->setObjectName(QStringLiteral("addressHint"));
    m_addressHint->setWordWrap(true);
    m_addressHint->setTextFormat(Qt::PlainText);
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setTextFormat(Qt::PlainText);
    m_keychainNote->setVisible(false);
    m_passwordNote->setObjectName(QStringLiteral("passwordNote"));
    m_passwordNote->setWordWrap(true);
    m_passwordNote->setTextFormat(Qt::PlainText);
    m_passwordNote->setVisible(false);
    m_checkDomainButton->setObjectName(QStringLiteral("checkDomainWayButton"));
    m_import->setObjectName(QStringLiteral("importCombo"));
    m_importLabel->setBuddy(m_import);
    m_nameLabel->setBuddy(m_name);
    m_addressLabel->setBuddy(m_address);
    m_passwordLabel->setBuddy(m_password);

    m_layout = new QFormLayout(this);
    m_layout->addRow(m_importLabel, m_import);
    m_layout->addRow(m_nameLabel, m_name);
    m_layout->addRow(m_addressLabel, m_address);
    m_layout->addRow(QString(), m_addressHint);
    m_layout->addRow(QString(), m_passwordNote);
    m_layout->addRow(m_passwordLabel, m_password);
    m_layout->addRow(QString(), m_showPassword);
    m_layout->addRow(QString(), m_rememberPassword);
    m_layout->addRow(QString(), m_keychainNote);
    auto* otherWay = new QHBoxLayout;
    otherWay->addStretch();
    otherWay->addWidget(m_checkDomainButton);
    m_layout->addRow(otherWay);

    const QSettings settings;
    m_name->setText(settings.value(nameSetting).toString());
    m_address->setText(settings.value(addressSetting).toString());

    connect(m_import, qOverload<int>(&QComboBox::activated), this, &DetailsPage::startFrom);
    connect(m_showPassword, &QCheckBox::toggled, this,
            [this](bool show) { m_password->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_address, &QLineEdit::textChanged, this, [this] {
        updateAddressHint();
        updatePasswordNeed();
        emit completeChanged();
    });
    connect(m_controller, &SetupController::keychainAvailabilityChanged, this, &DetailsPage::updateKeychainNote);
    connect(m_checkDomainButton, &QPushButton::clicked, this, &DetailsPage::goCheckDomain);
    retranslateUi();
}

void DetailsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void DetailsPage::retranslateUi()
{
    setTitle(tr("Your details"));
    setAccessibleName(title()); // the page, not an unnamed frame, for screen readers
    setSubTitle(tr("Type your email address. Portpilot finds the servers for you."));
    m_nameLabel->setText(tr("Your &name:"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setAccessibleDescription(tr("The name recipients see next to your address"));
    m_addressLabel->setText(tr("Email &address:"));
    m_address->setAccessibleName(tr("Email address"));
    m_address->setAccessibleDescription(tr("The address to set up; the servers are found from it"));
    m_address->setPlaceholderText(tr("name@example.com"));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setAccessibleDescription(tr("The password of your email account, used to test the login"));
    m_showPassword->setText(tr("&Show password"));
    m_showPassword->setAccessibleDescription(tr("Shows the password as plain text while you type"));
    m_rememberPassword->setText(tr("&Remember the password in the system keychain"));
    m_rememberPassword->setAccessibleDescription(
        tr("Stores the password in the desktop’s keychain so that mail programs can use it"));
    m_importLabel->setText(tr("S&tart from:"));
    m_import->setAccessibleName(tr("Start from an account on this computer"));
    m_import->setAccessibleDescription(
        tr("Fills in your details from a mail program on this computer and offers its servers"));
    m_checkDomainButton->setText(tr("I own this domain: &check it…"));
    m_checkDomainButton->setAccessibleDescription(
        tr("For the people who run a domain’s mail: checks what mail programs find there, instead of setting "
           "up an account"));
    fillImportChoices();
    m_addressHint->setAccessibleDescription(tr("Address problem"));
    m_keychainNote->setAccessibleDescription(tr("Keychain status"));
    m_passwordNote->setAccessibleDescription(tr("About your password"));
    updateAddressHint();
    updateKeychainNote();
    updatePasswordNeed();
}

void DetailsPage::updatePasswordNeed()
{
    const QString provider = ProviderAdvice::passwordUnusedProvider(m_address->text());
    const bool unused = !provider.isEmpty();
    m_layout->setRowVisible(m_password, !unused);
    m_layout->setRowVisible(m_showPassword, !unused);
    m_layout->setRowVisible(m_rememberPassword, !unused);
    m_layout->setRowVisible(m_passwordNote, unused);
    if (unused) {
        //: %1 is a provider such as Outlook.com
        const QString text = tr("No password needed: %1 signs you in on its own page in your browser during the "
                                "test, and Portpilot keeps that sign-in in the system keychain.")
                                 .arg(provider);
        m_passwordNote->setText(text);
    }
}

void DetailsPage::setAddress(const QString& address)
{
    m_address->setText(address);
}

bool DetailsPage::isComplete() const
{
    return EmailAddress::parse(m_address->text().trimmed()).isValid();
}

void DetailsPage::goCheckDomain()
{
    m_checkDomainRequested = true;
    wizard()->next();
    m_checkDomainRequested = false;
}

int DetailsPage::nextId() const
{
    return int(m_controller
                   ->next(SetupController::Step::Details,
                          m_checkDomainRequested ? SetupController::Detour::CheckDomain : SetupController::Detour::None)
                   .value());
}

bool DetailsPage::validatePage()
{
    QString error;
    if (m_checkDomainRequested) {
        // The check needs no account; a valid address and password become its test account.
        const bool passwordUsed = !ProviderAdvice::passwordUnused(m_address->text());
        if (EmailAddress::parse(m_address->text().trimmed()).isValid()) {
            m_controller->setDetails(m_name->text(), m_address->text(), passwordUsed ? m_password->text() : QString(),
                                     false);
        }
        return true;
    }
    // No password where the provider takes none (the field is hidden, whatever it holds).
    const bool passwordUsed = !ProviderAdvice::passwordUnused(m_address->text());
    if (!m_controller->setDetails(m_name->text(), m_address->text(), passwordUsed ? m_password->text() : QString(),
                                  m_rememberPassword->isChecked() && m_rememberPassword->isEnabled() && passwordUsed,
                                  &error)) {
        m_addressHint->setText(error);
        return false;
    }
    QSettings settings;
    settings.setValue(nameSetting, m_controller->state().realName);
    settings.setValue(addressSetting, m_controller->state().address.toString());
    return true;
}

void DetailsPage::updateAddressHint()
{
    QString error;
    const QString text = m_address->text().trimmed();
    if (text.isEmpty() || EmailAddress::parse(text, &error).isValid()) {
        m_addressHint->clear();
    } else {
        m_addressHint->setText(error);
    }
}

void DetailsPage::updateKeychainNote()
{
    // No keychain: say so and do not offer to save; there is no plaintext fallback.
    const bool unavailable = m_controller->keychainAvailable() == std::optional<bool>(false);
    m_rememberPassword->setEnabled(!unavailable);
    if (unavailable) {
        m_uncheckedForNoKeychain = m_uncheckedForNoKeychain || m_rememberPassword->isChecked();
        m_rememberPassword->setChecked(false);
        m_keychainNote->setText(
            tr("%1 Your mail program will ask for the password instead.").arg(m_controller->keychainMessage()));
    } else if (m_uncheckedForNoKeychain) {
        // The keychain answered after all (it started late): give back what the person had.
        m_uncheckedForNoKeychain = false;
        m_rememberPassword->setChecked(true);
    }
    m_keychainNote->setVisible(unavailable);
}

void DetailsPage::fillImportChoices()
{
    const QList<FoundAccount>& accounts = m_controller->importableAccounts();
    const int current = m_import->currentIndex();
    m_import->clear();
    m_import->addItem(tr("Nothing: I type my details"));
    for (const FoundAccount& account : accounts) {
        //: %1 a program such as Thunderbird, %2 an email address
        m_import->addItem(tr("%1: %2").arg(account.program, account.account.emailAddress));
    }
    m_import->setCurrentIndex(qMax(0, current));
    m_layout->setRowVisible(m_import, !accounts.isEmpty());
}

void DetailsPage::startFrom(int index)
{
    const QList<FoundAccount>& accounts = m_controller->importableAccounts();
    if (index <= 0 || index > accounts.size()) {
        m_controller->setImportedAccount(std::nullopt);
        return;
    }
    const Account& account = accounts.at(index - 1).account;
    if (!account.realName.isEmpty()) {
        m_name->setText(account.realName);
    }
    m_address->setText(account.emailAddress);
    m_controller->setImportedAccount(account);
}

} // namespace Portpilot
