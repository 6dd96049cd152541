#pragma once

#include <QProcessEnvironment>

namespace Portpilot {

// Which proxy the network code asks. Qt on Linux consults libproxy before every HTTP request and
// socket connection (a helper thread and its modules, 3–5 ms before the first connection of a
// process); Portpilot only does that when the environment names a proxy (http_proxy, https_proxy,
// all_proxy, in either case), and then libproxy applies those variables and no_proxy as before.
// Without one, every connection goes direct.
class ProxyPolicy
{
public:
    static bool
    environmentAsksForProxy(const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    // Sets the process-wide proxy lookup from the environment; call once, before the first connection.
    static void apply(const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
};

} // namespace Portpilot
