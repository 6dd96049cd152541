#include "DonePage.h"

#include "ClientConfigLocation.h"
#include "Descriptions.h"
#include "SetupController.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Portpilot {

namespace {

// The program behind an installable format, by its own name.
QString programName(const QString& format)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("mutt"), QStringLiteral("NeoMutt")},
        {QStringLiteral("aerc"), QStringLiteral("aerc")},
        {QStringLiteral("msmtp"), QStringLiteral("msmtp")},
        {QStringLiteral("mbsync"), QStringLiteral("mbsync")},
        {QStringLiteral("fetchmail"), QStringLiteral("fetchmail")},
        {QStringLiteral("evolution"), QStringLiteral("Evolution")},
        {QStringLiteral("thunderbird"), QStringLiteral("Thunderbird")},
    };
    return names.value(format, format);
}

// A path under the home folder as people write it.
QString shortPath(const QString& path)
{
    const QString home = QDir::homePath();
    return path.startsWith(home + QLatin1Char('/')) ? QStringLiteral("~") + path.mid(home.size()) : path;
}

} // namespace

DonePage::DonePage(SetupController* controller, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_summary(new QLabel(this))
    , m_passwordStatus(new QLabel(this))
    , m_installBox(new QGroupBox(this))
    , m_programs(new QComboBox(m_installBox))
    , m_installButton(new QPushButton(m_installBox))
    , m_undoButton(new QPushButton(m_installBox))
    , m_installResult(new QLabel(m_installBox))
{
    setObjectName(QStringLiteral("donePage"));
    setFinalPage(true);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setFocusPolicy(Qt::StrongFocus);
    m_passwordStatus->setObjectName(QStringLiteral("passwordStatusLabel"));
    m_passwordStatus->setWordWrap(true);
    m_passwordStatus->setTextFormat(Qt::PlainText);
    m_installBox->setObjectName(QStringLiteral("installBox"));
    m_programs->setObjectName(QStringLiteral("installPrograms"));
    m_installButton->setObjectName(QStringLiteral("installButton"));
    m_undoButton->setObjectName(QStringLiteral("undoInstallButton"));
    m_installResult->setObjectName(QStringLiteral("installResult"));
    m_installResult->setWordWrap(true);
    m_installResult->setTextFormat(Qt::PlainText);
    m_installResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_undoButton->setEnabled(false);
    auto* row = new QHBoxLayout;
    row->addWidget(m_programs, 1);
    row->addWidget(m_installButton);
    row->addWidget(m_undoButton);
    auto* installLayout = new QVBoxLayout(m_installBox);
    installLayout->addLayout(row);
    installLayout->addWidget(m_installResult);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_passwordStatus);
    layout->addWidget(m_installBox);
    layout->addStretch();
    connect(m_installButton, &QPushButton::clicked, this, [this] { install(false); });
    connect(m_undoButton, &QPushButton::clicked, this, [this] { install(true); });
    connect(m_programs, &QComboBox::currentIndexChanged, this, [this] { showInstallResult({}); });
    connect(m_controller, &SetupController::passwordSaved, this, [this] {
        showResult();
        emit completeChanged();
    });
    retranslateUi();
}

void DonePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void DonePage::retranslateUi()
{
    setTitle(tr("Done"));
    setAccessibleName(title()); // the page, not an unnamed frame, for screen readers
    setSubTitle(tr("Your account is set up. Use these settings in any mail program."));
    m_summary->setAccessibleDescription(tr("Summary of the account"));
    m_passwordStatus->setAccessibleDescription(tr("Where the password is"));
    m_installBox->setTitle(tr("Add the account to a mail program"));
    m_programs->setAccessibleName(tr("Mail program"));
    m_programs->setAccessibleDescription(tr("The program whose settings file gets this account"));
    m_installButton->setText(tr("&Add"));
    m_installButton->setAccessibleDescription(
        tr("Adds the account to the program's settings, keeping everything else in them and a backup"));
    m_undoButton->setText(tr("&Undo"));
    m_undoButton->setAccessibleDescription(tr("Takes the account out again and restores what was there"));
    m_installResult->setAccessibleDescription(tr("What adding the account did"));
    fillPrograms();
    showResult();
}

void DonePage::initializePage()
{
    // The password was written when the test was left (before the exports that read it).
    fillPrograms();
    showInstallResult({});
    showResult();
}

void DonePage::fillPrograms()
{
    const QString current = m_programs->currentData().toString();
    const QSignalBlocker block(m_programs);
    m_programs->clear();
    for (const QString& format : ClientConfigLocation::installableFormats()) {
        //: %1 a mail program (NeoMutt, Evolution, ...), %2 the file or folder it reads
        m_programs->addItem(tr("%1 (%2)").arg(programName(format), shortPath(ClientConfigLocation::path(format))),
                            format);
    }
    m_programs->setCurrentIndex(qMax(0, m_programs->findData(current)));
}

void DonePage::install(bool undo)
{
    const ClientInstaller::Outcome outcome = m_controller->installInto(m_programs->currentData().toString(), undo);
    showInstallResult(outcome.message);
    // Undo is offered for what this page added.
    m_undoButton->setEnabled(!undo && outcome.ok());
    fillPrograms(); // a file made now is where the program will read from
}

void DonePage::showInstallResult(const QString& text)
{
    m_installResult->setText(text);
    m_installResult->setVisible(!text.isEmpty());
    if (text.isEmpty()) {
        m_undoButton->setEnabled(false);
    }
}

void DonePage::showResult()
{
    m_summary->setText(Descriptions::accountSummary(m_controller->state()));
    m_passwordStatus->setText(saving() ? tr("Saving the password in the system keychain…")
                                       : m_controller->passwordSaver().outcomeText());
}

int DonePage::nextId() const
{
    // The last step of the setup (the domain check's page, with a higher id, is another way).
    const std::optional<SetupController::Step> next = m_controller->next(SetupController::Step::Done);
    return next ? int(*next) : -1;
}

bool DonePage::isComplete() const
{
    return !saving();
}

bool DonePage::saving() const
{
    return m_controller->passwordSaver().outcome() == PasswordSaver::Outcome::Saving;
}

} // namespace Portpilot
