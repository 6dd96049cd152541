#include "FindingPage.h"

#include "Descriptions.h"
#include "SetupController.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Portpilot {

FindingPage::FindingPage(SetupController* controller, QWidget* parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_status(new QLabel(this))
    , m_sources(new QListWidget(this))
    , m_cancelButton(new QPushButton(this))
    , m_manualButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("findingPage"));
    m_status->setObjectName(QStringLiteral("findingStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_sources->setObjectName(QStringLiteral("sourceList"));
    m_cancelButton->setObjectName(QStringLiteral("cancelDiscoveryButton"));
    m_manualButton->setObjectName(QStringLiteral("findingManualButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_manualButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_sources);
    layout->addLayout(buttons);

    connect(m_controller, &SetupController::discoverySourceStarted, this, &FindingPage::sourceStarted);
    connect(m_controller, &SetupController::discoverySourceFinished, this, &FindingPage::sourceFinished);
    connect(m_controller, &SetupController::discoveryFinished, this, &FindingPage::discoveryFinished);
    connect(m_cancelButton, &QPushButton::clicked, m_controller, &SetupController::cancelDiscovery);
    connect(m_manualButton, &QPushButton::clicked, this, &FindingPage::goManual);
    retranslateUi();
}

void FindingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void FindingPage::retranslateUi()
{
    setTitle(tr("Finding your servers"));
    setAccessibleName(title()); // the page, not an unnamed frame, for screen readers
    setSubTitle(tr("Portpilot asks several sources at once. This takes a few seconds."));
    m_sources->setAccessibleName(tr("Sources asked"));
    m_sources->setAccessibleDescription(tr("Each place Portpilot looks for your settings, and what it found"));
    m_status->setAccessibleDescription(tr("Search status"));
    m_cancelButton->setText(tr("&Stop searching"));
    m_cancelButton->setAccessibleDescription(tr("Stops the search; you can then type the settings yourself"));
    m_manualButton->setText(tr("Set up &manually…"));
    m_manualButton->setAccessibleDescription(tr("Type the server settings yourself instead"));
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        updateItemText(it.key());
    }
    if (m_done) {
        discoveryFinished(m_found);
    } else {
        m_status->setText(tr("Looking for the settings of “%1”…").arg(m_controller->state().address.toString()));
    }
}

void FindingPage::initializePage()
{
    m_done = false;
    m_found = false;
    m_sources->clear();
    m_items.clear();
    m_states.clear();
    m_cancelButton->setEnabled(true);
    m_status->setText(tr("Looking for the settings of “%1”…").arg(m_controller->state().address.toString()));
    emit completeChanged();
    m_controller->startDiscovery();
}

void FindingPage::cleanupPage()
{
    m_controller->back(SetupController::Step::Finding);
    QWizardPage::cleanupPage();
}

QListWidgetItem* FindingPage::itemFor(ConfigSource source)
{
    QListWidgetItem*& item = m_items[source];
    if (!item) {
        item = new QListWidgetItem(m_sources);
    }
    return item;
}

void FindingPage::updateItemText(ConfigSource source)
{
    const SourceState state = m_states.value(source);
    QString text;
    if (!state.finished) {
        //: %1 is a source such as "Your provider’s website"
        text = tr("%1: asking…").arg(Descriptions::source(source));
    } else if (state.message.isEmpty()) {
        //: %1 source, %2 what happened ("found settings", "nothing found", "failed")
        text = tr("%1: %2").arg(Descriptions::source(source), Descriptions::sourceStatus(state.status));
    } else {
        //: %1 source, %2 what happened, %3 details
        text = tr("%1: %2 (%3)")
                   .arg(Descriptions::source(source), Descriptions::sourceStatus(state.status), state.message);
    }
    QListWidgetItem* item = itemFor(source);
    if (item->text() == text) {
        return;
    }
    item->setText(text);
    item->setData(Qt::AccessibleTextRole, text);
    // QListWidgetItem::setText tells no screen reader; each source's answer should be heard.
    QAccessibleEvent event(m_sources, QAccessible::NameChanged);
    event.setChild(m_sources->row(item));
    QAccessible::updateAccessibility(&event);
}

void FindingPage::sourceStarted(ConfigSource source)
{
    m_states[source] = SourceState{};
    updateItemText(source);
}

void FindingPage::sourceFinished(ConfigSource source, SourceStatus status, const QString& message)
{
    m_states[source] = SourceState{true, status, message};
    updateItemText(source);
}

void FindingPage::discoveryFinished(bool found)
{
    m_done = true;
    m_found = found;
    m_cancelButton->setEnabled(false);
    m_status->setText(found ? tr("Settings found. Continue to choose your servers.")
                            : tr("No settings were found. Continue to type them yourself."));
    emit completeChanged();
}

void FindingPage::goManual()
{
    m_controller->cancelDiscovery();
    m_manualRequested = true;
    wizard()->next();
    m_manualRequested = false;
}

bool FindingPage::isComplete() const
{
    return m_done;
}

int FindingPage::nextId() const
{
    return int(m_controller
                   ->next(SetupController::Step::Finding,
                          m_manualRequested ? SetupController::Detour::Manual : SetupController::Detour::None)
                   .value());
}

} // namespace Portpilot
