#include "DnsZoneExporter.h"

#include "Hostname.h"

#include <QSet>

namespace Portpilot {

namespace {

// RFC 6186 service labels, and RFC 8314's _submissions for implicit-TLS submission.
QString serviceLabel(const ServerSettings& server)
{
    const bool tls = server.socketType == SocketType::Ssl;
    switch (server.protocol) {
    case Protocol::Imap:
        return tls ? QStringLiteral("_imaps") : QStringLiteral("_imap");
    case Protocol::Pop3:
        return tls ? QStringLiteral("_pop3s") : QStringLiteral("_pop3");
    case Protocol::Smtp:
        return tls ? QStringLiteral("_submissions") : QStringLiteral("_submission");
    }
    return {};
}

} // namespace

QString DnsZoneExporter::name() const
{
    return QStringLiteral("dns-zone");
}

QString DnsZoneExporter::description() const
{
    return tr("DNS zone snippet for the domain owner: SRV records (RFC 6186/8314) and the autoconfig names");
}

QString DnsZoneExporter::defaultFileName(const Account& account) const
{
    const qsizetype at = account.emailAddress.lastIndexOf(u'@');
    return tokenFor(account.emailAddress.mid(at + 1)) + QStringLiteral(".zone");
}

QString DnsZoneExporter::mimeType() const
{
    return QStringLiteral("text/dns");
}

QString DnsZoneExporter::srvRecord(const QString& name, int priority, quint16 port, const QString& target)
{
    return QStringLiteral("%1. 3600 IN SRV %2 1 %3 %4.").arg(name).arg(priority).arg(port).arg(target);
}

void DnsZoneExporter::write(const Context& context, Result& result) const
{
    const QString domain = context.address.domainAce() + u'.';
    QStringList lines;
    lines.append(QStringLiteral("; Mail service records for %1, written by Portpilot (RFC 6186, RFC 8314).")
                     .arg(context.address.domainAce()));
    // The zone by its name, without the root dot that would read as a double full stop.
    lines.append(QStringLiteral("; Lower priority = preferred. Add these lines to the zone of %1.")
                     .arg(context.address.domainAce()));

    // The chosen servers first, then the other candidates the account knows, each service once per target.
    QList<ServerSettings> servers{context.incoming, context.outgoing};
    servers += context.account.incoming.mid(1);
    servers += context.account.outgoing.mid(1);
    QSet<QString> written;
    QSet<QString> offered;
    int incomingPriority = 0;
    int outgoingPriority = 0;
    for (const ServerSettings& server : servers) {
        const QString target = Hostname::toAce(server.hostname);
        if (target.isEmpty() || !Hostname::isValid(server.hostname)) {
            result.notes.append(tr("Skipped %1: not a valid host name.").arg(server.hostname));
            continue;
        }
        const QString label = serviceLabel(server);
        const QString key = QStringLiteral("%1 %2 %3").arg(label, target).arg(server.port);
        if (written.contains(key)) {
            continue;
        }
        written.insert(key);
        offered.insert(label);
        int& priority = server.isIncoming() ? incomingPriority : outgoingPriority;
        lines.append(srvRecord(QStringLiteral("%1._tcp.%2").arg(label, context.address.domainAce()), priority,
                               server.port, target));
        priority += 10;
        if (server.socketType == SocketType::Plain) {
            result.notes.append(
                tr("%1 has no encryption; clients that follow RFC 8314 will not use it.").arg(server.summary()));
        }
    }
    lines.append(QString());
    lines.append(QStringLiteral("; The web names for autoconfig (Thunderbird and others) and Autodiscover (Outlook)."));
    lines.append(
        QStringLiteral("; Point them at the HTTPS server that publishes config-v1.1.xml and autodiscover.xml,"));
    lines.append(QStringLiteral("; replacing WEBSERVER, and remove the leading semicolons:"));
    lines.append(QStringLiteral(";autoconfig.%1 3600 IN CNAME WEBSERVER.").arg(domain));
    lines.append(QStringLiteral(";autodiscover.%1 3600 IN CNAME WEBSERVER.").arg(domain));
    lines.append(QStringLiteral(";_autodiscover._tcp.%1 3600 IN SRV 0 0 443 WEBSERVER.").arg(domain));
    result.notes.append(tr("Only the services Portpilot knows of are listed; a service the domain does not offer "
                           "can be marked with the target “.”."));
    if (context.options.includePassword) {
        result.notes.append(tr("DNS records never carry passwords; none was written."));
    }
    addFile(result, context, (lines.join(u'\n') + u'\n').toUtf8());
}

} // namespace Portpilot
