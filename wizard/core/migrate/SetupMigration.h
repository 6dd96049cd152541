#pragma once

#include "MigrationState.h"
#include "ProbeOptions.h"
#include "ServerSettings.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

class QThread;

namespace Portpilot {

// The wizard's move of local mail to the IMAP account it tested, off the UI thread: finds the mail
// of POP3 accounts on this computer (or takes a folder the person picks), counts it in the
// background, and copies the chosen folders with MailMigration on a connection made as the test
// made it. Pause waits between messages; cancel keeps what was copied (a later run goes on from
// there). Nothing local is ever changed.
class SetupMigration : public QObject
{
    Q_OBJECT

public:
    explicit SetupMigration(QObject* parent = nullptr);
    ~SetupMigration() override; // stops the runs and waits for them

    const MigrationState& state() const { return m_state; }

    // Finds the local mail of the POP3 accounts (and Local Folders) of Thunderbird and Evolution
    // under `home`; the folders are listed at once, their messages counted in the background.
    void survey(const QString& home);
    // Adds the folders under `path` (an mbox file, a Maildir, a mail directory). False with *error
    // when there are none.
    bool addSource(const QString& path, QString* error = nullptr);
    void setSelected(qsizetype index, bool selected);

    // Logs in to `server` with `options` (made as for the connection test) and copies the selected
    // folders; changed() reports progress and, at the end, state().report.
    void start(const ServerSettings& server, const ProbeOptions& options);
    void setPaused(bool paused);
    void cancel();

signals:
    void changed();

private:
    struct Control;
    void addFolders(const QList<LocalFolder>& folders, const QString& origin);
    void countInBackground(qsizetype from);
    void stopThreads();

    MigrationState m_state;
    std::shared_ptr<Control> m_control;
    QThread* m_counter = nullptr;
    QThread* m_runner = nullptr;
};

} // namespace Portpilot
