#include "ClientOutcome.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Portpilot {

namespace {

struct Step
{
    const char* source;
    const ClientSources::Answer* answer;
};

ClientOutcome firstOf(ClientOutcome::Client client, std::initializer_list<Step> steps, ClientOutcome::Fallback fallback)
{
    ClientOutcome outcome;
    outcome.client = client;
    for (const Step& step : steps) {
        if (step.answer->usable()) {
            outcome.source = QLatin1String(step.source);
            outcome.where = step.answer->where;
            outcome.settings = step.answer->settings;
            return outcome;
        }
    }
    outcome.fallback = fallback;
    return outcome;
}

QJsonValue serverJson(const ServerSettings* server)
{
    if (!server) {
        return QJsonValue();
    }
    return QJsonObject{{u"protocol"_s, protocolName(server->protocol)},
                       {u"hostname"_s, server->hostname},
                       {u"port"_s, int(server->port)},
                       {u"socketType"_s, socketTypeName(server->socketType)}};
}

// The clients whose settings come from autoconfig-style documents and DNS: they should agree.
// (Outlook's Autodiscover is compared on its own: autodiscover.differs.)
bool readsSettings(ClientOutcome::Client client)
{
    return client != ClientOutcome::Client::AppleMail && client != ClientOutcome::Client::Outlook;
}

} // namespace

QList<ClientOutcome> ClientOutcome::compute(const ClientSources& s)
{
    using C = Client;
    using F = Fallback;
    // Thunderbird asks HTTPS and plain HTTP at once and prefers HTTPS; then the well-known
    // address, the ISP database, the MX host's provider, and guesses last.
    return {
        firstOf(C::Thunderbird,
                {{"autoconfig", &s.autoconfig},
                 {"http", &s.plainHttp},
                 {"wellknown", &s.wellKnown},
                 {"ispdb", &s.ispdb},
                 {"mx", &s.mxProvider}},
                F::Guessing),
        // KMail asks without ?emailaddress, then the ISP database and DNS.
        firstOf(C::KMail, {{"autoconfig", &s.autoconfigNoAddress}, {"ispdb", &s.ispdb}, {"srv", &s.srv}}, F::Guessing),
        // Evolution asks for EVOLUTIONUSER@DOMAIN, then DNS.
        firstOf(C::Evolution, {{"autoconfig", &s.autoconfigEvolution}, {"srv", &s.srv}}, F::AsksUser),
        // Thunderbird for Android: as Thunderbird, but never plain HTTP.
        firstOf(
            C::ThunderbirdAndroid,
            {{"autoconfig", &s.autoconfig}, {"wellknown", &s.wellKnown}, {"ispdb", &s.ispdb}, {"mx", &s.mxProvider}},
            F::AsksUser),
        // Apple Mail asks nothing of the domain: its own database, or a profile.
        firstOf(C::AppleMail, {}, F::Profile),
        firstOf(C::Outlook,
                {{"autodiscover", &s.autodiscover},
                 {"autodiscover", &s.autodiscoverDomain},
                 {"autodiscover", &s.autodiscoverHttp},
                 {"autodiscover", &s.autodiscoverSrv}},
                F::AsksUser),
    };
}

QString ClientOutcome::serversText() const
{
    if (!settings) {
        return {};
    }
    QStringList parts;
    for (const ServerSettings* server : {settings->preferredIncoming(), settings->preferredOutgoing()}) {
        if (server) {
            parts.append(server->summary());
        }
    }
    return parts.join(u", "_s);
}

QString ClientOutcome::differences(const QList<ClientOutcome>& outcomes)
{
    QStringList seen;
    QStringList lines;
    for (const ClientOutcome& outcome : outcomes) {
        if (!readsSettings(outcome.client)) {
            continue;
        }
        const QString servers = outcome.serversText();
        if (!seen.contains(servers)) {
            seen.append(servers);
        }
        //: %1 is a mail program, %2 its servers or "nothing"
        lines.append(tr("%1: %2").arg(clientName(outcome.client), servers.isEmpty() ? tr("nothing") : servers));
    }
    return seen.size() > 1 ? lines.join(u"; "_s) : QString();
}

QString ClientOutcome::clientId(Client client)
{
    switch (client) {
    case Client::Thunderbird:
        return u"thunderbird"_s;
    case Client::KMail:
        return u"kmail"_s;
    case Client::Evolution:
        return u"evolution"_s;
    case Client::ThunderbirdAndroid:
        return u"thunderbird-android"_s;
    case Client::AppleMail:
        return u"apple-mail"_s;
    case Client::Outlook:
        return u"outlook"_s;
    }
    return {};
}

QString ClientOutcome::clientName(Client client)
{
    switch (client) {
    case Client::Thunderbird:
        return u"Thunderbird"_s;
    case Client::KMail:
        return u"KMail"_s;
    case Client::Evolution:
        return u"Evolution"_s;
    case Client::ThunderbirdAndroid:
        return tr("Thunderbird for Android");
    case Client::AppleMail:
        return u"Apple Mail"_s;
    case Client::Outlook:
        return u"Outlook"_s;
    }
    return {};
}

QString ClientOutcome::text() const
{
    if (source == u"autodiscover" && !settings) {
        //: %1 is a web address or DNS name
        return tr("the Autodiscover service at %1, with no IMAP or POP3 settings Portpilot reads (Exchange, or a "
                  "redirect)")
            .arg(where);
    }
    if (settings) {
        //: %1 are servers, %2 where they came from ("autoconfig"), %3 its web address or DNS name
        return tr("%1, from %2 (%3)").arg(serversText(), source, where);
    }
    switch (fallback) {
    case Fallback::Guessing:
        return tr("nothing from the domain: it falls back to guessing host names");
    case Fallback::AsksUser:
        return tr("nothing from the domain: it asks the person for the servers");
    case Fallback::Profile:
        return tr("nothing from the domain: Apple Mail only uses its own database and configuration profiles; "
                  "publish a profile (portpilot export --to mobileconfig)");
    case Fallback::None:
        break;
    }
    return {};
}

QJsonObject ClientOutcome::toJson() const
{
    static const char* const fallbacks[] = {nullptr, "guessing", "asks-user", "profile"};
    const char* fallbackName = fallbacks[int(fallback)];
    return QJsonObject{
        {u"client"_s, clientId(client)},
        {u"name"_s, clientName(client)},
        {u"source"_s, source.isEmpty() ? QJsonValue() : QJsonValue(source)},
        {u"where"_s, where.isEmpty() ? QJsonValue() : QJsonValue(where)},
        {u"incoming"_s, serverJson(settings ? settings->preferredIncoming() : nullptr)},
        {u"outgoing"_s, serverJson(settings ? settings->preferredOutgoing() : nullptr)},
        {u"fallback"_s, fallbackName ? QJsonValue(QLatin1String(fallbackName)) : QJsonValue()},
        {u"summary"_s, text()},
    };
}

} // namespace Portpilot
