#pragma once

#include "Exporter.h"

namespace Portpilot {

// The account as JSON (AccountJson, schema in docs/account-json.md) for scripts.
class JsonExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonExporter)

public:
    QString name() const override;
    QString description() const override;
    QString defaultFileName(const Account& account) const override;
    QString mimeType() const override;

protected:
    void write(const Context& context, Result& result) const override;
    bool carriesLineBreaks() const override { return true; }
};

} // namespace Portpilot
