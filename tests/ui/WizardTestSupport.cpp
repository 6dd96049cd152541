#include "WizardTestSupport.h"

#include "SetupController.h"

#include <QLineEdit>
#include <QSslCertificate>
#include <QTest>

namespace WizardTestSupport {

void typeInto(QWidget* parent, const char* name, const QString& text)
{
    auto* edit = parent->findChild<QLineEdit*>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    // keyClicks() only knows ASCII; other letters go in as key events carrying their text.
    for (QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(edit, char(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

Portpilot::DiscoveryOptions isolatedDiscovery()
{
    Portpilot::DiscoveryOptions options;
    options.ispdbUrl = QUrl(QStringLiteral("https://127.0.0.1:9/v1.1/"));
    options.guess = false;
    options.overallTimeout = std::chrono::milliseconds(4000);
    options.httpTimeout = std::chrono::milliseconds(2000);
    options.dnsTimeout = std::chrono::milliseconds(2000);
    return options;
}

void useTestWorld(Portpilot::SetupController* controller)
{
    const QString ispdb = qEnvironmentVariable("PORTPILOT_WORLD_ISPDB_URL");
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(qEnvironmentVariable("PORTPILOT_WORLD_CA_FILE"));
    // Without them the test runs outside the world and proves nothing.
    QVERIFY2(!ispdb.isEmpty() && !ca.isEmpty(), "the test world is not set up; run through run-in-world.sh");
    Portpilot::DiscoveryOptions options;
    options.ispdbUrl = QUrl(ispdb);
    controller->setDiscoveryOptions(options);
    // After the options: it adds the CA to discovery, the connection test and the domain check.
    controller->setExtraCaCertificates(ca);
}

} // namespace WizardTestSupport
