#pragma once

#include "Exporter.h"

namespace Portpilot {

// msmtp configuration for the outgoing server; the password through passwordeval.
class MsmtpExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(MsmtpExporter)

public:
    QString name() const override;
    QString description() const override;
    QString defaultFileName(const Account& account) const override;
    QString mimeType() const override;

protected:
    void write(const Context& context, Result& result) const override;
};

} // namespace Portpilot
