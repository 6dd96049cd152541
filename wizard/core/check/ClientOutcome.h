#pragma once

#include "Account.h"
#include "ClientSources.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Portpilot {

// What one mail program ends up with on a domain, following the order in which it asks
// (docs/check.md, "What each mail program gets"): the settings and where they came from, or what
// it does when it finds nothing. Computed from the check's answers (ClientSources), no network.
struct ClientOutcome
{
    Q_DECLARE_TR_FUNCTIONS(ClientOutcome)

public:
    enum class Client
    {
        Thunderbird,
        KMail,
        Evolution,
        ThunderbirdAndroid,
        AppleMail,
        Outlook,
    };
    // What a client does without settings from the domain.
    enum class Fallback
    {
        None,     // it got settings
        Guessing, // tries common host names (imap.DOMAIN, mail.DOMAIN, …)
        AsksUser, // asks the person for the servers
        Profile,  // Apple Mail: only a configuration profile (.mobileconfig) sets it up
    };

    Client client = Client::Thunderbird;
    QString source; // "autoconfig", "http", "wellknown", "ispdb", "mx", "srv", "autodiscover"; empty: none
    QString where;  // the URL or DNS name the settings came from
    std::optional<Account> settings; // none without source, and for an Autodiscover answer without settings
    Fallback fallback = Fallback::None;

    // Every client, in the order of Client.
    static QList<ClientOutcome> compute(const ClientSources& sources);
    // The clients that read autoconfig-style settings and get different servers (nothing counts as
    // different): "Thunderbird: imap.a:993 …; KMail: nothing". Empty when they agree.
    static QString differences(const QList<ClientOutcome>& outcomes);

    static QString clientId(Client client);   // "thunderbird", "kmail", … (the JSON's words)
    static QString clientName(Client client); // the product's name
    // One line for people: "imap.example.org:993 (imap, SSL), smtp…:465 (smtp, SSL) from autoconfig (URL)".
    QString text() const;
    QJsonObject toJson() const;
    // The first incoming and outgoing server, "host:port (protocol, socket type)"; empty without settings.
    QString serversText() const;
};

} // namespace Portpilot
