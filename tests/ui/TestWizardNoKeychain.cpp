#include "PasswordSaver.h"
#include "PasswordStore.h"
#include "SetupController.h"
#include "SetupWizard.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Portpilot;

// The wizard with no keychain at all (a D-Bus address that leads nowhere): it says so, does
// not offer to remember the password, and never falls back to a file.
class TestWizardNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saysSoAndDoesNotOfferToSave();
};

void TestWizardNoKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PortpilotTest"));
    QCoreApplication::setApplicationName(QStringLiteral("portpilot-nokeychain-test"));
    QSettings().clear();
    QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("portpilot-no-bus")));
}

void TestWizardNoKeychain::saysSoAndDoesNotOfferToSave()
{
    SetupWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.controller()->keychainAvailable().has_value(), 60000);
    QCOMPARE(wizard.controller()->keychainAvailable(), std::optional<bool>(false));
    auto* remember = wizard.findChild<QCheckBox*>(QStringLiteral("rememberPasswordCheck"));
    QVERIFY(!remember->isEnabled());
    QVERIFY(!remember->isChecked());
    auto* note = wizard.findChild<QLabel*>(QStringLiteral("keychainNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(PasswordStore::describe(PasswordStore::Status::NoKeychain)),
             qPrintable(note->text()));

    // Going on records "do not remember"; the summary says the password was not saved.
    wizard.findChild<QLineEdit*>(QStringLiteral("addressEdit"))->setText(QStringLiteral("anna@example.test"));
    wizard.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("never-in-a-file-42"));
    QVERIFY(wizard.currentPage()->validatePage());
    QVERIFY(!wizard.controller()->state().rememberPassword);
    wizard.controller()->savePassword();
    QVERIFY(wizard.controller()->passwordSaver().outcomeText().contains(QLatin1String("not saved")));
    // Nothing under the settings holds the password.
    QSettings settings;
    for (const QString& key : settings.allKeys()) {
        QVERIFY(!settings.value(key).toString().contains(QLatin1String("never-in-a-file-42")));
    }
}

QTEST_MAIN(TestWizardNoKeychain)
#include "TestWizardNoKeychain.moc"
