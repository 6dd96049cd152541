#pragma once

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

// A real Dovecot (tests/servers/dovecot.sh) on 127.0.0.1, normally inside the test's own
// network namespace; stopped again when destroyed. Users and ports: see dovecot.sh.
class DovecotServer
{
public:
    DovecotServer() = default;
    DovecotServer(const DovecotServer&) = delete;
    DovecotServer& operator=(const DovecotServer&) = delete;

    // certificate: "" for the test CA's server certificate, else a name in DIR/ca ("selfsigned").
    bool start(const QString& certificate = QString())
    {
        if (!m_dir.isValid()) {
            return false;
        }
        const QString scripts = QStringLiteral(PORTPILOT_SOURCE_DIR "/tests/servers");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!certificate.isEmpty()) {
            if (QProcess::execute(scripts + QStringLiteral("/make-test-ca.sh"),
                                  {m_dir.filePath(QStringLiteral("ca"))}) != 0) {
                return false;
            }
            env.insert(QStringLiteral("DOVECOT_CERT"), m_dir.filePath(QStringLiteral("ca/%1.pem").arg(certificate)));
            env.insert(QStringLiteral("DOVECOT_KEY"), m_dir.filePath(QStringLiteral("ca/%1.key").arg(certificate)));
        }
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(scripts + QStringLiteral("/dovecot.sh"),
                      {QStringLiteral("start"), m_dir.path(), QStringLiteral("127.0.0.1")});
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            qWarning("dovecot.sh start failed: %s", process.readAllStandardError().constData());
            return false;
        }
        m_started = true;
        QFile ports(m_dir.filePath(QStringLiteral("ports.env")));
        if (!ports.open(QIODevice::ReadOnly)) {
            return false;
        }
        for (const QByteArray& line : ports.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0) {
                m_values.insert(QString::fromUtf8(line.left(eq)),
                                QString::fromUtf8(line.mid(eq + 1)).remove(QLatin1Char('"')));
            }
        }
        return true;
    }
    ~DovecotServer()
    {
        if (m_started) {
            QProcess::execute(QStringLiteral(PORTPILOT_SOURCE_DIR "/tests/servers/dovecot.sh"),
                              {QStringLiteral("stop"), m_dir.path()});
        }
    }
    // A value of ports.env: IMAPS_PORT, SUBMISSIONS_PORT, …
    QString value(const QString& key) const { return m_values.value(key); }
    QList<QSslCertificate> ca() const { return QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("ca/ca.pem"))); }

private:
    QTemporaryDir m_dir;
    bool m_started = false;
    QHash<QString, QString> m_values;
};
