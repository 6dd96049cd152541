#pragma once

#include "Exporter.h"

namespace Portpilot {

// Microsoft Autodiscover POX response (IMAP/POP3/SMTP protocols), as Outlook and Thunderbird read it.
class AutodiscoverExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(AutodiscoverExporter)

public:
    QString name() const override;
    QString description() const override;
    QString defaultFileName(const Account& account) const override;
    QString mimeType() const override;

protected:
    void write(const Context& context, Result& result) const override;
};

} // namespace Portpilot
