#include "DomainCheckPage.h"

#include "ExportBatch.h"
#include "ExporterRegistry.h"
#include "SetupController.h"
#include "SignInBrowser.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Portpilot {

namespace {

// Index of the finding an item stands for (children only; areas have none).
constexpr int findingRole = Qt::UserRole;

QIcon severityIcon(const QStyle* style, std::optional<Severity> severity)
{
    if (!severity || *severity == Severity::Note) {
        return style->standardIcon(severity ? QStyle::SP_MessageBoxInformation : QStyle::SP_DialogApplyButton);
    }
    return style->standardIcon(*severity == Severity::Error ? QStyle::SP_MessageBoxCritical
                                                            : QStyle::SP_MessageBoxWarning);
}

} // namespace

DomainCheckPage::DomainCheckPage(SetupController* controller, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_domainLabel(new QLabel(this))
    , m_domain(new QLineEdit(this))
    , m_checkButton(new QPushButton(this))
    , m_login(new QCheckBox(this))
    , m_signInButton(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_findings(new QTreeWidget(this))
    , m_effect(new QLabel(this))
    , m_fixLabel(new QLabel(this))
    , m_fix(new QPlainTextEdit(this))
    , m_copyButton(new QPushButton(this))
    , m_publishLabel(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_browseButton(new QPushButton(this))
    , m_publishButton(new QPushButton(this))
    , m_publishReport(new QLabel(this))
{
    setObjectName(QStringLiteral("domainCheckPage"));
    m_domain->setObjectName(QStringLiteral("checkDomainEdit"));
    m_domain->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_domainLabel->setBuddy(m_domain);
    m_checkButton->setObjectName(QStringLiteral("checkDomainButton"));
    m_checkButton->setDefault(true);
    m_login->setObjectName(QStringLiteral("checkLoginCheck"));
    m_login->setChecked(true);
    m_signInButton->setObjectName(QStringLiteral("checkSignInButton"));
    // Everything a server or a web page said reaches these labels: never as rich text.
    for (QLabel* label : {m_status, m_effect, m_publishReport, m_publishLabel}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_findings->setObjectName(QStringLiteral("checkFindings"));
    m_findings->setColumnCount(2);
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->header()->setStretchLastSection(true);
    m_findings->setRootIsDecorated(true);
    m_findings->setUniformRowHeights(true);
    m_effect->setObjectName(QStringLiteral("checkEffect"));
    m_effect->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fix->setObjectName(QStringLiteral("checkFix"));
    m_fix->setReadOnly(true);
    m_fix->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont)); // zone records and XML line up
    m_fix->setMaximumHeight(m_fix->fontMetrics().lineSpacing() * 7);
    m_fixLabel->setBuddy(m_fix);
    m_copyButton->setObjectName(QStringLiteral("copyFixButton"));
    m_publishLabel->setObjectName(QStringLiteral("publishNote"));
    m_folder->setObjectName(QStringLiteral("publishFolderEdit"));
    m_folder->setText(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    m_browseButton->setObjectName(QStringLiteral("publishBrowseButton"));
    m_publishButton->setObjectName(QStringLiteral("publishButton"));
    m_publishReport->setObjectName(QStringLiteral("publishReport"));

    auto* domainRow = new QHBoxLayout;
    domainRow->addWidget(m_domainLabel);
    domainRow->addWidget(m_domain, 1);
    domainRow->addWidget(m_checkButton);
    auto* fixRow = new QHBoxLayout;
    fixRow->addWidget(m_fix, 1);
    fixRow->addWidget(m_copyButton, 0, Qt::AlignTop);
    auto* formatsRow = new QHBoxLayout;
    for (const QString& format : SetupController::domainPublishFormats()) {
        auto* box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("publish-%1").arg(format));
        box->setProperty("format", format);
        box->setChecked(true);
        formatsRow->addWidget(box);
        m_formats.append(box);
    }
    formatsRow->addStretch();
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browseButton);
    folderRow->addWidget(m_publishButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(domainRow);
    layout->addWidget(m_login);
    auto* signInRow = new QHBoxLayout;
    signInRow->addWidget(m_signInButton);
    signInRow->addStretch();
    layout->addLayout(signInRow);
    layout->addWidget(m_status);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_effect);
    layout->addWidget(m_fixLabel);
    layout->addLayout(fixRow);
    layout->addWidget(m_publishLabel);
    layout->addLayout(formatsRow);
    layout->addLayout(folderRow);
    layout->addWidget(m_publishReport);

    connect(m_domain, &QLineEdit::textChanged, this, &DomainCheckPage::updateLoginOffer);
    connect(m_domain, &QLineEdit::textChanged, this, &DomainCheckPage::updateSignInOffer);
    connect(m_domain, &QLineEdit::returnPressed, this, &DomainCheckPage::startCheck);
    connect(m_checkButton, &QPushButton::clicked, this, &DomainCheckPage::startCheck);
    connect(m_signInButton, &QPushButton::clicked, this, &DomainCheckPage::signIn);
    connect(m_controller, &SetupController::domainCheckBrowserUrl, this, &DomainCheckPage::openBrowser);
    connect(m_findings, &QTreeWidget::currentItemChanged, this, &DomainCheckPage::showSelected);
    connect(m_copyButton, &QPushButton::clicked, this, &DomainCheckPage::copyFix);
    connect(m_browseButton, &QPushButton::clicked, this, &DomainCheckPage::chooseFolder);
    connect(m_publishButton, &QPushButton::clicked, this, &DomainCheckPage::publish);
    connect(m_controller, &SetupController::domainCheckChanged, this, &DomainCheckPage::showState);
    retranslateUi();
}

void DomainCheckPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void DomainCheckPage::retranslateUi()
{
    setTitle(tr("Check your domain"));
    setAccessibleName(title()); // the page, not an unnamed frame, for screen readers
    setSubTitle(tr("For the people who run a domain’s mail: what mail programs find when someone sets up an "
                   "address there, and how to fix what they trip over."));
    m_domainLabel->setText(tr("&Domain:"));
    m_domain->setAccessibleName(tr("Domain to check"));
    m_domain->setPlaceholderText(tr("example.org"));
    m_checkButton->setText(tr("C&heck"));
    m_checkButton->setAccessibleDescription(
        tr("Asks every place mail programs look and probes each server found, without a password"));
    m_findings->setHeaderLabels({tr("Finding"), tr("About")});
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setAccessibleDescription(
        tr("Where mail programs look, in the order they ask, each with what was found there"));
    m_effect->setAccessibleDescription(tr("What mail programs do because of the selected finding"));
    m_fixLabel->setText(tr("&Fix:"));
    m_fix->setAccessibleName(tr("Fix"));
    m_fix->setAccessibleDescription(tr("What to change for the selected finding"));
    m_copyButton->setText(tr("Co&py"));
    m_copyButton->setAccessibleDescription(tr("Copies the fix to the clipboard"));
    for (QCheckBox* box : std::as_const(m_formats)) {
        const Exporter* exporter = ExporterRegistry::instance().find(box->property("format").toString());
        box->setText(exporter ? exporter->name() : box->property("format").toString());
        box->setAccessibleDescription(exporter ? exporter->description() : QString());
    }
    m_folder->setAccessibleName(tr("Folder to save the settings files in"));
    m_browseButton->setText(tr("&Browse…"));
    m_browseButton->setAccessibleDescription(tr("Chooses the folder"));
    m_publishButton->setText(tr("&Save files"));
    m_publishButton->setAccessibleDescription(
        tr("Saves the checked files with the servers that passed, never replacing a file"));
    updateLoginOffer();
    showState();
}

void DomainCheckPage::initializePage()
{
    // The domain of the address typed on the first page, when there is one.
    const SetupState& state = m_controller->state();
    if (state.address.isValid() && m_domain->text().trimmed().isEmpty()) {
        m_domain->setText(state.address.domain());
    }
    updateLoginOffer();
    showState();
    m_domain->setFocus();
}

void DomainCheckPage::cleanupPage()
{
    m_controller->back(SetupController::Step::Check);
    QWizardPage::cleanupPage();
}

bool DomainCheckPage::isComplete() const
{
    return !m_controller->isCheckingDomain();
}

int DomainCheckPage::nextId() const
{
    const std::optional<SetupController::Step> next = m_controller->next(SetupController::Step::Check);
    return next ? int(*next) : -1;
}

void DomainCheckPage::updateLoginOffer()
{
    const bool offered = m_controller->canLogInForDomainCheck(m_domain->text());
    m_login->setVisible(offered);
    //: %1 is an email address
    m_login->setText(tr("&Log in as %1 too, with the password you typed (only over encrypted connections)")
                         .arg(offered ? m_controller->state().address.toString() : tr("the test account")));
}

void DomainCheckPage::updateSignInOffer()
{
    const DomainCheckState& check = m_controller->state().domainCheck;
    m_signInButton->setVisible(m_controller->offersDomainCheckSignIn(m_domain->text()));
    m_signInButton->setEnabled(!check.running);
    // One button: it starts the sign-in and, while the browser is waited for, cancels it.
    m_signInButton->setText(check.signingIn ? tr("Cancel s&ign-in") : tr("Sign &in with the browser…"));
    //: %1 is an email address
    m_signInButton->setAccessibleDescription(
        check.signingIn
            ? tr("Stops waiting for the sign-in in the browser")
            : tr("Signs in as %1 in your browser with the issuer the domain’s autoconfig document names, then checks "
                 "again and logs in to its OAuth2 servers. The sign-in is used for this check only and is not saved.")
                  .arg(m_controller->state().address.toString()));
}

void DomainCheckPage::signIn()
{
    m_unopenedUrl.clear();
    if (m_controller->state().domainCheck.signingIn) {
        m_controller->cancelDomainCheckSignIn();
        return;
    }
    QString error;
    if (!m_controller->startDomainCheckSignIn(m_domain->text(), m_login->isVisible() && m_login->isChecked(), &error)) {
        m_status->setText(error);
    }
}

void DomainCheckPage::openBrowser(const QUrl& url)
{
    if (!SignInBrowser::open(url)) {
        m_unopenedUrl = url;
        showState();
    }
}

void DomainCheckPage::startCheck()
{
    QString error;
    if (!m_controller->startDomainCheck(m_domain->text(), m_login->isVisible() && m_login->isChecked(), &error)) {
        m_status->setText(error);
    }
}

void DomainCheckPage::showState()
{
    const DomainCheckState& check = m_controller->state().domainCheck;
    m_checkButton->setEnabled(!check.running && !check.signingIn);
    updateSignInOffer();
    if (check.signingIn) {
        //: %1 is an email address, %2 the issuer such as Example Mail
        m_status->setText(check.signInIssuer.isEmpty()
                              ? tr("Signing in as %1…").arg(m_controller->state().address.toString())
                              : tr("Waiting for the sign-in as %1 with %2 in your browser. The sign-in is used for "
                                   "this check only.")
                                    .arg(m_controller->state().address.toString(), check.signInIssuer));
        if (!m_unopenedUrl.isEmpty()) {
            m_status->setText(SignInBrowser::notOpenedText(m_unopenedUrl));
        }
    } else if (check.running) {
        //: %1 is a domain name
        m_status->setText(
            tr("Checking %1: asking every place mail programs look, then probing each server…").arg(check.domain));
    } else if (!check.finished) {
        if (!check.domain.isEmpty()) {
            m_status->setText(tr("The check was stopped."));
        } else if (m_status->text().isEmpty()) {
            m_status->setText(tr("Type the domain and press Check."));
        }
    } else {
        int counts[3] = {0, 0, 0};
        for (const Finding& finding : check.findings) {
            ++counts[int(finding.severity)];
        }
        QString text = check.findings.isEmpty()
                           //: %1 is a domain name
                           ? tr("Checked %1: nothing to report.").arg(check.domain)
                           //: %1 domain name; %2, %3, %4 numbers
                           : tr("Checked %1. Errors: %2, warnings: %3, notes: %4. Select a finding to see its fix.")
                                 .arg(check.domain)
                                 .arg(counts[int(Severity::Error)])
                                 .arg(counts[int(Severity::Warning)])
                                 .arg(counts[int(Severity::Note)]);
        if (!check.loginAddress.isEmpty()) {
            //: %1 is an email address
            text += QLatin1Char(' ') +
                    (check.signedIn
                         //: %1 is an email address
                         ? tr("Logged in as %1 where a server takes the OAuth2 sign-in or the password. The sign-in "
                              "was used for this check only and not saved.")
                               .arg(check.loginAddress)
                         : tr("Logged in as %1 where a server takes a password.").arg(check.loginAddress));
        }
        if (!check.signInProblem.isEmpty()) {
            //: %1 says why, from the issuer or the domain's document
            text += QLatin1Char(' ') + tr("The sign-in did not work: %1").arg(check.signInProblem);
        }
        m_status->setText(text);
    }
    showFindings();

    const bool publishable = check.finished && check.canPublish();
    if (!check.finished) {
        m_publishLabel->setText(tr("After the check: save the files that publish the servers that passed."));
    } else if (publishable) {
        m_publishLabel->setText(
            tr("Publish the servers that passed, so that mail programs find them: save the files to put on your "
               "web server and in your DNS zone."));
    } else {
        m_publishLabel->setText(tr("Nothing to publish yet: no incoming and outgoing server passed the probe. Fix "
                                   "the servers first, then check again."));
    }
    for (QCheckBox* box : std::as_const(m_formats)) {
        box->setEnabled(publishable);
    }
    m_folder->setEnabled(publishable);
    m_browseButton->setEnabled(publishable);
    m_publishButton->setEnabled(publishable);
    QStringList report;
    for (const ExportOutcome& outcome : check.exports) {
        report.append(ExportBatch::outcomeText(check.published, outcome));
    }
    m_publishReport->setText(report.join(QLatin1Char('\n')));
    m_publishReport->setVisible(!report.isEmpty());
    emit completeChanged();
}

void DomainCheckPage::showFindings()
{
    const DomainCheckState& check = m_controller->state().domainCheck;
    m_findings->clear();
    m_findings->setEnabled(check.finished);
    const QStyle* style = this->style();
    QTreeWidgetItem* first = nullptr;
    for (const DomainCheck::Area& area : check.areas) {
        const std::optional<Severity> worst = Finding::worst(check.findings, area.name);
        auto* areaItem = new QTreeWidgetItem(m_findings, {area.name, area.summary});
        areaItem->setIcon(0, severityIcon(style, worst));
        for (qsizetype i = 0; i < check.findings.size(); ++i) {
            const Finding& finding = check.findings.at(i);
            if (finding.area() != area.name) {
                continue;
            }
            //: %1 severity ("error", "warning", "note"), %2 the finding's id
            auto* item = new QTreeWidgetItem(
                areaItem, {tr("%1: %2").arg(Finding::severityText(finding.severity), finding.id), finding.subject});
            item->setIcon(0, severityIcon(style, finding.severity));
            item->setData(0, findingRole, int(i));
            if (i == 0) {
                first = item; // the worst: the findings come sorted, errors first
            }
        }
        areaItem->setExpanded(worst && *worst != Severity::Note);
    }
    m_findings->setCurrentItem(first);
    showSelected();
}

void DomainCheckPage::showSelected()
{
    const DomainCheckState& check = m_controller->state().domainCheck;
    const QTreeWidgetItem* item = m_findings->currentItem();
    const QVariant index = item ? item->data(0, findingRole) : QVariant();
    const bool shown = index.isValid() && index.toInt() < check.findings.size();
    m_effect->setVisible(shown);
    m_fixLabel->setVisible(shown);
    m_fix->setVisible(shown);
    m_copyButton->setVisible(shown);
    m_copyButton->setText(tr("Co&py"));
    if (!shown) {
        m_effect->clear();
        m_fix->clear();
        return;
    }
    const Finding& finding = check.findings.at(index.toInt());
    //: %1 the finding's subject (a web address, DNS record or server), %2 what mail programs do
    m_effect->setText(tr("%1: %2").arg(finding.subject, finding.effect));
    m_fix->setPlainText(finding.fix);
}

void DomainCheckPage::copyFix()
{
    QApplication::clipboard()->setText(m_fix->toPlainText());
    m_copyButton->setText(tr("Copied")); // its name changes, so a screen reader says it too
}

void DomainCheckPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save in folder"), m_folder->text());
    if (!folder.isEmpty()) {
        m_folder->setText(folder);
    }
}

QStringList DomainCheckPage::checkedFormats() const
{
    QStringList formats;
    for (const QCheckBox* box : m_formats) {
        if (box->isChecked()) {
            formats.append(box->property("format").toString());
        }
    }
    return formats;
}

void DomainCheckPage::publish()
{
    m_controller->publishDomainSettings(checkedFormats(), QDir::fromNativeSeparators(m_folder->text().trimmed()));
}

} // namespace Portpilot
