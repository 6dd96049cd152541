#include "MigratePage.h"

#include "MigrationWords.h"
#include "SetupController.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Portpilot {

MigratePage::MigratePage(SetupController* controller, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_intro(new QLabel(this))
    , m_folders(new QTreeWidget(this))
    , m_add(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_pause(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_summary(new QPlainTextEdit(this))
    , m_advice(new QLabel(this))
{
    setObjectName(QStringLiteral("migratePage"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_folders->setObjectName(QStringLiteral("migrateFolders"));
    m_folders->setColumnCount(4);
    m_folders->setRootIsDecorated(false);
    m_folders->setUniformRowHeights(true);
    m_folders->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_folders->header()->setStretchLastSection(false);
    for (int column = 1; column < 4; ++column) {
        m_folders->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_add->setObjectName(QStringLiteral("migrateAddButton"));
    m_copy->setObjectName(QStringLiteral("migrateCopyButton"));
    m_pause->setObjectName(QStringLiteral("migratePauseButton"));
    m_cancel->setObjectName(QStringLiteral("migrateCancelButton"));
    m_progress->setObjectName(QStringLiteral("migrateProgress"));
    m_status->setObjectName(QStringLiteral("migrateStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("migrateSummary"));
    m_summary->setReadOnly(true); // plain text: folder names and the server's words as they are
    m_summary->setMaximumHeight(120);
    m_advice->setObjectName(QStringLiteral("migrateAdvice"));
    m_advice->setTextFormat(Qt::PlainText);
    m_advice->setWordWrap(true);
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_folders, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addWidget(m_advice);

    connect(m_folders, &QTreeWidget::itemChanged, this, &MigratePage::onItemChanged);
    connect(m_add, &QPushButton::clicked, this, &MigratePage::addFolder);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QString reason;
        if (!m_controller->startMigration(&reason)) {
            m_status->setText(reason);
        }
    });
    connect(m_pause, &QPushButton::clicked, this,
            [this] { m_controller->setMigrationPaused(!m_controller->state().migration.paused); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_controller->cancelMigration(); });
    connect(m_controller, &SetupController::migrationChanged, this, [this] {
        fillFolders();
        showState();
        emit completeChanged();
    });
    retranslateUi();
}

void MigratePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void MigratePage::retranslateUi()
{
    setTitle(tr("Copy your mail to the new IMAP account"));
    setAccessibleName(title());
    setSubTitle(tr("Mail that was fetched with POP3 is only on this computer. Copied to the IMAP account, it is on "
                   "the server and on every device."));
    m_folders->setHeaderLabels({tr("Folder"), tr("From"), tr("Messages"), tr("Size")});
    m_folders->setAccessibleName(tr("Local folders to copy"));
    m_add->setText(tr("Add a folder…"));
    m_add->setAccessibleDescription(tr("Choose another mail folder or mbox file on this computer"));
    m_copy->setText(tr("Copy mail"));
    m_cancel->setText(tr("Cancel copying"));
    m_cancel->setAccessibleDescription(tr("What was copied stays on the server"));
    m_progress->setAccessibleName(tr("Copy progress"));
    m_status->setAccessibleName(tr("Copy status"));
    m_summary->setAccessibleName(tr("Result of the copy"));
    m_advice->setAccessibleName(tr("Removing the old account"));
    fillFolders();
    showState();
}

void MigratePage::initializePage()
{
    fillFolders();
    showState();
}

void MigratePage::cleanupPage()
{
    m_controller->back(SetupController::Step::Migrate);
}

int MigratePage::nextId() const
{
    return int(m_controller->next(SetupController::Step::Migrate).value());
}

bool MigratePage::isComplete() const
{
    return !m_controller->state().migration.running;
}

void MigratePage::fillFolders()
{
    const MigrationState& state = m_controller->state().migration;
    const QLocale locale;
    m_filling = true;
    while (m_folders->topLevelItemCount() > state.folders.size()) {
        delete m_folders->takeTopLevelItem(m_folders->topLevelItemCount() - 1);
    }
    for (qsizetype i = 0; i < state.folders.size(); ++i) {
        const MigrationFolder& folder = state.folders.at(i);
        QTreeWidgetItem* item = m_folders->topLevelItem(int(i));
        if (!item) {
            item = new QTreeWidgetItem(m_folders);
        }
        item->setText(0, folder.folder.displayName());
        item->setToolTip(0, folder.folder.path);
        item->setText(1, folder.origin);
        item->setText(2, folder.messages < 0 ? tr("counting…") : locale.toString(folder.messages));
        item->setText(3, folder.messages < 0 ? QString() : MigrationWords::size(folder.bytes));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setCheckState(0, folder.selected ? Qt::Checked : Qt::Unchecked);
        item->setFlags(state.running ? Qt::ItemIsEnabled
                                     : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    }
    m_filling = false;
}

void MigratePage::onItemChanged(QTreeWidgetItem* item, int column)
{
    if (m_filling || column != 0) {
        return;
    }
    m_controller->setMigrationFolderSelected(m_folders->indexOfTopLevelItem(item), item->checkState(0) == Qt::Checked);
}

void MigratePage::addFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Choose a mail folder"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!m_controller->addMigrationSource(path, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("No mail there"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

void MigratePage::showState()
{
    const MigrationState& state = m_controller->state().migration;
    QStringList programs = state.programs;
    m_intro->setText(programs.isEmpty()
                         ? tr("Tick the folders to copy. Your local files are only read, never changed.")
                         //: %1 is a list of programs such as "Thunderbird, Evolution"
                         : tr("%1 fetched this mail with POP3 on this computer. Tick the folders to copy; your local "
                              "files are only read, never changed.")
                               .arg(QLocale().createSeparatedList(programs)));
    const bool started = state.running || state.report;
    m_copy->setEnabled(!state.running && state.hasSelection());
    m_copy->setText(state.report ? tr("Copy again") : tr("Copy mail"));
    m_add->setEnabled(!state.running);
    m_pause->setVisible(state.running);
    m_cancel->setVisible(state.running);
    m_pause->setText(state.paused ? tr("Resume") : tr("Pause"));
    m_progress->setVisible(started);
    m_progress->setRange(0, state.progress.messagesTotal > 0 ? 1000 : 0);
    if (state.progress.bytesTotal > 0) {
        m_progress->setValue(int(1000 * state.progress.bytesDone / state.progress.bytesTotal));
    }
    if (!state.problem.isEmpty()) {
        m_status->setText(tr("The copy could not start: %1").arg(state.problem));
    } else if (state.running) {
        m_status->setText(state.progress.messagesTotal > 0 ? MigrationWords::progress(state)
                                                           : tr("Logging in and reading the folders…"));
    } else {
        m_status->setText(state.report ? MigrationWords::progress(state) : QString());
    }
    m_summary->setVisible(state.report.has_value());
    m_summary->setPlainText(state.report ? MigrationWords::summary(*state.report) : QString());
    m_advice->setVisible(state.report.has_value());
    m_advice->setText(MigrationWords::removalAdvice(programs));
}

} // namespace Portpilot
