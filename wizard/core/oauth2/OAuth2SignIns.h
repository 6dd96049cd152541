#pragma once

#include "OAuth2Registration.h"

#include <QCoreApplication>
#include <QList>
#include <QSettings>
#include <QString>

#include <optional>

namespace Portpilot {

// Which issuer each signed-in address uses, so `portpilot token ADDRESS` needs no other input.
// The record (issuer, endpoints, scope, client id, mail hosts) is not secret and lives in the
// settings file; the refresh token lives only in the keychain under refreshTokenKey(); a client
// secret is never recorded (it is read from the registrations again).
class OAuth2SignIns
{
    Q_DECLARE_TR_FUNCTIONS(OAuth2SignIns)

public:
    explicit OAuth2SignIns(QSettings* settings);

    // "anna@example.test oauth2 https://issuer": the keychain key of one address's refresh token.
    static QString refreshTokenKey(const QString& address, const OAuth2Registration& registration);

    void remember(const QString& address, const OAuth2Registration& registration);
    // The issuers an address signed in with; `host` (when given) picks the one serving that server.
    QList<OAuth2Registration> recalled(const QString& address, const QString& host = QString()) const;
    // Forgets the address: its records and the refresh tokens in the keychain. Returns false
    // (and *error) when the keychain refused to delete one.
    bool forget(const QString& address, QString* error);

private:
    QSettings* m_settings;
};

} // namespace Portpilot
