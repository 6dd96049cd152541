#pragma once

#include "Exporter.h"

namespace Portpilot {

// A muttrc for mutt and neomutt; passwords come from the keychain through backtick commands.
class MuttExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(MuttExporter)

public:
    QString name() const override;
    QString description() const override;
    QString defaultFileName(const Account& account) const override;
    QString mimeType() const override;

protected:
    void write(const Context& context, Result& result) const override;
};

} // namespace Portpilot
