#pragma once

#include "Exporter.h"

namespace Portpilot {

// Mozilla autoconfig (clientConfig 1.1) for a domain owner to publish at autoconfig.DOMAIN.
// The user name goes back to the placeholder it came from, so one file serves every user.
class AutoconfigExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(AutoconfigExporter)

public:
    QString name() const override;
    QString description() const override;
    QString defaultFileName(const Account& account) const override;
    QString mimeType() const override;

protected:
    void write(const Context& context, Result& result) const override;
};

} // namespace Portpilot
