#include "SrvSource.h"

#include "Hostname.h"

#include <QDnsLookup>

namespace Portpilot {

SrvSource::SrvSource(QObject* parent)
    : DiscoverySource(ConfigSource::DnsSrv, parent)
{}

const QList<SrvSource::Service>& SrvSource::services()
{
    // Implicit TLS before STARTTLS (RFC 8314), IMAP before POP3.
    static const QList<Service> list{
        {"_imaps._tcp", Protocol::Imap, SocketType::Ssl},
        {"_imap._tcp", Protocol::Imap, SocketType::StartTls},
        {"_pop3s._tcp", Protocol::Pop3, SocketType::Ssl},
        {"_pop3._tcp", Protocol::Pop3, SocketType::StartTls},
        {"_submissions._tcp", Protocol::Smtp, SocketType::Ssl},
        {"_submission._tcp", Protocol::Smtp, SocketType::StartTls},
    };
    return list;
}

QList<ServerSettings> SrvSource::serversFor(const Service& service, const QList<SrvCandidate>& records)
{
    QList<ServerSettings> servers;
    if (CandidateRules::srvNotOffered(records)) {
        return servers;
    }
    for (const SrvCandidate& record : CandidateRules::orderSrv(records)) {
        QString host = record.target;
        if (host.endsWith(u'.')) {
            host.chop(1);
        }
        if (record.port == 0 || !Hostname::isValid(host)) {
            continue;
        }
        ServerSettings server;
        server.protocol = service.protocol;
        server.hostname = Hostname::toDisplay(host);
        server.port = record.port;
        // RFC 6186 services without "s" are used with STARTTLS; we never offer them in plaintext.
        server.socketType = service.socketType;
        server.username = QStringLiteral("%EMAILADDRESS%");
        server.authMethods = {AuthMethod::PasswordCleartext};
        servers.append(server);
    }
    return servers;
}

void SrvSource::run(const EmailAddress& address, const DiscoveryOptions&)
{
    m_domain = address.domainAce();
    for (const Service& service : services()) {
        auto* lookup =
            new QDnsLookup(QDnsLookup::SRV, QStringLiteral("%1.%2").arg(QLatin1String(service.label), m_domain), this);
        connect(lookup, &QDnsLookup::finished, this, &SrvSource::onLookupFinished);
        m_lookups.append(lookup);
    }
    m_pending = int(m_lookups.size());
    for (QDnsLookup* lookup : std::as_const(m_lookups)) {
        lookup->lookup();
    }
}

void SrvSource::abort()
{
    for (QDnsLookup* lookup : std::as_const(m_lookups)) {
        lookup->disconnect(this);
        lookup->abort();
    }
}

void SrvSource::onLookupFinished()
{
    if (--m_pending > 0 || isFinished()) {
        return;
    }
    Account account;
    QStringList notOffered;
    QStringList errors;
    for (qsizetype i = 0; i < m_lookups.size(); ++i) {
        const QDnsLookup* lookup = m_lookups.at(i);
        const Service& service = services().at(i);
        if (lookup->error() != QDnsLookup::NoError) {
            // An empty answer arrives as InvalidReplyError in Qt 6.4: no records, not a failure.
            if (lookup->error() != QDnsLookup::NotFoundError && lookup->error() != QDnsLookup::InvalidReplyError) {
                errors.append(QStringLiteral("%1: %2").arg(QLatin1String(service.label), lookup->errorString()));
            }
            continue;
        }
        QList<SrvCandidate> records;
        for (const QDnsServiceRecord& record : lookup->serviceRecords()) {
            records.append({record.target(), record.port(), record.priority(), record.weight()});
        }
        if (CandidateRules::srvNotOffered(records)) {
            notOffered.append(QLatin1String(service.label));
            continue;
        }
        const QList<ServerSettings> servers = serversFor(service, records);
        (service.protocol == Protocol::Smtp ? account.outgoing : account.incoming).append(servers);
    }
    if (account.incoming.isEmpty() && account.outgoing.isEmpty()) {
        QString message;
        if (!errors.isEmpty()) {
            finish(SourceStatus::Failed, {}, errors.join(QStringLiteral("; ")));
            return;
        }
        if (!notOffered.isEmpty()) {
            //: %1 is a list of DNS service names
            message = tr("services marked as not offered: %1").arg(notOffered.join(QStringLiteral(", ")));
        } else {
            message = tr("no SRV records");
        }
        finish(SourceStatus::Nothing, {}, message);
        return;
    }
    CandidateRules::markTrust(account, ConfigSource::DnsSrv, m_domain);
    QString message;
    if (!notOffered.isEmpty()) {
        message = tr("services marked as not offered: %1").arg(notOffered.join(QStringLiteral(", ")));
    }
    finish(SourceStatus::Found, account, message);
}

} // namespace Portpilot
