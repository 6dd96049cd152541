#pragma once

#include "Exporter.h"

namespace Portpilot {

// A DNS zone snippet for the domain owner: RFC 6186/8314 SRV records for the servers,
// an _autodiscover SRV record, and the autoconfig/autodiscover names to fill in.
class DnsZoneExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(DnsZoneExporter)

public:
    QString name() const override;
    QString description() const override;
    QString defaultFileName(const Account& account) const override;
    QString mimeType() const override;

    // One SRV record in zone syntax: "NAME. 3600 IN SRV PRIORITY 1 PORT TARGET." (names in ACE form,
    // without the final dot).
    static QString srvRecord(const QString& name, int priority, quint16 port, const QString& target);

protected:
    void write(const Context& context, Result& result) const override;
};

} // namespace Portpilot
