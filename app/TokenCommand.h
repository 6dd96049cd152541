#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Portpilot {

// `portpilot token ADDRESS [--server HOST]`: prints a fresh OAuth2 access token on stdout, from the
// refresh token `portpilot login` stored (the helper terminal mail clients call: neomutt's
// *_oauth_refresh_command, msmtp's passwordeval, aerc's cred-cmd). Never opens a browser: exit 1
// with the reason on stderr when a new sign-in is needed.
class TokenCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TokenCommand)

public:
    QString name() const override { return QStringLiteral("token"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace Portpilot
