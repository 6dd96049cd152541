#include "DovecotServer.h"

#include <QFile>
#include <QProcess>

namespace {
const QString Script = QStringLiteral(PORTPILOT_SOURCE_DIR "/tests/servers/dovecot.sh");
}

DovecotServer::DovecotServer(const QString& address, const QProcessEnvironment& extra)
    : m_address(address)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return;
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(extra);
    process.setProcessEnvironment(environment);
    process.start(Script, {QStringLiteral("start"), m_dir.path(), address});
    if (!process.waitForFinished(180000) || process.exitCode() != 0) {
        m_error = QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());
        QProcess::execute(Script, {QStringLiteral("stop"), m_dir.path()});
        return;
    }
    QFile ports(m_dir.filePath(QStringLiteral("ports.env")));
    if (!ports.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("no ports.env");
        return;
    }
    for (const QByteArray& line : ports.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0) {
            m_env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
    }
    m_running = true;
}

DovecotServer::~DovecotServer()
{
    if (m_dir.isValid()) {
        QProcess::execute(Script, {QStringLiteral("stop"), m_dir.path()});
    }
}

QString DovecotServer::specialPassword() const
{
    QFile file(m_dir.filePath(QStringLiteral("special-password")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
