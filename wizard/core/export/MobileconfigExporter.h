#pragma once

#include "Exporter.h"

namespace Portpilot {

// Apple configuration profile (.mobileconfig) with one com.apple.mail.managed payload.
// The format has no STARTTLS flag: it is written only where the port tells Apple Mail what to do.
class MobileconfigExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(MobileconfigExporter)

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
