#pragma once

#include <QString>

namespace Portpilot {

// The registrable domain ("eTLD+1") of a host, from the Public Suffix List through libpsl:
// mail.example.co.uk -> example.co.uk. Names under a suffix the list does not know
// (such as .test) count as having a one-label suffix.
class RegistrableDomain
{
public:
    // The registrable domain in ACE form, lower case; empty when the host is a public
    // suffix itself or not a valid name.
    static QString of(const QString& host);
    // True when both hosts have the same, non-empty registrable domain.
    static bool same(const QString& a, const QString& b);
};

} // namespace Portpilot
