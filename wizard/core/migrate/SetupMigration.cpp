#include "SetupMigration.h"

#include "ConnectionTester.h"
#include "EvolutionAccounts.h"
#include "ImapClient.h"
#include "Logging.h"
#include "MailMigration.h"
#include "MailTreeScanner.h"
#include "ThunderbirdProfiles.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSslSocket>
#include <QThread>

#include <atomic>

namespace Portpilot {

struct SetupMigration::Control
{
    std::atomic<bool> stop{false}; // the wizard is closing: every thread ends
    std::atomic<bool> paused{false};
    std::atomic<bool> cancelled{false};
};

SetupMigration::SetupMigration(QObject* parent)
    : QObject(parent)
    , m_control(std::make_shared<Control>())
{}

SetupMigration::~SetupMigration()
{
    stopThreads();
}

void SetupMigration::stopThreads()
{
    m_control->stop = true;
    m_control->cancelled = true;
    for (QThread* thread : findChildren<QThread*>()) {
        thread->wait();
    }
}

void SetupMigration::survey(const QString& home)
{
    QList<FoundAccount> accounts;
    for (const QString& profile : ThunderbirdProfiles::profileDirectories(home)) {
        accounts += ThunderbirdProfiles::accounts(profile);
    }
    accounts += EvolutionAccounts::accounts(home);
    QStringList seen;
    const qsizetype before = m_state.folders.size();
    for (const FoundAccount& account : accounts) {
        const bool pop3 = std::any_of(account.account.incoming.cbegin(), account.account.incoming.cend(),
                                      [](const ServerSettings& s) { return s.protocol == Protocol::Pop3; });
        if (!pop3 && !account.account.incoming.isEmpty()) {
            continue; // an IMAP account: its mail is on its server
        }
        for (const QString& directory : account.mailDirectories) {
            if (seen.contains(directory)) {
                continue;
            }
            seen.append(directory);
            const QList<LocalFolder> folders = MailTreeScanner::scan(directory).folders;
            if (folders.isEmpty()) {
                continue;
            }
            const QString name = account.name.isEmpty() ? account.account.emailAddress : account.name;
            //: %1 a program such as Thunderbird, %2 its account's name
            addFolders(folders, name.isEmpty() ? account.program : tr("%1: %2").arg(account.program, name));
            if (!m_state.programs.contains(account.program)) {
                m_state.programs.append(account.program);
            }
        }
    }
    if (m_state.folders.size() > before) {
        countInBackground(before);
    }
    emit changed();
}

bool SetupMigration::addSource(const QString& path, QString* error)
{
    const MailTreeScanner::Result scanned = MailTreeScanner::scan(path);
    if (scanned.folders.isEmpty()) {
        if (error) {
            *error = scanned.problems.isEmpty() ? tr("“%1” holds no mail folders.").arg(path)
                                                : scanned.problems.constFirst().message();
        }
        return false;
    }
    const qsizetype before = m_state.folders.size();
    addFolders(scanned.folders, path);
    if (m_state.folders.size() > before) {
        countInBackground(before);
    }
    emit changed();
    return true;
}

void SetupMigration::addFolders(const QList<LocalFolder>& folders, const QString& origin)
{
    for (const LocalFolder& folder : folders) {
        const bool known = std::any_of(m_state.folders.cbegin(), m_state.folders.cend(),
                                       [&](const MigrationFolder& f) { return f.folder.path == folder.path; });
        if (!known) {
            m_state.folders.append(MigrationFolder{folder, origin});
        }
    }
}

void SetupMigration::countInBackground(qsizetype from)
{
    const QList<MigrationFolder> folders = m_state.folders.mid(from);
    std::shared_ptr<Control> control = m_control;
    QThread* counter = QThread::create([this, folders, from, control] {
        for (qsizetype i = 0; i < folders.size() && !control->stop; ++i) {
            const std::unique_ptr<FolderReader> reader = MailTreeScanner::reader(folders.at(i).folder);
            int messages = 0;
            qint64 bytes = 0;
            while (const auto message = reader->next()) {
                if (control->stop) {
                    return;
                }
                if (!message->deleted) {
                    ++messages;
                    bytes += message->size;
                }
            }
            const QString path = folders.at(i).folder.path;
            QMetaObject::invokeMethod(
                this,
                [this, index = from + i, path, messages, bytes] {
                    if (index < m_state.folders.size() && m_state.folders.at(index).folder.path == path) {
                        m_state.folders[index].messages = messages;
                        m_state.folders[index].bytes = bytes;
                        emit changed();
                    }
                },
                Qt::QueuedConnection);
        }
    });
    counter->setParent(this);
    connect(counter, &QThread::finished, counter, &QObject::deleteLater);
    counter->start(QThread::LowPriority);
}

void SetupMigration::setSelected(qsizetype index, bool selected)
{
    if (index >= 0 && index < m_state.folders.size() && !m_state.running) {
        m_state.folders[index].selected = selected;
        emit changed();
    }
}

void SetupMigration::start(const ServerSettings& server, const ProbeOptions& probeOptions)
{
    if (m_state.running || !m_state.hasSelection()) {
        return;
    }
    QList<LocalFolder> folders;
    for (const MigrationFolder& folder : std::as_const(m_state.folders)) {
        if (folder.selected) {
            folders.append(folder.folder);
        }
    }
    m_state.running = true;
    m_state.paused = false;
    m_state.report.reset();
    m_state.problem.clear();
    m_state.progress = {};
    m_state.elapsedMs = 0;
    m_control->paused = false;
    m_control->cancelled = false;
    emit changed();

    ProbeOptions options = probeOptions;
    options.mode = ProbeMode::KeepSession;
    options.pinStore = nullptr; // read on the UI thread only; the caller passes pins as fingerprints
    std::shared_ptr<Control> control = m_control;
    auto post = [this](auto&& change) {
        QMetaObject::invokeMethod(
            this,
            [this, change] {
                change(m_state);
                emit changed();
            },
            Qt::QueuedConnection);
    };
    m_runner = QThread::create([server, options, folders, control, post] {
        ConnectionTester tester;
        QEventLoop loop;
        QObject::connect(&tester, &ConnectionTester::finished, &loop, &QEventLoop::quit);
        tester.start(server, options);
        loop.exec();
        const ProbeResult& login = tester.result();
        if (!login.passed()) {
            const QString why = login.failure.message();
            post([why](MigrationState& state) {
                state.running = false;
                state.problem = why;
            });
            return;
        }
        QByteArray unread;
        std::unique_ptr<QSslSocket> socket = tester.takeSession(&unread);
        MailMigration::Options migration;
        ImapClient client(std::move(socket), unread, options.stepTimeoutMs, migration.maxMessageSize + 1024 * 1024);
        QElapsedTimer clock;
        clock.start();
        qint64 pausedMs = 0;
        migration.progress = [&](const MigrationProgress& progress) {
            post([progress, elapsed = clock.elapsed() - pausedMs](MigrationState& state) {
                state.progress = progress;
                state.elapsedMs = elapsed;
            });
        };
        migration.cancelled = [&] {
            QElapsedTimer pause;
            pause.start();
            while (control->paused && !control->cancelled) {
                QThread::msleep(50);
            }
            pausedMs += pause.elapsed();
            return control->cancelled.load();
        };
        const MigrationReport report = MailMigration(client, migration).run(folders);
        client.logout();
        post([report](MigrationState& state) {
            state.running = false;
            state.paused = false;
            state.report = report;
        });
    });
    m_runner->setParent(this);
    connect(m_runner, &QThread::finished, m_runner, &QObject::deleteLater);
    m_runner->start();
}

void SetupMigration::setPaused(bool paused)
{
    if (m_state.running && m_state.paused != paused) {
        m_control->paused = paused;
        m_state.paused = paused;
        emit changed();
    }
}

void SetupMigration::cancel()
{
    m_control->cancelled = true;
    m_control->paused = false;
}

} // namespace Portpilot
