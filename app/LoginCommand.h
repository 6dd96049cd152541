#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Portpilot {

// `portpilot login ADDRESS [--config FILE] [--no-browser]`: signs in with the account's OAuth2
// issuer in the system browser (or prints the address of the page) and keeps the refresh token in
// the keychain, for `portpilot token` and `portpilot test`. Exit 0 signed in, 1 the sign-in failed
// or no registration is configured, 2 bad usage or bad input.
class LoginCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LoginCommand)

public:
    QString name() const override { return QStringLiteral("login"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace Portpilot
