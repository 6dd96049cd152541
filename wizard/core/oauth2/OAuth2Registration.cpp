#include "OAuth2Registration.h"

#include <QUrl>

namespace Portpilot {

QString OAuth2Registration::adminConsentLink() const
{
    if (adminConsentUrl.isEmpty() || clientId.isEmpty()) {
        return {};
    }
    QString link = adminConsentUrl;
    return link.replace(QLatin1String("%CLIENTID%"), QString::fromLatin1(QUrl::toPercentEncoding(clientId)));
}

} // namespace Portpilot
