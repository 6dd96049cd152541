#pragma once

#include "Exporter.h"

namespace Portpilot {

// aerc 0.14 accounts.conf (IMAP only); passwords through source-cred-cmd/outgoing-cred-cmd.
class AercExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(AercExporter)

public:
    QString name() const override;
    QString description() const override;
    QString defaultFileName(const Account& account) const override;
    QString mimeType() const override;

protected:
    void write(const Context& context, Result& result) const override;
    bool alwaysPrivate() const override { return true; }
};

} // namespace Portpilot
