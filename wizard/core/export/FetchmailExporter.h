#pragma once

#include "Exporter.h"

namespace Portpilot {

// fetchmail run-control file for the incoming server. fetchmail has no password command:
// it asks, or reads ~/.netrc, unless the user chose to write the password in.
class FetchmailExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(FetchmailExporter)

public:
    QString name() const override;
    QString description() const override;
    QString defaultFileName(const Account& account) const override;
    QString mimeType() const override;

protected:
    void write(const Context& context, Result& result) const override;
    QString whyNoOAuth2() const override;
    bool alwaysPrivate() const override { return true; }
    bool needsOutgoing() const override { return false; }
};

} // namespace Portpilot
