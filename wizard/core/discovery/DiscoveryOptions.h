#pragma once

#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>

namespace Portpilot {

// Settings of one discovery run. The defaults give a final answer within 8 s
// even when every host is dead.
struct DiscoveryOptions
{
    QUrl ispdbUrl{QStringLiteral("https://autoconfig.thunderbird.net/v1.1/")}; // the domain is appended
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system's roots
    bool allowHttp = false;                     // plain-HTTP autoconfig (never with the address)
    bool guess = true;                          // probe likely host names
    bool useBundled = true;                     // tests switch this off to reach the network sources
    QString realName;                           // fills %REALNAME% in the settings found
    std::chrono::milliseconds overallTimeout{8000};
    std::chrono::milliseconds httpTimeout{5000};  // per request
    std::chrono::milliseconds dnsTimeout{4000};   // per source
    std::chrono::milliseconds probeTimeout{5000}; // per guessed host and port
};

} // namespace Portpilot
