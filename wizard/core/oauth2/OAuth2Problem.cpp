#include "OAuth2Problem.h"

#include <cstdlib>

namespace Portpilot {

OAuth2Problem OAuth2Problem::fromError(const QString& error, const QString& description)
{
    OAuth2Problem p;
    p.error = error;
    p.description = description;
    // Microsoft words "an administrator must approve" as access_denied or invalid_grant with an
    // AADSTS code: 65001 (not consented), 90094 and 90095 (admin approval required).
    static const QLatin1String adminCodes[] = {QLatin1String("AADSTS65001"), QLatin1String("AADSTS90094"),
                                               QLatin1String("AADSTS90095")};
    for (const QLatin1String& code : adminCodes) {
        if (description.contains(code)) {
            p.kind = Kind::AdminApproval;
            return p;
        }
    }
    if (error == QLatin1String("access_denied") || error == QLatin1String("consent_required")) {
        p.kind = Kind::ConsentRefused;
    } else if (error == QLatin1String("invalid_grant")) {
        p.kind = Kind::SignInExpired;
    } else if (error == QLatin1String("invalid_client") || error == QLatin1String("unauthorized_client")) {
        p.kind = Kind::ClientRefused;
    } else {
        p.kind = Kind::ServerRefused;
    }
    return p;
}

QString OAuth2Problem::describe(const QString& issuerName) const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NoClient:
        return tr("Portpilot has no client registration for %1.").arg(issuerName);
    case Kind::ConsentRefused:
        text = tr("The sign-in with %1 was not allowed, so Portpilot cannot use this account. Sign in again and "
                  "choose to allow access.")
                   .arg(issuerName);
        break;
    case Kind::AdminApproval:
        text = tr("Your organisation must approve Portpilot before you can sign in with %1. Ask an administrator of "
                  "your organisation to approve it.")
                   .arg(issuerName);
        if (!link.isEmpty()) {
            text += QLatin1Char(' ') + tr("The administrator can approve it here: %1").arg(link);
        }
        break;
    case Kind::SignInExpired:
        text = tr("The sign-in with %1 has expired or was revoked. Sign in again.").arg(issuerName);
        break;
    case Kind::ClientRefused:
        text = tr("%1 refused Portpilot’s client registration. Check the client id in the registrations file.")
                   .arg(issuerName);
        break;
    case Kind::IssuerMismatch:
        return tr("The sign-in answer did not come from %1, so Portpilot ignored it.").arg(issuerName);
    case Kind::Insecure:
        return tr("%1’s sign-in address is not encrypted (it does not start with https://), so Portpilot does not "
                  "use it.")
            .arg(issuerName);
    case Kind::NotJson:
        return tr("%1’s sign-in server answered with a web page instead of a token.").arg(issuerName);
    case Kind::TooLarge:
        return tr("%1’s sign-in server sent an answer that is far too large.").arg(issuerName);
    case Kind::Network:
        text = tr("Portpilot could not reach %1’s sign-in server.").arg(issuerName);
        break;
    case Kind::ServerRefused:
        text = tr("%1 refused the sign-in.").arg(issuerName);
        break;
    case Kind::Cancelled:
        return tr("The sign-in was cancelled.");
    }
    if (!description.isEmpty()) {
        //: %1 is the sign-in server's own explanation, quoted
        text += QLatin1Char(' ') + tr("It said: “%1”").arg(description.left(300));
    }
    if (std::abs(clockSkew) > ClockTolerance) {
        const int minutes = int((std::abs(clockSkew) + 30) / 60);
        text += QLatin1Char(' ') +
                (clockSkew > 0 ? tr("This computer’s clock is %n minute(s) ahead of the sign-in server’s, and "
                                    "sign-ins are refused when the clock is wrong. Set the clock right (automatic "
                                    "time), then sign in again.",
                                    nullptr, minutes)
                               : tr("This computer’s clock is %n minute(s) behind the sign-in server’s, and "
                                    "sign-ins are refused when the clock is wrong. Set the clock right (automatic "
                                    "time), then sign in again.",
                                    nullptr, minutes));
    }
    return text;
}

} // namespace Portpilot
