#pragma once

#include "Exporter.h"

namespace Portpilot {

// Thunderbird preferences (user.js) that create the account in a new profile.
class ThunderbirdExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(ThunderbirdExporter)

public:
    QString name() const override;
    QString description() const override;
    QString defaultFileName(const Account& account) const override;
    QString mimeType() const override;

protected:
    void write(const Context& context, Result& result) const override;
};

} // namespace Portpilot
