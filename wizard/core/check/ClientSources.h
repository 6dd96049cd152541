#pragma once

#include "Account.h"

#include <QString>

#include <optional>

namespace Portpilot {

// What each place a mail program asks gave the domain check, as values: the input of
// ClientOutcome, so that which client ends up with what is decided without a network.
struct ClientSources
{
    // One place: where it is, and the settings read there (none: nothing usable, `why` says so).
    struct Answer
    {
        QString where; // the URL or DNS name asked
        std::optional<Account> settings;
        // Autodiscover only: an answer Outlook goes on with that holds no settings Portpilot reads
        // (Exchange asking for a login, Exchange's own servers, a redirect).
        bool answers = false;
        QString why;

        bool usable() const { return settings.has_value() || answers; }
    };

    Answer autoconfig;          // https://autoconfig.DOMAIN/…?emailaddress=postmaster@DOMAIN
    Answer autoconfigNoAddress; // the same without ?emailaddress (KMail)
    Answer autoconfigEvolution; // the same with ?emailaddress=EVOLUTIONUSER@DOMAIN (Evolution)
    Answer plainHttp;           // http://autoconfig.DOMAIN/… (Thunderbird)
    Answer wellKnown;           // https://DOMAIN/.well-known/autoconfig/…
    Answer ispdb;
    Answer mxProvider;         // the autoconfig or ISP database entry of the MX host's provider
    Answer srv;                // RFC 6186 records
    Answer autodiscover;       // https://autodiscover.DOMAIN/autodiscover/autodiscover.xml
    Answer autodiscoverDomain; // https://DOMAIN/autodiscover/autodiscover.xml
    Answer autodiscoverHttp;   // the 302 of http://autodiscover.DOMAIN/autodiscover/autodiscover.xml
    Answer autodiscoverSrv;    // _autodiscover._tcp.DOMAIN
};

} // namespace Portpilot
