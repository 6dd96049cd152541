#pragma once

#include "Exporter.h"

namespace Portpilot {

// isync/mbsync 1.4 configuration (IMAP only) that syncs into ~/Mail; the password through PassCmd.
class MbsyncExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(MbsyncExporter)

public:
    QString name() const override;
    QString description() const override;
    QString defaultFileName(const Account& account) const override;
    QString mimeType() const override;

protected:
    void write(const Context& context, Result& result) const override;
    QString whyNoOAuth2() const override;
};

} // namespace Portpilot
