#include "Account.h"

#include "EmailAddress.h"

namespace Portpilot {

const ServerSettings* Account::preferredIncoming() const
{
    return incoming.isEmpty() ? nullptr : &incoming.first();
}

const ServerSettings* Account::preferredOutgoing() const
{
    return outgoing.isEmpty() ? nullptr : &outgoing.first();
}

QString Account::substitute(const QString& text, const QString& address, const QString& name,
                            const QList<InputField>& inputFields)
{
    if (!text.contains(u'%')) {
        return text;
    }
    const EmailAddress parsed = EmailAddress::parse(address);
    const qsizetype at = address.lastIndexOf(u'@');
    const QString local = parsed.isValid() ? parsed.localPart() : address.left(qMax<qsizetype>(at, 0));
    const QString domain = parsed.isValid() ? parsed.domain() : (at >= 0 ? address.mid(at + 1) : QString());

    QString out = text;
    out.replace(QLatin1String("%EMAILADDRESS%"), address);
    out.replace(QLatin1String("%EMAILLOCALPART%"), local);
    out.replace(QLatin1String("%EMAILDOMAIN%"), domain);
    out.replace(QLatin1String("%REALNAME%"), name);
    for (const InputField& field : inputFields) {
        if (!field.key.isEmpty()) {
            out.replace(u'%' + field.key + u'%', field.value);
        }
    }
    return out;
}

Account Account::resolved(const QString& address, const QString& name) const
{
    Account copy = *this;
    copy.emailAddress = address;
    if (!name.isEmpty()) {
        copy.realName = name;
    }
    auto fill = [&](QString& s) { s = substitute(s, address, copy.realName, provider.inputFields); };
    for (QList<ServerSettings>* list : {&copy.incoming, &copy.outgoing}) {
        for (ServerSettings& server : *list) {
            fill(server.hostname);
            fill(server.username);
        }
    }
    fill(copy.provider.displayName);
    fill(copy.provider.displayShortName);
    return copy;
}

} // namespace Portpilot
