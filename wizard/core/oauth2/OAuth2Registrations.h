#pragma once

#include "Account.h"
#include "OAuth2Registration.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Portpilot {

// The issuers Portpilot knows: the bundled file (:/oauth2/registrations.json) with the user's
// file laid over it (oauth2.json in Portpilot's configuration folder, or a file given explicitly).
// An entry of the user's file with a known id fills in or replaces fields (typically clientId);
// one with a new id adds an issuer. Every endpoint must be HTTPS.
class OAuth2Registrations
{
    Q_DECLARE_TR_FUNCTIONS(OAuth2Registrations)

public:
    static constexpr qsizetype MaxDocumentSize = 256 * 1024;

    // Parses one document; on failure returns nothing and sets *error.
    static std::optional<QList<OAuth2Registration>> parse(const QByteArray& document, QString* error);
    // The bundled registrations with `overrideFile` laid over them (the user's oauth2.json when
    // empty and it exists). Fails when a file exists but is broken.
    static std::optional<OAuth2Registrations> load(const QString& overrideFile, QString* error);
    // Where the user's file is read from: CONFIG/Portpilot/portpilot/oauth2.json.
    static QString userFile();

    const QList<OAuth2Registration>& all() const { return m_registrations; }
    std::optional<OAuth2Registration> byId(const QString& id) const;
    std::optional<OAuth2Registration> byIssuer(const QString& issuer) const;
    std::optional<OAuth2Registration> byHost(const QString& hostname) const;

    // The issuer for one server of an account: the account's own <oAuth2> element (autoconfig),
    // completed with a known registration of the same issuer (its client id when the element has
    // none), else the registration that serves the server's host name. Nothing when neither.
    std::optional<OAuth2Registration> forServer(const Account& account, const ServerSettings& server) const;

    // In plain words: no client id is configured for this issuer, and how to add one.
    static QString missingClientMessage(const OAuth2Registration& registration);

    void overlay(const QList<OAuth2Registration>& entries);

private:
    QList<OAuth2Registration> m_registrations;
};

} // namespace Portpilot
