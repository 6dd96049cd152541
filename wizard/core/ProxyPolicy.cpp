#include "ProxyPolicy.h"

#include <QNetworkProxyFactory>

#include <algorithm>
#include <array>

namespace Portpilot {

bool ProxyPolicy::environmentAsksForProxy(const QProcessEnvironment& environment)
{
    static const std::array<QString, 6> names{
        QStringLiteral("http_proxy"), QStringLiteral("https_proxy"), QStringLiteral("all_proxy"),
        QStringLiteral("HTTP_PROXY"), QStringLiteral("HTTPS_PROXY"), QStringLiteral("ALL_PROXY"),
    };
    return std::any_of(names.cbegin(), names.cend(),
                       [&](const QString& name) { return !environment.value(name).trimmed().isEmpty(); });
}

void ProxyPolicy::apply(const QProcessEnvironment& environment)
{
    QNetworkProxyFactory::setUseSystemConfiguration(environmentAsksForProxy(environment));
}

} // namespace Portpilot
