#include "FindingWords.h"

using namespace Qt::StringLiterals;

namespace Portpilot {

namespace {

struct Entry
{
    const char* id;
    Severity severity;
};

// The ids of the two autoconfig addresses share their endings.
constexpr Entry Entries[] = {
    {"autoconfig.missing", Severity::Warning},
    {"autoconfig.http-only", Severity::Error},
    {"autoconfig.unreachable", Severity::Error},
    {"autoconfig.certificate-name", Severity::Error},
    {"autoconfig.certificate-expired", Severity::Error},
    {"autoconfig.certificate-untrusted", Severity::Error},
    {"autoconfig.certificate-expires-soon", Severity::Warning},
    {"autoconfig.redirect", Severity::Note},
    {"autoconfig.redirect-other-domain", Severity::Error},
    {"autoconfig.redirect-insecure", Severity::Error},
    {"autoconfig.redirect-loop", Severity::Error},
    {"autoconfig.status", Severity::Error},
    {"autoconfig.too-large", Severity::Error},
    {"autoconfig.content-type", Severity::Warning},
    {"autoconfig.parse", Severity::Error},
    {"autoconfig.document-warnings", Severity::Note},
    {"autoconfig.schema", Severity::Warning},
    {"autoconfig.unknown-element", Severity::Note},
    {"autoconfig.placeholder", Severity::Warning},
    {"autoconfig.version", Severity::Note},
    {"autoconfig.oauth2", Severity::Warning},
    {"autoconfig.oauth2-issuer", Severity::Warning},
    {"autoconfig.oauth2-issuer-unreachable", Severity::Warning},
    {"autoconfig.needs-address", Severity::Warning},
    {"wellknown.unreachable", Severity::Warning},
    {"wellknown.certificate-name", Severity::Warning},
    {"wellknown.certificate-expired", Severity::Warning},
    {"wellknown.certificate-untrusted", Severity::Warning},
    {"wellknown.certificate-expires-soon", Severity::Warning},
    {"wellknown.redirect", Severity::Note},
    {"wellknown.redirect-other-domain", Severity::Error},
    {"wellknown.redirect-insecure", Severity::Error},
    {"wellknown.redirect-loop", Severity::Error},
    {"wellknown.status", Severity::Warning},
    {"wellknown.too-large", Severity::Error},
    {"wellknown.content-type", Severity::Warning},
    {"wellknown.parse", Severity::Error},
    {"wellknown.document-warnings", Severity::Note},
    {"wellknown.schema", Severity::Warning},
    {"wellknown.unknown-element", Severity::Note},
    {"wellknown.placeholder", Severity::Warning},
    {"wellknown.version", Severity::Note},
    {"wellknown.oauth2", Severity::Warning},
    {"wellknown.oauth2-issuer", Severity::Warning},
    {"wellknown.oauth2-issuer-unreachable", Severity::Warning},
    {"ispdb.listed", Severity::Note},
    {"ispdb.differs", Severity::Warning},
    {"mx.missing", Severity::Note},
    {"mx.provider", Severity::Note},
    {"mx.provider-mismatch", Severity::Warning},
    {"srv.missing", Severity::Note},
    {"srv.differs", Severity::Warning},
    {"autodiscover.missing", Severity::Note},
    {"autodiscover.certificate", Severity::Warning},
    {"autodiscover.outside-answers", Severity::Error},
    {"autodiscover.parse", Severity::Warning},
    {"autodiscover.error", Severity::Warning},
    {"autodiscover.get-only", Severity::Warning},
    {"autodiscover.status", Severity::Warning},
    {"autodiscover.redirect", Severity::Note},
    {"autodiscover.redirect-loop", Severity::Warning},
    {"autodiscover.redirect-limit", Severity::Warning},
    {"autodiscover.redirect-dead-end", Severity::Warning},
    {"autodiscover.redirect-insecure", Severity::Warning},
    {"autodiscover.http-redirect", Severity::Warning},
    {"autodiscover.srv-only", Severity::Warning},
    {"autodiscover.srv-outside", Severity::Warning},
    {"autodiscover.differs", Severity::Warning},
    {"jmap.offered", Severity::Note},
    {"jmap.srv-missing", Severity::Note},
    {"jmap.srv-broken", Severity::Warning},
    {"jmap.redirect-other-domain", Severity::Note},
    {"jmap.certificate-name", Severity::Warning},
    {"jmap.certificate-expired", Severity::Warning},
    {"jmap.certificate-untrusted", Severity::Warning},
    {"jmap.login-failed", Severity::Error},
    {"jmap.login-ok", Severity::Note},
    {"server.unreachable", Severity::Error},
    {"server.timeout", Severity::Error},
    {"server.tls-failed", Severity::Error},
    {"server.tls-legacy-only", Severity::Error},
    {"server.tls-legacy", Severity::Warning},
    {"server.certificate-name", Severity::Error},
    {"server.certificate-expired", Severity::Error},
    {"server.certificate-untrusted", Severity::Error},
    {"server.certificate-expires-soon", Severity::Warning},
    {"server.starttls-missing", Severity::Error},
    {"server.plaintext-auth", Severity::Error},
    {"server.unencrypted", Severity::Error},
    {"server.protocol-error", Severity::Error},
    {"server.starttls", Severity::Note},
    {"server.login-failed", Severity::Error},
    {"server.login-ok", Severity::Note},
    {"server.login-not-sent", Severity::Warning},
    {"clients.differ", Severity::Warning},
};

// The words for an id's ending, shared by autoconfig.* and wellknown.*.
std::pair<QString, QString> documentWords(const QString& what, const QString& detail)
{
    if (what == u"missing") {
        return {
            FindingWords::tr("There is no autoconfig document at either address: Thunderbird, KMail, Evolution and "
                             "Thunderbird for Android fall back to the ISP database, DNS or guessing, and may end up "
                             "with no settings or wrong ones."),
            FindingWords::tr("Publish the autoconfig file below at this finding’s address (Content-Type text/xml).")};
    }
    if (what == u"unreachable") {
        return {
            FindingWords::tr("The address does not answer (%1); clients wait for it, then look elsewhere.").arg(detail),
            FindingWords::tr("Make the web server answer on port 443 for this name, or remove the name from DNS.")};
    }
    if (what == u"certificate-name") {
        return {
            FindingWords::tr("The web server’s certificate is not valid for this exact name (%1); clients refuse the "
                             "document.")
                .arg(detail),
            FindingWords::tr("Get a certificate that lists this host name (for example add it to the Let’s Encrypt "
                             "certificate of the web server) and configure it for this name.")};
    }
    if (what == u"certificate-expired") {
        return {
            FindingWords::tr("The web server’s certificate has expired (%1); clients refuse the document.").arg(detail),
            FindingWords::tr("Renew the certificate and reload the web server; automate the renewal.")};
    }
    if (what == u"certificate-untrusted") {
        return {FindingWords::tr("The web server’s certificate is not trusted (%1); clients refuse the document.")
                    .arg(detail),
                FindingWords::tr(
                    "Use a certificate from a public certificate authority, with the whole chain configured.")};
    }
    if (what == u"certificate-expires-soon") {
        return {FindingWords::tr("The web server’s certificate expires on %1; after that clients refuse the document.")
                    .arg(detail),
                FindingWords::tr("Renew the certificate now and check that renewal runs by itself.")};
    }
    if (what == u"redirect") {
        return {
            FindingWords::tr("The address redirects within the domain (%1); clients follow at most a few redirects.")
                .arg(detail),
            FindingWords::tr("Nothing is needed; serving the file at the address itself saves a round trip.")};
    }
    if (what == u"redirect-other-domain") {
        return {FindingWords::tr(
                    "The address redirects to another domain (%1); careful clients do not follow it, so they get "
                    "no settings from here.")
                    .arg(detail),
                FindingWords::tr(
                    "Serve the file under this domain instead of redirecting: publish the autoconfig file below "
                    "at this address.")};
    }
    if (what == u"redirect-insecure") {
        return {FindingWords::tr("The address redirects from HTTPS to plain HTTP (%1); clients refuse it.").arg(detail),
                FindingWords::tr("Serve the file over HTTPS at this address, without redirecting to http://.")};
    }
    if (what == u"redirect-loop") {
        return {FindingWords::tr("The address redirects too often (%1); clients give up.").arg(detail),
                FindingWords::tr("Serve the file at the address itself, or redirect once to where it is.")};
    }
    if (what == u"status") {
        return {FindingWords::tr("The web server answers with an error (%1); clients get no settings from here.")
                    .arg(detail),
                FindingWords::tr("Publish the autoconfig file below at this address, readable without a login.")};
    }
    if (what == u"too-large") {
        return {FindingWords::tr("The document is too large (%1); clients stop reading it.").arg(detail),
                FindingWords::tr("Publish the autoconfig file below; a clientConfig document is a few kilobytes.")};
    }
    if (what == u"content-type") {
        return {
            FindingWords::tr("The document comes with the media type “%1”; strict clients expect text/xml or "
                             "application/xml.")
                .arg(detail),
            FindingWords::tr("Serve it as text/xml (nginx: types { text/xml xml; } or default_type text/xml; Apache: "
                             "AddType text/xml .xml).")};
    }
    if (what == u"http-only") {
        return {FindingWords::tr("The autoconfig file is served only over plain HTTP. Thunderbird uses it, and anyone "
                                 "on the way can change the servers in it to collect passwords; Thunderbird for "
                                 "Android and Portpilot do not use it."),
                FindingWords::tr("Serve it over HTTPS at autoconfig.DOMAIN with a valid certificate, and redirect "
                                 "plain HTTP there. The file, with the servers that passed the probe:")};
    }
    if (what == u"parse") {
        return {FindingWords::tr(
                    "The document is not a valid clientConfig file (%1); clients ignore it and look elsewhere.")
                    .arg(detail),
                FindingWords::tr("Replace it with the autoconfig file below.")};
    }
    if (what == u"schema") {
        return {FindingWords::tr("The document breaks the clientConfig format (%1); lenient clients read it anyway, "
                                 "strict ones refuse it and look elsewhere.")
                    .arg(detail),
                FindingWords::tr("Correct those parts. The autoconfig file below follows the format:")};
    }
    if (what == u"placeholder") {
        return {FindingWords::tr("The document uses a placeholder clients do not know (%1); they put it in "
                                 "literally, so the login name or host name is wrong.")
                    .arg(detail),
                FindingWords::tr("Use only %EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN% and %REALNAME%, spelled "
                                 "exactly so (upper case, a % on each side).")};
    }
    if (what == u"oauth2") {
        return {FindingWords::tr("The <oAuth2> block is incomplete or not secure (%1); clients cannot sign in with "
                                 "OAuth2 from it.")
                    .arg(detail),
                FindingWords::tr("Give <issuer>, <scope>, <authURL> and <tokenURL>, the two URLs over https://.")};
    }
    if (what == u"oauth2-issuer") {
        return {FindingWords::tr("The issuer’s own metadata disagrees with the <oAuth2> block (%1); clients that "
                                 "trust the block send the sign-in elsewhere than the issuer says, and fail.")
                    .arg(detail),
                FindingWords::tr("Copy the issuer, authorization_endpoint and token_endpoint of the issuer’s "
                                 "metadata into <issuer>, <authURL> and <tokenURL>.")};
    }
    if (what == u"oauth2-issuer-unreachable") {
        return {FindingWords::tr("The issuer of the <oAuth2> block publishes no metadata that Portpilot could read "
                                 "(%1); clients that ask it for its endpoints cannot sign in.")
                    .arg(detail),
                FindingWords::tr("Name the issuer exactly as it identifies itself, and publish its RFC 8414 "
                                 "metadata at /.well-known/oauth-authorization-server.")};
    }
    if (what == u"version") {
        return {FindingWords::tr("%1.").arg(detail),
                FindingWords::tr("Write version=\"1.2\" on <clientConfig> if the document is meant for clients of "
                                 "the draft; keep the 1.1 parts so older clients still get settings.")};
    }
    if (what == u"unknown-element") {
        return {FindingWords::tr("Parts of the document are not in the format (%1); clients ignore them.").arg(detail),
                FindingWords::tr("Remove them, or check their spelling if they were meant to do something.")};
    }
    if (what == u"needs-address") {
        return {FindingWords::tr("Asked without ?emailaddress=, as KMail asks, the server gives no document (%1): "
                                 "KMail gets no settings from here, while Thunderbird does.")
                    .arg(detail),
                FindingWords::tr("Answer without the address too: the settings of the domain, with the "
                                 "%EMAILADDRESS% placeholder (automx2: newer versions; a static file always does).")};
    }
    if (what == u"document-warnings") {
        return {FindingWords::tr("Parts of the document are skipped: %1.").arg(detail),
                FindingWords::tr("Remove or correct those parts; the autoconfig file below has only what works.")};
    }
    return {};
}

std::pair<QString, QString> words(const QString& id, const QString& detail)
{
    const QString area = id.section(u'.', 0, 0);
    if (area == u"autoconfig" || area == u"wellknown") {
        return documentWords(id.section(u'.', 1), detail);
    }
    if (id == u"ispdb.listed") {
        return {FindingWords::tr(
                    "The ISP database has an entry for the domain; clients that find no autoconfig of the domain "
                    "use it."),
                FindingWords::tr(
                    "Keep it up to date when the servers change (https://github.com/thunderbird/autoconfig).")};
    }
    if (id == u"ispdb.differs") {
        return {
            FindingWords::tr("The ISP database names other servers than the domain’s own autoconfig (%1); clients that "
                             "ask it first get those.")
                .arg(detail),
            FindingWords::tr("Ask for the ISP database entry to be corrected, or make the autoconfig file match.")};
    }
    if (id == u"mx.missing") {
        return {FindingWords::tr("The domain has no MX record; clients cannot learn the mail provider from DNS."),
                FindingWords::tr("If the domain receives mail, publish an MX record for it.")};
    }
    if (id == u"mx.provider") {
        return {FindingWords::tr(
                    "The MX record names a provider with its own settings (%1); clients with no autoconfig of the "
                    "domain use those.")
                    .arg(detail),
                FindingWords::tr("Publish an autoconfig file of the domain if its users log in elsewhere.")};
    }
    if (id == u"mx.provider-mismatch") {
        return {FindingWords::tr(
                    "The MX record points at one provider, the autoconfig file at another (%1); the settings may "
                    "be stale, or mail arrives where users do not read it.")
                    .arg(detail),
                FindingWords::tr(
                    "Make them agree: point the MX record at the mail servers the autoconfig names, or publish "
                    "the provider’s settings below as the autoconfig file.")};
    }
    if (id == u"srv.missing") {
        return {
            FindingWords::tr("There are no RFC 6186 SRV records; clients that use DNS (KMail, Evolution, some phones) "
                             "must guess."),
            FindingWords::tr("Add these records to the zone:")};
    }
    if (id == u"srv.differs") {
        return {FindingWords::tr(
                    "The SRV record names a server the autoconfig file does not (%1); clients that use DNS get "
                    "other settings than the rest.")
                    .arg(detail),
                FindingWords::tr("Replace the domain’s SRV records with these:")};
    }
    if (id == u"autodiscover.missing") {
        return {FindingWords::tr(
                    "There is no Autodiscover service; Outlook cannot set up the account by itself and may try "
                    "other names of the domain."),
                FindingWords::tr(
                    "If the users have Outlook, publish autodiscover.xml (portpilot export --to autodiscover).")};
    }
    if (id == u"autodiscover.certificate") {
        return {FindingWords::tr("The Autodiscover server’s certificate is refused (%1); Outlook warns or gives up.")
                    .arg(detail),
                FindingWords::tr(
                    "Configure a valid certificate for the Autodiscover server’s name, or remove the name from DNS.")};
    }
    if (id == u"autodiscover.outside-answers") {
        return {FindingWords::tr("This name above the domain resolves (%1). Outlook and other clients that get no "
                                 "Autodiscover answer from the domain try the names above it, and may send the "
                                 "user’s password to whoever runs this one.")
                    .arg(detail),
                FindingWords::tr("Answer at autodiscover.DOMAIN over HTTPS with a valid certificate, so clients stop "
                                 "there (portpilot export --to autodiscover); on networks you run, also block this "
                                 "name.")};
    }
    if (id == u"autodiscover.parse") {
        return {FindingWords::tr("The Autodiscover address answers Outlook’s request, but not with an Autodiscover "
                                 "response Outlook can read (%1); Outlook gets no settings there and tries the next "
                                 "place.")
                    .arg(detail),
                FindingWords::tr("Answer the POST with the POX response (portpilot export --to autodiscover), "
                                 "Content-Type text/xml.")};
    }
    if (id == u"autodiscover.error") {
        return {FindingWords::tr("Autodiscover answers Outlook’s request with an error (%1); Outlook gets no settings "
                                 "and asks the person for the servers.")
                    .arg(detail),
                FindingWords::tr("Make the Autodiscover service know the domain's addresses, or answer with the POX "
                                 "response for every address (portpilot export --to autodiscover).")};
    }
    if (id == u"autodiscover.get-only") {
        return {FindingWords::tr("The Autodiscover file is served to GET only (%1); Outlook asks with a POST, is "
                                 "refused, and gets no settings.")
                    .arg(detail),
                FindingWords::tr("Let the web server answer a POST to this address with the file too (nginx: "
                                 "“error_page 405 =200 $uri;” in its location; Apache serves it as it is).")};
    }
    if (id == u"autodiscover.status") {
        return {FindingWords::tr("Autodiscover answers Outlook’s request with an error status (%1); Outlook gets no "
                                 "settings there.")
                    .arg(detail),
                FindingWords::tr("Answer the POST with the POX response (portpilot export --to autodiscover), or "
                                 "remove the name from DNS if there is no Autodiscover service.")};
    }
    if (id == u"autodiscover.redirect") {
        return {FindingWords::tr("Autodiscover sends Outlook on (%1), and Outlook asks there. Portpilot follows "
                                 "redirectAddr and redirectUrl as Outlook does and checks what comes back; an HTTP "
                                 "redirect of the POST it does not follow, since the request would go along.")
                    .arg(detail),
                FindingWords::tr("Nothing to change if the redirect is meant; check that address with Portpilot "
                                 "too.")};
    }
    if (id == u"autodiscover.redirect-loop") {
        return {FindingWords::tr("Autodiscover’s redirects lead back to an address already asked (%1); Outlook goes "
                                 "round until it gives up, and gets no settings there.")
                    .arg(detail),
                FindingWords::tr("Let the redirect lead to the address that answers with the settings.")};
    }
    if (id == u"autodiscover.redirect-limit") {
        return {FindingWords::tr("Autodiscover sends Outlook on again and again (%1); Outlook stops following and "
                                 "gets no settings there.")
                    .arg(detail),
                FindingWords::tr("Let the first redirect lead straight to the address that answers with the "
                                 "settings.")};
    }
    if (id == u"autodiscover.redirect-dead-end") {
        return {FindingWords::tr("Autodiscover sends Outlook on, but nothing answers where it leads (%1); Outlook "
                                 "gets no settings there.")
                    .arg(detail),
                FindingWords::tr("Correct the redirect, or answer there with the POX response (portpilot export "
                                 "--to autodiscover).")};
    }
    if (id == u"autodiscover.redirect-insecure") {
        return {FindingWords::tr("The redirect leads to an unencrypted address (%1). Outlook’s request would carry "
                                 "the email address in the clear there, so Portpilot does not follow it.")
                    .arg(detail),
                FindingWords::tr("Redirect to an https:// address.")};
    }
    if (id == u"autodiscover.http-redirect") {
        return {FindingWords::tr("Outlook finds Autodiscover only through the redirect of the unencrypted "
                                 "http://autodiscover.DOMAIN/ address (%1). It asks the person whether to trust that "
                                 "server before it uses it, and anyone on the way could change the redirect.")
                    .arg(detail),
                FindingWords::tr("Answer at https://autodiscover.DOMAIN/autodiscover/autodiscover.xml with a valid "
                                 "certificate (portpilot export --to autodiscover), or point that name at the server "
                                 "the redirect leads to.")};
    }
    if (id == u"autodiscover.srv-only") {
        return {FindingWords::tr("Only the _autodiscover._tcp record leads Outlook to Autodiscover (%1). Outlook asks "
                                 "it last, after every other place has failed, and asks the person before it uses "
                                 "the server.")
                    .arg(detail),
                FindingWords::tr("Answer at https://autodiscover.DOMAIN/autodiscover/autodiscover.xml (portpilot "
                                 "export --to autodiscover); keep the record for clients that use it.")};
    }
    if (id == u"autodiscover.srv-outside") {
        return {FindingWords::tr("The _autodiscover._tcp record points at a host outside the domain (%1). Outlook "
                                 "warns the person that this server wants to configure the account, and Portpilot "
                                 "sends the test account’s password to none of the servers it names.")
                    .arg(detail),
                FindingWords::tr("Point the record at a host in the domain whose certificate names it, or answer "
                                 "at https://autodiscover.DOMAIN/ (portpilot export --to autodiscover).")};
    }
    if (id == u"autodiscover.differs") {
        return {FindingWords::tr("Autodiscover gives Outlook other servers than the autoconfig file gives the other "
                                 "programs (%1).")
                    .arg(detail),
                FindingWords::tr("Publish the same servers in both: the autoconfig file and the Autodiscover "
                                 "response (portpilot export --to autoconfig, --to autodiscover).")};
    }
    if (id == u"jmap.offered") {
        return {FindingWords::tr("JMAP clients find the session resource here (%1).").arg(detail),
                FindingWords::tr("Nothing to change.")};
    }
    if (id == u"jmap.srv-missing") {
        return {FindingWords::tr("JMAP answers at the domain’s own address, but there is no _jmap._tcp SRV record; "
                                 "clients that start from an email address and ask DNS (RFC 8620) do not find it."),
                FindingWords::tr("Add this record to the zone:")};
    }
    if (id == u"jmap.srv-broken") {
        return {FindingWords::tr("The _jmap._tcp SRV record names a host whose /.well-known/jmap is not a JMAP "
                                 "session resource (%1); JMAP clients that follow the record fail.")
                    .arg(detail),
                FindingWords::tr("Serve /.well-known/jmap on that host and port (a redirect to the session resource), "
                                 "correct the record, or give it the target “.” to say the domain offers no JMAP.")};
    }
    if (id == u"jmap.redirect-other-domain") {
        return {FindingWords::tr("The JMAP address sends clients on to another domain (%1), with the user’s login; "
                                 "Portpilot did not follow it, so the session resource there is not checked.")
                    .arg(detail),
                FindingWords::tr("Nothing to change if that domain is your provider’s; otherwise point "
                                 "/.well-known/jmap at your own session resource.")};
    }
    if (id == u"jmap.certificate-name") {
        return {FindingWords::tr("The JMAP server’s certificate is not valid for its name (%1); JMAP clients refuse "
                                 "to connect.")
                    .arg(detail),
                FindingWords::tr("Install a certificate that lists the host name of the _jmap._tcp record.")};
    }
    if (id == u"jmap.certificate-expired") {
        return {FindingWords::tr("The JMAP server’s certificate has expired (%1); JMAP clients refuse to connect.")
                    .arg(detail),
                FindingWords::tr("Renew the certificate; automate the renewal.")};
    }
    if (id == u"jmap.certificate-untrusted") {
        return {
            FindingWords::tr("The JMAP server’s certificate is not trusted (%1); JMAP clients refuse to connect.")
                .arg(detail),
            FindingWords::tr("Use a certificate from a public certificate authority and configure the whole chain.")};
    }
    if (id == u"jmap.login-failed") {
        return {FindingWords::tr("The test account could not log in to JMAP (%1); JMAP clients with that address "
                                 "and password fail the same way.")
                    .arg(detail),
                FindingWords::tr("Check the password. The session resource must accept HTTP Basic logins with the "
                                 "full email address as user name and answer with a JMAP session object that lists "
                                 "the user’s accounts and an HTTPS apiUrl (RFC 8620 §2); the server’s log says why it "
                                 "refused.")};
    }
    if (id == u"jmap.login-ok") {
        return {FindingWords::tr("The test account logged in to JMAP (%1).").arg(detail),
                FindingWords::tr("Nothing to change.")};
    }
    if (id == u"server.unreachable") {
        return {
            FindingWords::tr("The server cannot be reached (%1); clients that use these settings fail.").arg(detail),
            FindingWords::tr("Start the service on this port, or correct the host name or port where it is advertised. "
                             "Settings that work:")};
    }
    if (id == u"server.timeout") {
        return {FindingWords::tr("The server does not answer in time (%1); clients hang, then fail.").arg(detail),
                FindingWords::tr("Check the firewall and that the service runs on this port.")};
    }
    if (id == u"server.tls-failed") {
        return {FindingWords::tr("No TLS session could be set up (%1); clients refuse to log in.").arg(detail),
                FindingWords::tr(
                    "Offer TLS 1.2 or newer on this port (Dovecot: ssl = required, ssl_min_protocol = TLSv1.2; "
                    "Postfix: smtpd_tls_mandatory_protocols = >=TLSv1.2), or correct the port where it is "
                    "advertised.")};
    }
    if (id == u"server.tls-legacy-only") {
        return {
            FindingWords::tr("The server offers nothing newer than %1, which current mail programs refuse: they cannot "
                             "connect.")
                .arg(detail),
            FindingWords::tr("Offer TLS 1.2 and 1.3 (Dovecot: ssl_min_protocol = TLSv1.2 with an OpenSSL from "
                             "the last ten years; Postfix: smtpd_tls_protocols = >=TLSv1.2).")};
    }
    if (id == u"server.tls-legacy") {
        return {
            FindingWords::tr("Besides TLS 1.2 or newer, the server still accepts %1, which has known weaknesses; old "
                             "clients use it, and an attacker on the way can push some of them down to it.")
                .arg(detail),
            FindingWords::tr("Accept only TLS 1.2 and newer (Dovecot: ssl_min_protocol = TLSv1.2; Postfix: "
                             "smtpd_tls_protocols = >=TLSv1.2 and smtpd_tls_mandatory_protocols = >=TLSv1.2).")};
    }
    if (id == u"server.certificate-name") {
        return {
            FindingWords::tr(
                "The server’s certificate is not valid for this host name (%1); careful clients refuse it and "
                "cannot be told to accept it.")
                .arg(detail),
            FindingWords::tr("Install a certificate that lists this host name (Dovecot: ssl_cert, ssl_key; Postfix: "
                             "smtpd_tls_chain_files), or advertise the name the certificate has.")};
    }
    if (id == u"server.certificate-expired") {
        return {FindingWords::tr("The server’s certificate has expired (%1); clients refuse to connect.").arg(detail),
                FindingWords::tr("Renew the certificate and reload Dovecot/Postfix; automate the renewal.")};
    }
    if (id == u"server.certificate-untrusted") {
        return {
            FindingWords::tr("The server’s certificate is not trusted (%1); clients refuse it or ask the user to trust "
                             "it.")
                .arg(detail),
            FindingWords::tr("Use a certificate from a public certificate authority and configure the whole chain.")};
    }
    if (id == u"server.certificate-expires-soon") {
        return {FindingWords::tr("The server’s certificate expires on %1; after that clients refuse to connect.")
                    .arg(detail),
                FindingWords::tr("Renew the certificate now and check that renewal reloads the mail servers.")};
    }
    if (id == u"server.starttls-missing") {
        return {
            FindingWords::tr("The settings say STARTTLS, but the server does not offer it (%1); careful clients stop, "
                             "careless ones send the password unencrypted.")
                .arg(detail),
            FindingWords::tr("Enable TLS on this port (Dovecot: ssl = yes with a certificate; Postfix submission: -o "
                             "smtpd_tls_security_level=encrypt), or advertise the implicit-TLS port instead.")};
    }
    if (id == u"server.plaintext-auth") {
        return {
            FindingWords::tr("The server offers to log in before TLS (%1); a client that does so sends the password "
                             "unencrypted.")
                .arg(detail),
            FindingWords::tr("Allow logins only over TLS (Dovecot: disable_plaintext_auth = yes; Postfix: "
                             "smtpd_tls_auth_only = yes).")};
    }
    if (id == u"server.unencrypted") {
        return {FindingWords::tr("The settings name a server without encryption; passwords and mail travel readable by "
                                 "anyone on the way."),
                FindingWords::tr("Advertise the implicit-TLS port (993, 995, 465) instead:")};
    }
    if (id == u"server.protocol-error") {
        return {FindingWords::tr(
                    "The server does not answer as the advertised service does (%1); perhaps the port belongs to "
                    "another service.")
                    .arg(detail),
                FindingWords::tr("Correct the port or protocol where the server is advertised. Settings that work:")};
    }
    if (id == u"server.starttls") {
        return {
            FindingWords::tr("The server uses STARTTLS; RFC 8314 prefers implicit TLS, which cannot be stripped on the "
                             "way."),
            FindingWords::tr("Also offer the implicit-TLS port (993, 995 or 465) and advertise it first.")};
    }
    if (id == u"server.login-failed") {
        return {FindingWords::tr("The test account could not log in (%1); mail programs with these settings and "
                                 "that password fail the same way.")
                    .arg(detail),
                FindingWords::tr("Check the password and the login name the settings give (%EMAILADDRESS% or "
                                 "%EMAILLOCALPART%); the server's log says why it refused. For an OAuth2 server, "
                                 "check that it accepts the issuer's tokens with the document's scope and offers "
                                 "XOAUTH2 or OAUTHBEARER.")};
    }
    if (id == u"server.login-not-sent") {
        return {FindingWords::tr("The test account did not log in to this OAuth2 server: %1.").arg(detail),
                FindingWords::tr("Sign the test account in first (portpilot login ADDRESS, or portpilot check "
                                 "--sign-in), with the issuer the domain's autoconfig document names, and publish "
                                 "the server in that document over HTTPS.")};
    }
    if (id == u"clients.differ") {
        return {FindingWords::tr("Mail programs end up with different settings on this domain (%1): the people who "
                                 "use one program get other servers, or none, than those who use another.")
                    .arg(detail),
                FindingWords::tr("Publish the same settings everywhere the programs look: the autoconfig file over "
                                 "HTTPS (answering with and without ?emailaddress=), and SRV records that name the "
                                 "same servers (portpilot export --to autoconfig, --to dns-zone).")};
    }
    if (id == u"server.login-ok") {
        if (!detail.isEmpty()) {
            //: %1 is a login method such as OAUTHBEARER or XOAUTH2
            return {FindingWords::tr("The test account logged in with its OAuth2 sign-in (%1).").arg(detail),
                    FindingWords::tr("Nothing to change.")};
        }
        return {FindingWords::tr("The test account logged in with its password."),
                FindingWords::tr("Nothing to change.")};
    }
    return {id, QString()};
}

} // namespace

Severity FindingWords::severityOf(const QString& id)
{
    for (const Entry& entry : Entries) {
        if (id == QLatin1String(entry.id)) {
            return entry.severity;
        }
    }
    return Severity::Error;
}

QStringList FindingWords::ids()
{
    QStringList list;
    for (const Entry& entry : Entries) {
        list.append(QLatin1String(entry.id));
    }
    return list;
}

Finding FindingWords::make(const QString& id, const QString& subject, const QString& detail)
{
    const auto [effect, fix] = words(id, detail);
    return Finding{id, severityOf(id), subject, effect, fix};
}

} // namespace Portpilot
