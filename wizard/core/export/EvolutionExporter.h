#pragma once

#include "Exporter.h"

namespace Portpilot {

// Evolution's three .source key files (account, identity, transport), linked by their UIDs.
class EvolutionExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(EvolutionExporter)

public:
    QString name() const override;
    QString description() const override;
    QString defaultFileName(const Account& account) const override;
    QString mimeType() const override;
    bool isMultiFile() const override { return true; }

protected:
    void write(const Context& context, Result& result) const override;
};

} // namespace Portpilot
