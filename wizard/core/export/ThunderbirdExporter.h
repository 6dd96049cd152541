#pragma once

#include "Exporter.h"

namespace Portpilot {

// Thunderbird preferences (user.js) that create the account in a new profile.
class ThunderbirdExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(ThunderbirdExporter)

public:
    // The names user.js gives the account's parts; `export --install` renumbers the prefs under
    // them (mail.account.ACCOUNT.*, mail.server.SERVER.*, mail.identity.IDENTITY.*,
    // mail.smtpserver.SMTP.*) to free ones of an existing profile.
    struct Keys
    {
        QString account;
        QString server;
        QString identity;
        QString smtp;
    };
    static Keys keys();

    QString name() const override;
    QString description() const override;
    QString defaultFileName(const Account& account) const override;
    QString mimeType() const override;

protected:
    void write(const Context& context, Result& result) const override;
};

} // namespace Portpilot
