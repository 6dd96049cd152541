#pragma once

#include "Account.h"

#include <QByteArray>

namespace Portpilot {

// Writes an Account as a clientConfig 1.1 document that AutoconfigReader reads back
// to the same Account. Discovery's findings travel as extra attributes on the server
// elements (source, approvalNeeded, certificateProblem), which other readers ignore.
class AutoconfigWriter
{
public:
    struct Options
    {
        bool includePassword = false; // a password is written only when the user asks for it
        bool includeDiscoveryAttributes = true;
    };

    static QByteArray write(const Account& account);
    static QByteArray write(const Account& account, const Options& options);
};

} // namespace Portpilot
