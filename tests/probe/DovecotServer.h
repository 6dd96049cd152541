#pragma once

#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

// Starts tests/servers/dovecot.sh in a temporary directory and reads the ports it chose.
// Stops it (by its pid, through the script) when destroyed.
class DovecotServer
{
public:
    explicit DovecotServer(const QString& address, const QProcessEnvironment& extra = {});
    ~DovecotServer();

    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }
    QString address() const { return m_address; }
    quint16 port(const QString& name) const { return quint16(m_env.value(name).toUInt()); }
    QString caFile() const { return m_env.value(QStringLiteral("CA_FILE")); }
    QString dir() const { return m_dir.path(); }
    QString specialPassword() const;

private:
    QTemporaryDir m_dir;
    QString m_address;
    QHash<QString, QString> m_env;
    QString m_error;
    bool m_running = false;
};
