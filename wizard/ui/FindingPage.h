#pragma once

#include "AccountEnums.h"
#include "SourceStatus.h"

#include <QMap>
#include <QWizardPage>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Portpilot {

class SetupController;

// Page 2: discovery at work. A live list of the sources and what each found; cancel, or
// "set up manually" at any time.
class FindingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FindingPage(SetupController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void sourceStarted(ConfigSource source);
    void sourceFinished(ConfigSource source, SourceStatus status, const QString& message);
    void discoveryFinished(bool found);
    void goManual();
    QListWidgetItem* itemFor(ConfigSource source);
    void updateItemText(ConfigSource source);

    struct SourceState
    {
        bool finished = false;
        SourceStatus status = SourceStatus::Nothing;
        QString message;
    };

    SetupController* m_controller;
    bool m_done = false;
    bool m_found = false;
    bool m_manualRequested = false;
    QLabel* m_status;
    QListWidget* m_sources;
    QPushButton* m_cancelButton;
    QPushButton* m_manualButton;
    QMap<ConfigSource, SourceState> m_states;
    QMap<ConfigSource, QListWidgetItem*> m_items;
};

} // namespace Portpilot
