#include "FuzzTargets.h"

#include "AccountJson.h"
#include "AutoconfigReader.h"
#include "AutoconfigWriter.h"
#include "EmailAddress.h"
#include "Hostname.h"

namespace Portpilot {

namespace {

// An account that was accepted must be writable in both formats, and read back unchanged from the
// format it came from. (JSON keeps text verbatim while XML normalises whitespace, so an account read
// from JSON need not survive a trip through XML unchanged, but the XML must still be readable.)
enum class Origin
{
    Autoconfig,
    Json
};

QString checkRoundTrips(const Account& account, Origin origin)
{
    const auto again = AutoconfigReader::read(AutoconfigWriter::write(account));
    if (!again.ok()) {
        return QStringLiteral("autoconfig written from an accepted account is refused: ") + again.errorWithLocation();
    }
    if (origin == Origin::Autoconfig && !(*again.account == account)) {
        return QStringLiteral("autoconfig write→read changed the account");
    }
    QString error;
    const auto fromJson = AccountJson::fromBytes(AccountJson::toBytes(account), &error);
    if (!fromJson) {
        return QStringLiteral("JSON written from an accepted account is refused: ") + error;
    }
    if (!(*fromJson == account)) {
        return QStringLiteral("JSON write→read changed the account");
    }
    return {};
}

QString fuzzAutoconfig(const QByteArray& input)
{
    const auto result = AutoconfigReader::read(input);
    if (!result.ok()) {
        return result.error.isEmpty() ? QStringLiteral("refused without an error message") : QString();
    }
    return checkRoundTrips(*result.account, Origin::Autoconfig);
}

QString fuzzAccountJson(const QByteArray& input)
{
    QString error;
    const auto account = AccountJson::fromBytes(input, &error);
    if (!account) {
        return error.isEmpty() ? QStringLiteral("refused without an error message") : QString();
    }
    return checkRoundTrips(*account, Origin::Json);
}

QString fuzzEmailAddress(const QByteArray& input)
{
    QString error;
    const EmailAddress address = EmailAddress::parse(QString::fromUtf8(input), &error);
    if (!address.isValid()) {
        return error.isEmpty() ? QStringLiteral("refused without an error message") : QString();
    }
    // What we show and what we send must both parse back to the same address.
    for (const QString& form : {address.toString(), address.toAce()}) {
        const EmailAddress again = EmailAddress::parse(form);
        if (!again.isValid()) {
            return QStringLiteral("“%1” was accepted but its form “%2” is refused").arg(QString::fromUtf8(input), form);
        }
        if (again.domainAce() != address.domainAce() || again.localPart() != address.localPart()) {
            return QStringLiteral("“%1” reparsed as “%2”").arg(form, again.toAce());
        }
    }
    return {};
}

QString fuzzHostname(const QByteArray& input)
{
    // First line: a host name; the rest: a domain for isWithin().
    const QString text = QString::fromUtf8(input);
    const qsizetype newline = text.indexOf(u'\n');
    const QString host = newline < 0 ? text : text.left(newline);
    const QString domain = newline < 0 ? QString() : text.mid(newline + 1);

    (void)Hostname::isValid(host, true);
    (void)Hostname::isWithin(host, domain);
    const QString display = Hostname::toDisplay(host);
    if (!Hostname::isValid(host)) {
        return {};
    }
    const QString ace = Hostname::toAce(host);
    if (ace.isEmpty()) {
        return QStringLiteral("valid host “%1” has no ACE form").arg(host);
    }
    if (!Hostname::isValid(ace) || Hostname::toAce(ace) != ace) {
        return QStringLiteral("ACE form “%1” of “%2” is not a stable valid name").arg(ace, host);
    }
    // The readable form shown to people must lead to the same server.
    if (Hostname::toAce(display) != ace) {
        return QStringLiteral("display form “%1” of “%2” maps to “%3”, not “%4”")
            .arg(display, host, Hostname::toAce(display), ace);
    }
    if (!Hostname::isWithin(host, host)) {
        return QStringLiteral("“%1” is not within itself").arg(host);
    }
    return {};
}

} // namespace

const QList<FuzzTarget>& FuzzTargets::all()
{
    static const QList<FuzzTarget> targets{
        {"autoconfig", fuzzAutoconfig},
        {"account_json", fuzzAccountJson},
        {"email_address", fuzzEmailAddress},
        {"hostname", fuzzHostname},
    };
    return targets;
}

const FuzzTarget* FuzzTargets::find(const QString& name)
{
    for (const FuzzTarget& target : all()) {
        if (QLatin1String(target.name) == name) {
            return &target;
        }
    }
    return nullptr;
}

} // namespace Portpilot
