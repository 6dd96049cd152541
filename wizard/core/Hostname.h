#pragma once

#include <QString>

namespace Portpilot {

// Checks and converts host names. Internationalised names travel as punycode (ACE)
// on the wire and are shown to people in their readable form.
class Hostname
{
public:
    // True for a syntactically valid DNS host name, in ACE or Unicode form.
    // With allowPlaceholders, %EMAILDOMAIN% and friends count as valid labels.
    static bool isValid(const QString& host, bool allowPlaceholders = false);
    // The ACE (punycode) form, lower case, or an empty string when the name is invalid.
    static QString toAce(const QString& host);
    // The readable Unicode form for display.
    static QString toDisplay(const QString& host);
    // True when `host` is `domain` or a subdomain of it (both compared in ACE form).
    static bool isWithin(const QString& host, const QString& domain);
};

} // namespace Portpilot
