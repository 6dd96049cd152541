#include "ExportPage.h"

#include "ExportBatch.h"
#include "ExporterRegistry.h"
#include "SetupController.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace Portpilot {

namespace {
// Large or binary previews are cut; the file itself is complete.
constexpr qsizetype maxPreviewBytes = 64 * 1024;
QString formatDescription(const QString& format)
{
    const Exporter* exporter = ExporterRegistry::instance().find(format);
    return exporter ? exporter->description() : QString();
}

} // namespace

ExportPage::ExportPage(SetupController* controller, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_formatsLabel(new QLabel(this))
    , m_formats(new QListWidget(this))
    , m_folderLabel(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_includePassword(new QCheckBox(this))
    , m_passwordWarning(new QLabel(this))
    , m_previewLabel(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_exportButton(new QPushButton(this))
    , m_report(new QLabel(this))
{
    setObjectName(QStringLiteral("exportPage"));
    m_formats->setObjectName(QStringLiteral("formatList"));
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_includePassword->setObjectName(QStringLiteral("includePasswordCheck"));
    m_includePassword->setChecked(false);
    m_passwordWarning->setObjectName(QStringLiteral("passwordWarning"));
    m_passwordWarning->setWordWrap(true);
    m_passwordWarning->setTextFormat(Qt::PlainText);
    m_passwordWarning->setVisible(false);
    m_preview->setObjectName(QStringLiteral("previewText"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_report->setObjectName(QStringLiteral("exportReport"));
    m_report->setWordWrap(true);
    m_report->setTextFormat(Qt::PlainText);
    m_formatsLabel->setBuddy(m_formats);
    m_folderLabel->setBuddy(m_folder);
    m_previewLabel->setBuddy(m_preview);
    m_folder->setText(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder);
    folderRow->addWidget(m_browse);
    auto* layout = new QGridLayout(this);
    layout->addWidget(m_formatsLabel, 0, 0);
    layout->addWidget(m_previewLabel, 0, 1);
    layout->addWidget(m_formats, 1, 0);
    layout->addWidget(m_preview, 1, 1);
    layout->addWidget(m_folderLabel, 2, 0, 1, 2);
    layout->addLayout(folderRow, 3, 0, 1, 2);
    layout->addWidget(m_includePassword, 4, 0, 1, 2);
    layout->addWidget(m_passwordWarning, 5, 0, 1, 2);
    layout->addWidget(m_exportButton, 6, 0, Qt::AlignLeft);
    layout->addWidget(m_report, 7, 0, 1, 2);
    layout->setColumnStretch(1, 2);
    setTabOrder(m_formats, m_preview);
    setTabOrder(m_preview, m_folder);
    setTabOrder(m_folder, m_browse);
    setTabOrder(m_browse, m_includePassword);
    setTabOrder(m_includePassword, m_exportButton);

    for (const QString& format : ExporterRegistry::instance().names()) {
        auto* item = new QListWidgetItem(format, m_formats);
        item->setData(Qt::UserRole, format);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    connect(m_formats, &QListWidget::currentRowChanged, this, &ExportPage::updatePreview);
    connect(m_formats, &QListWidget::itemChanged, this,
            [this] { m_exportButton->setEnabled(!checkedFormats().isEmpty()); });
    connect(m_includePassword, &QCheckBox::toggled, this, [this](bool on) {
        m_passwordWarning->setVisible(on);
        updatePreview();
    });
    connect(m_browse, &QPushButton::clicked, this, &ExportPage::chooseFolder);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportPage::exportNow);
    connect(m_controller, &SetupController::exportsChanged, this, &ExportPage::updateReport);
    m_exportButton->setEnabled(false);
    retranslateUi();
}

void ExportPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void ExportPage::retranslateUi()
{
    setTitle(tr("Export the settings"));
    setAccessibleName(title()); // the page, not an unnamed frame, for screen readers
    setSubTitle(tr("Save the settings in the form your mail program reads. You can skip this step."));
    m_formatsLabel->setText(tr("&Formats:"));
    m_formats->setAccessibleName(tr("Export formats"));
    m_formats->setAccessibleDescription(tr("Check the formats to save; the selected one is previewed"));
    for (int i = 0; i < m_formats->count(); ++i) {
        QListWidgetItem* item = m_formats->item(i);
        item->setToolTip(formatDescription(item->data(Qt::UserRole).toString()));
    }
    m_previewLabel->setText(tr("Pre&view:"));
    m_preview->setAccessibleName(tr("Preview of the exported file"));
    m_folderLabel->setText(tr("Save in &folder:"));
    m_folder->setAccessibleName(tr("Folder to save in"));
    m_browse->setText(tr("&Browse…"));
    m_browse->setAccessibleDescription(tr("Choose the folder in a file dialog"));
    m_includePassword->setText(tr("&Include the password in the files"));
    m_includePassword->setAccessibleDescription(tr("Off by default; formats that can, read it from the keychain"));
    m_passwordWarning->setText(tr("Anyone who can read these files can read your password. Formats that can run a "
                                  "command fetch it from the system keychain instead; prefer that."));
    m_passwordWarning->setAccessibleDescription(tr("Password warning"));
    m_exportButton->setText(tr("&Save the checked formats"));
    m_exportButton->setAccessibleDescription(tr("Writes one file per checked format; never replaces a file"));
    m_report->setAccessibleDescription(tr("What was saved"));
    updatePreview();
    updateReport();
}

void ExportPage::initializePage()
{
    updateReport();
    if (m_formats->currentRow() < 0 && m_formats->count() > 0) {
        m_formats->setCurrentRow(0);
    }
    updatePreview();
}

void ExportPage::updatePreview()
{
    QListWidgetItem* item = m_formats->currentItem();
    if (!item || !m_controller->state().address.isValid()) {
        m_preview->clear();
        return;
    }
    const Exporter::Result result = ExportBatch::preview(m_controller->state(), item->data(Qt::UserRole).toString(),
                                                         m_includePassword->isChecked());
    if (!result.ok()) {
        m_preview->setPlainText(result.error);
        return;
    }
    QString text;
    for (const Exporter::File& file : result.files) {
        const bool binary = file.data.contains('\0') || file.name.endsWith(QLatin1String(".png"));
        //: A heading above one file in the preview; %1 is the file name
        text += tr("--- %1 ---").arg(file.name) + QLatin1Char('\n');
        if (binary) {
            text += tr("(binary file, %n bytes)", nullptr, int(file.data.size())) + QLatin1Char('\n');
        } else {
            text += QString::fromUtf8(file.data.left(maxPreviewBytes)) + QLatin1Char('\n');
        }
    }
    for (const QString& note : result.notes) {
        text += QLatin1Char('\n') + note;
    }
    m_preview->setPlainText(text);
}

void ExportPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Save in folder"), m_folder->text());
    if (!folder.isEmpty()) {
        m_folder->setText(folder);
    }
}

QStringList ExportPage::checkedFormats() const
{
    QStringList formats;
    for (int i = 0; i < m_formats->count(); ++i) {
        if (m_formats->item(i)->checkState() == Qt::Checked) {
            formats.append(m_formats->item(i)->data(Qt::UserRole).toString());
        }
    }
    return formats;
}

void ExportPage::exportNow()
{
    m_controller->exportTo(checkedFormats(), m_folder->text(), m_includePassword->isChecked());
}

void ExportPage::updateReport()
{
    QStringList lines;
    for (const ExportOutcome& outcome : m_controller->state().exports) {
        lines.append(ExportBatch::outcomeText(m_controller->state(), outcome));
    }
    m_report->setText(lines.join(QLatin1Char('\n')));
}

} // namespace Portpilot
