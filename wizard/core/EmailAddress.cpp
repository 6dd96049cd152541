#include "EmailAddress.h"

#include "Hostname.h"

namespace Portpilot {

EmailAddress EmailAddress::parse(const QString& input, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return EmailAddress();
    };

    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return fail(tr("The email address is empty."));
    }
    if (text.size() > 254) {
        return fail(tr("The email address is longer than 254 characters."));
    }
    const qsizetype at = text.lastIndexOf(u'@');
    if (at < 0) {
        return fail(tr("The email address has no “@”: it should look like name@example.com."));
    }
    const QString local = text.left(at);
    const QString domain = text.mid(at + 1);
    if (local.isEmpty()) {
        return fail(tr("The email address has nothing before the “@”."));
    }
    if (local.toUtf8().size() > 64) {
        return fail(tr("The part before the “@” is longer than 64 characters."));
    }
    for (QChar c : local) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == u'@' || c == u'<' || c == u'>') {
            return fail(tr("The part before the “@” contains a character an address cannot have."));
        }
    }
    if (domain.isEmpty()) {
        return fail(tr("The email address has nothing after the “@”."));
    }
    // "a@example." would lose its only dot with the trailing one and not parse again. Found by fuzz_email_address.
    const QString withoutRootDot = domain.endsWith(u'.') ? domain.chopped(1) : domain;
    if (!Hostname::isValid(domain) || !withoutRootDot.contains(u'.')) {
        return fail(tr("“%1” is not a valid mail domain.").arg(domain));
    }

    EmailAddress address;
    address.m_localPart = local;
    address.m_domainAce = Hostname::toAce(domain);
    if (address.m_domainAce.endsWith(u'.')) {
        address.m_domainAce.chop(1);
    }
    address.m_domainDisplay = Hostname::toDisplay(address.m_domainAce);
    // The limit is on the wire form, which punycode makes longer than what was typed. Found by fuzz_email_address.
    if (address.toAce().size() > 254) {
        return fail(tr("The email address is longer than 254 characters."));
    }
    return address;
}

QString EmailAddress::toString() const
{
    return isValid() ? m_localPart + u'@' + m_domainDisplay : QString();
}

QString EmailAddress::toAce() const
{
    return isValid() ? m_localPart + u'@' + m_domainAce : QString();
}

} // namespace Portpilot
