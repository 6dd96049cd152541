#include "TestPage.h"

#include "CertificateDialog.h"
#include "PasswordSaver.h"
#include "SetupController.h"
#include "SetupSignIn.h"
#include "SignInBrowser.h"

#include <QEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QWizard>

namespace Portpilot {

TestPage::TestPage(SetupController* controller, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_summary(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_retry(new QPushButton(this))
    , m_copyMail(new QPushButton(this))
    , m_signInBox(new QGroupBox(this))
    , m_signInStatus(new QLabel(m_signInBox))
    , m_signIn(new QPushButton(m_signInBox))
    , m_cancelSignIn(new QPushButton(m_signInBox))
{
    setObjectName(QStringLiteral("testPage"));
    m_summary->setObjectName(QStringLiteral("testSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_password->setObjectName(QStringLiteral("retryPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setObjectName(QStringLiteral("retryPasswordLabel"));
    m_passwordLabel->setBuddy(m_password);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_copyMail->setObjectName(QStringLiteral("copyMailButton"));
    m_copyMail->setVisible(false);

    m_signInBox->setObjectName(QStringLiteral("signInBox"));
    m_signInStatus->setObjectName(QStringLiteral("signInStatus"));
    m_signInStatus->setWordWrap(true);
    m_signInStatus->setTextFormat(Qt::PlainText);
    m_signInStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_cancelSignIn->setObjectName(QStringLiteral("cancelSignInButton"));
    auto* signInButtons = new QHBoxLayout;
    signInButtons->addWidget(m_signIn);
    signInButtons->addWidget(m_cancelSignIn);
    signInButtons->addStretch();
    auto* signInLayout = new QVBoxLayout(m_signInBox);
    signInLayout->addWidget(m_signInStatus);
    signInLayout->addLayout(signInButtons);

    auto* sides = new QHBoxLayout;
    for (const Side side : bothSides) {
        buildColumn(side);
        sides->addWidget(column(side).box);
    }
    auto* retryRow = new QHBoxLayout;
    retryRow->addWidget(m_passwordLabel);
    retryRow->addWidget(m_password);
    retryRow->addWidget(m_retry);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_signInBox);
    layout->addLayout(sides);
    layout->addWidget(m_summary);
    layout->addLayout(retryRow);
    layout->addWidget(m_copyMail, 0, Qt::AlignLeft);

    connect(m_controller, &SetupController::testChanged, this, &TestPage::updateColumn);
    connect(m_controller, &SetupController::testFinished, this, [this] {
        updateSummary();
        m_retry->setEnabled(true);
        emit completeChanged();
        // After a pass the next thing to do is Next, not another try (the focus was left in the
        // retry password field; found by tests/ui/a11y/walk-wizard.py).
        if (isComplete() && wizard() && isVisible()) {
            wizard()->button(QWizard::NextButton)->setFocus();
        }
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (!m_password->text().isEmpty()) {
            m_controller->setPassword(m_password->text());
        }
        startTest();
    });
    connect(m_password, &QLineEdit::returnPressed, m_retry, &QPushButton::click);
    connect(m_copyMail, &QPushButton::clicked, this, &TestPage::chooseMailToCopy);
    connect(m_controller, &SetupController::migrationChanged, this, &TestPage::updateSummary);
    connect(m_signIn, &QPushButton::clicked, m_controller, &SetupController::signIn);
    connect(m_cancelSignIn, &QPushButton::clicked, m_controller, &SetupController::cancelSignIn);
    connect(m_controller, &SetupController::signInBrowserUrl, this, &TestPage::openBrowser);
    connect(m_controller, &SetupController::signInChanged, this, [this] {
        // Once signed in the controller has started the test (or refused it: readyToTest says why).
        if (m_controller->state().signIn.status == OAuth2SignInState::Status::SignedIn) {
            m_refusal.clear();
            if (!m_controller->isTesting()) {
                m_controller->readyToTest(&m_refusal);
            }
            m_retry->setEnabled(!m_controller->isTesting());
        }
        for (const Side side : bothSides) {
            updateColumn(side);
        }
        updateSignIn();
        updateSummary();
        emit completeChanged();
    });
    retranslateUi();
}

void TestPage::buildColumn(Side side)
{
    Column& column = this->column(side);
    const QString prefix = side == Side::Incoming ? QStringLiteral("incoming") : QStringLiteral("outgoing");
    column.box = new QGroupBox(this);
    column.box->setObjectName(prefix + QStringLiteral("TestBox"));
    column.server = new QLabel(column.box);
    column.server->setObjectName(prefix + QStringLiteral("TestServer"));
    column.server->setWordWrap(true);
    column.server->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(column.box);
    layout->addWidget(column.server);
    const std::array<const char*, TestChecklist::RowCount> names{"Connect", "Secure", "Capabilities", "Login"};
    for (std::size_t row = 0; row < names.size(); ++row) {
        column.steps.at(row) = new QLabel(column.box);
        column.steps.at(row)->setObjectName(prefix + QStringLiteral("Step") + QLatin1String(names.at(row)));
        column.steps.at(row)->setTextFormat(Qt::PlainText);
        layout->addWidget(column.steps.at(row));
    }
    column.result = new QLabel(column.box);
    column.result->setObjectName(prefix + QStringLiteral("TestResult"));
    column.result->setWordWrap(true);
    column.result->setTextFormat(Qt::PlainText);
    layout->addWidget(column.result);
    column.details = new QPushButton(column.box);
    column.details->setObjectName(prefix + QStringLiteral("DetailsButton"));
    column.details->setEnabled(false);
    column.certificate = new QPushButton(column.box);
    column.certificate->setObjectName(prefix + QStringLiteral("CertificateButton"));
    column.certificate->setVisible(false);
    column.forget = new QPushButton(column.box);
    column.forget->setObjectName(prefix + QStringLiteral("ForgetCertificateButton"));
    column.forget->setVisible(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(column.details);
    buttons->addWidget(column.certificate);
    buttons->addWidget(column.forget);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
    connect(column.details, &QPushButton::clicked, this, [this, side] { showDetails(side); });
    connect(column.certificate, &QPushButton::clicked, this, [this, side] { showCertificate(side); });
    connect(column.forget, &QPushButton::clicked, this, [this, side] { forgetCertificate(side); });
}

void TestPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void TestPage::retranslateUi()
{
    setTitle(tr("Testing your account"));
    setAccessibleName(title()); // the page, not an unnamed frame, for screen readers
    setSubTitle(tr("Portpilot logs in to both servers the way your mail program will, and logs out again."));
    for (const Side side : bothSides) {
        Column& column = this->column(side);
        const bool incoming = side == Side::Incoming;
        column.box->setTitle(incoming ? tr("Incoming mail") : tr("Outgoing mail"));
        column.box->setAccessibleName(incoming ? tr("Incoming server test") : tr("Outgoing server test"));
        column.details->setText(incoming ? tr("&Details…") : tr("D&etails…"));
        column.details->setAccessibleDescription(tr("Shows the technical detail and the conversation with the "
                                                    "server, with your password hidden"));
        column.certificate->setText(incoming ? tr("&Check certificate…") : tr("C&heck certificate…"));
        column.certificate->setAccessibleDescription(tr("Shows the certificate the server sent, to trust it"));
        column.forget->setText(incoming ? tr("&Stop trusting") : tr("St&op trusting"));
        column.forget->setAccessibleDescription(
            tr("Forgets the certificate you accepted for this server, and tests again"));
        column.result->setAccessibleDescription(incoming ? tr("Incoming test result") : tr("Outgoing test result"));
        updateColumn(side);
    }
    updateSummary();
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setAccessibleName(tr("Password for another try"));
    m_password->setAccessibleDescription(tr("Type the correct password here and test again"));
    m_password->setPlaceholderText(tr("unchanged"));
    m_retry->setText(tr("&Test again"));
    m_retry->setAccessibleDescription(tr("Runs the test again with the password above"));
    m_copyMail->setText(tr("Copy mail from a folder on this computer…"));
    m_copyMail->setAccessibleDescription(
        tr("Choose a mail folder, such as an old program's POP3 mail, to copy to the new IMAP account"));
    m_summary->setAccessibleDescription(tr("Test summary"));
    m_signInStatus->setAccessibleDescription(tr("Sign-in status"));
    m_signIn->setAccessibleDescription(tr("Opens your provider’s sign-in page in your browser; Portpilot never "
                                          "sees your password"));
    m_cancelSignIn->setText(tr("C&ancel sign-in"));
    m_cancelSignIn->setAccessibleDescription(tr("Stops waiting for the sign-in in your browser"));
    updateSignIn();
}

void TestPage::updateSignIn()
{
    const SetupState& state = m_controller->state();
    const bool needed = SetupSignIn::isNeeded(state);
    m_signInBox->setVisible(needed);
    const QString issuer = SetupSignIn::issuerName(state);
    //: %1 is the issuer, such as Microsoft or Google
    m_signInBox->setTitle(tr("Sign in with %1").arg(issuer));
    m_signInBox->setAccessibleName(m_signInBox->title());
    const bool running = state.signIn.isRunning();
    //: %1 is the issuer, such as Microsoft or Google
    m_signIn->setText(state.signIn.status == OAuth2SignInState::Status::NotStarted ? tr("&Sign in with %1…").arg(issuer)
                                                                                   : tr("&Sign in again…"));
    m_signIn->setEnabled(!running);
    m_cancelSignIn->setVisible(running);
    QString text = SetupSignIn::describe(state);
    if (text.isEmpty()) {
        //: %1 is the issuer, such as Microsoft or Google
        text = tr("Your provider signs you in on its own page: %1 opens in your browser, and the test runs once "
                  "you have signed in there.")
                   .arg(issuer);
    }
    // No accessible name of its own: the changing text is the name and is announced when it
    // changes; the fixed words are the description (docs/accessibility.md).
    m_signInStatus->setText(text);
}

void TestPage::openBrowser(const QUrl& url)
{
    if (!SignInBrowser::open(url)) {
        m_signInStatus->setText(SignInBrowser::notOpenedText(url));
    }
}

void TestPage::initializePage()
{
    startTest();
}

void TestPage::cleanupPage()
{
    // "Back to settings": stop, keep everything typed (the controller holds it).
    m_controller->back(SetupController::Step::Test);
    QWizardPage::cleanupPage();
}

void TestPage::startTest()
{
    m_password->clear();

    // The controller forgets the last results here; the columns and the summary show that.
    // It refuses servers that are not approved or lack consent, whatever page led here.
    m_refusal.clear();
    // Servers that log in with OAuth2 need the sign-in first: the controller refuses until then
    // ("Sign in with … first"), and the step above offers it.
    const bool started = m_controller->startTest(&m_refusal);
    const bool signInFirst = m_controller->signInNeeded();
    m_retry->setEnabled(!started && !signInFirst);
    updateSignIn();
    if (signInFirst && isVisible()) {
        m_signIn->setFocus();
    }
    emit completeChanged();
    for (const Side side : bothSides) {
        updateColumn(side);
    }
    updateSummary();
}

void TestPage::updateSummary()
{
    // Worded from the controller's state each time, so that a language switch rewords it.
    const SetupState& state = m_controller->state();
    if (!m_refusal.isEmpty()) {
        m_summary->setText(m_refusal);
    } else if (m_controller->isTesting()) {
        m_summary->setText(tr("Testing…"));
    } else if (state.testPassed() && m_controller->offersMigration()) {
        m_summary->setText(tr("Both servers work. Next you can copy the mail on this computer to the new account."));
    } else if (state.testPassed()) {
        m_summary->setText(tr("Both servers work. Continue to save your settings."));
    } else if (state.side(Side::Incoming).testResult || state.side(Side::Outgoing).testResult) {
        m_summary->setText(tr("The test failed. Read what went wrong above, correct the password here or "
                              "go back to the settings, then try again."));
    } else {
        m_summary->clear(); // no test yet, or it was stopped
    }
    // POP3 mail that was not found on its own (another program, a backup) can still be copied.
    m_copyMail->setVisible(state.testPassed() && state.side(Side::Incoming).server.protocol == Protocol::Imap &&
                           !m_controller->offersMigration());
}

void TestPage::chooseMailToCopy()
{
    // Window-modal and not blocking: the wizard keeps running (and a test can answer it).
    auto* dialog = new QFileDialog(this, tr("Choose a mail folder to copy"));
    dialog->setObjectName(QStringLiteral("copyMailDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        QString error;
        if (!path.isEmpty() && !m_controller->addMigrationSource(path, &error)) {
            auto* box = new QMessageBox(QMessageBox::Warning, tr("No mail there"), error, QMessageBox::Ok, this);
            box->setTextFormat(Qt::PlainText);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    dialog->open();
}

void TestPage::updateColumn(Side side)
{
    Column& column = this->column(side);
    const SideState& state = m_controller->state().side(side);
    const ServerSettings& server = state.server;
    //: %1 protocol, %2 host, %3 port
    column.server->setText(
        tr("%1 on %2, port %3")
            .arg(protocolName(server.protocol).toUpper(), server.hostname, QString::number(server.port)));
    const std::array<QString, TestChecklist::RowCount> labels{tr("Connect"), tr("Secure the connection"),
                                                              tr("Ask what the server supports"), tr("Log in")};
    for (std::size_t row = 0; row < labels.size(); ++row) {
        const QString& label = labels.at(row);
        QString text;
        QString stateName; // screen readers hear the state in words, not as a symbol
        switch (state.checklist.rows.at(row)) {
        case TestChecklist::State::Waiting:
            //: A step not started yet; %1 is the step
            text = tr("○ %1").arg(label);
            stateName = tr("waiting");
            break;
        case TestChecklist::State::Running:
            text = tr("… %1").arg(label);
            stateName = tr("running");
            break;
        case TestChecklist::State::Done:
            text = tr("✓ %1").arg(label);
            stateName = tr("done");
            break;
        case TestChecklist::State::Failed:
            text = tr("✗ %1").arg(label);
            stateName = tr("failed");
            break;
        case TestChecklist::State::NotUsed:
            //: A step that did not apply (no encryption chosen)
            text = tr("– %1 (not used)").arg(label);
            stateName = tr("not used");
            break;
        }
        column.steps.at(row)->setText(text);
        //: %1 is a step, %2 its state
        const QString name = tr("%1: %2").arg(label, stateName);
        // Every refresh passes here; a name set again is announced again.
        if (column.steps.at(row)->accessibleName() != name) {
            column.steps.at(row)->setAccessibleName(name);
        }
    }
    // The result comes from the controller, never from text kept here, so that it follows a
    // language switch; the failure's message is worded from its kind when shown.
    const std::optional<ProbeResult>& result = state.testResult;
    if (!result) {
        column.result->clear();
    } else if (result->passed() && result->certificatePinned) {
        //: %1 is the TLS version. The certificate is not vouched for by a certificate authority.
        column.result->setText(
            tr("Works, encrypted (%1), with a certificate you accepted yourself.").arg(result->tlsProtocol));
    } else if (result->passed()) {
        column.result->setText(result->encrypted ? tr("Works, encrypted (%1).").arg(result->tlsProtocol)
                                                 : tr("Works, but not encrypted."));
    } else {
        column.result->setText(result->failure.message());
    }
    column.details->setEnabled(result.has_value());
    column.certificate->setVisible(result && result->certificate.has_value() && !result->certificatePinned);
    column.forget->setVisible(result && result->certificatePinned);
}

void TestPage::showDetails(Side side)
{
    const std::optional<ProbeResult>& result = m_controller->state().side(side).testResult;
    if (!result) {
        return;
    }
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("testDetailsBox"));
    box.setWindowTitle(tr("Test details"));
    box.setIcon(result->passed() ? QMessageBox::Information : QMessageBox::Warning);
    box.setText(result->passed() ? tr("The test passed.") : result->failure.message());
    // The detail holds the server's own words, which anyone on the path may have written before
    // TLS: QMessageBox would render text that looks like HTML (with live links), so it is escaped.
    box.setTextFormat(Qt::PlainText);
    if (!result->failure.detail.isEmpty()) {
        box.setInformativeText(Qt::convertFromPlainText(result->failure.detail));
    }
    // The transcript has every credential redacted by the prober.
    box.setDetailedText(result->transcript.join(QLatin1Char('\n')));
    box.exec();
}

void TestPage::showCertificate(Side side)
{
    const std::optional<ProbeResult> result = m_controller->state().side(side).testResult;
    if (!result || !result->certificate) {
        return;
    }
    const QString server = QStringLiteral("%1:%2").arg(result->server.hostname).arg(result->server.port);
    CertificateDialog dialog(server, *result->certificate, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QString error;
    if (!m_controller->acceptCertificate(side, &error)) {
        QMessageBox::warning(this, tr("Certificate not accepted"), error);
        return;
    }
    startTest();
}

void TestPage::forgetCertificate(Side side)
{
    if (m_controller->forgetCertificate(side)) {
        startTest(); // the certificate is shown again, to accept or not
    }
}

bool TestPage::isComplete() const
{
    return m_controller->state().testPassed() && !m_controller->isTesting();
}

bool TestPage::validatePage()
{
    m_controller->savePassword();
    return true;
}

int TestPage::nextId() const
{
    return int(m_controller->next(SetupController::Step::Test).value());
}

} // namespace Portpilot
