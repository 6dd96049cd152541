#include "OAuth2SignIns.h"

#include "PasswordStore.h"

#include <QUrl>

namespace Portpilot {

namespace {

QString group(const QString& address)
{
    // QSettings treats "/" and "\" in keys as separators; an address has neither, but be exact.
    return QStringLiteral("oauth2-sign-ins/") + QString::fromLatin1(QUrl::toPercentEncoding(address.toLower()));
}

} // namespace

OAuth2SignIns::OAuth2SignIns(QSettings* settings)
    : m_settings(settings)
{}

QString OAuth2SignIns::refreshTokenKey(const QString& address, const OAuth2Registration& registration)
{
    return QStringLiteral("%1 oauth2 %2")
        .arg(address.toLower(), registration.issuer.isEmpty() ? registration.tokenEndpoint : registration.issuer);
}

void OAuth2SignIns::remember(const QString& address, const OAuth2Registration& registration)
{
    QList<OAuth2Registration> all = recalled(address);
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&registration](const OAuth2Registration& r) {
                                 return refreshTokenKey(QString(), r) == refreshTokenKey(QString(), registration);
                             }),
              all.end());
    all.append(registration);
    m_settings->remove(group(address));
    m_settings->beginWriteArray(group(address), int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        const OAuth2Registration& r = all.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), r.id);
        m_settings->setValue(QStringLiteral("name"), r.name);
        m_settings->setValue(QStringLiteral("issuer"), r.issuer);
        m_settings->setValue(QStringLiteral("authorizationEndpoint"), r.authorizationEndpoint);
        m_settings->setValue(QStringLiteral("tokenEndpoint"), r.tokenEndpoint);
        m_settings->setValue(QStringLiteral("revocationEndpoint"), r.revocationEndpoint);
        m_settings->setValue(QStringLiteral("scope"), r.scope);
        m_settings->setValue(QStringLiteral("clientId"), r.clientId);
        m_settings->setValue(QStringLiteral("hosts"), r.hosts);
    }
    m_settings->endArray();
    m_settings->sync();
}

QList<OAuth2Registration> OAuth2SignIns::recalled(const QString& address, const QString& host) const
{
    QList<OAuth2Registration> result;
    const int size = m_settings->beginReadArray(group(address));
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        OAuth2Registration r;
        r.id = m_settings->value(QStringLiteral("id")).toString();
        r.name = m_settings->value(QStringLiteral("name")).toString();
        r.issuer = m_settings->value(QStringLiteral("issuer")).toString();
        r.authorizationEndpoint = m_settings->value(QStringLiteral("authorizationEndpoint")).toString();
        r.tokenEndpoint = m_settings->value(QStringLiteral("tokenEndpoint")).toString();
        r.revocationEndpoint = m_settings->value(QStringLiteral("revocationEndpoint")).toString();
        r.scope = m_settings->value(QStringLiteral("scope")).toString();
        r.clientId = m_settings->value(QStringLiteral("clientId")).toString();
        r.hosts = m_settings->value(QStringLiteral("hosts")).toStringList();
        if (host.isEmpty() || r.hosts.contains(host.toLower())) {
            result.append(r);
        }
    }
    m_settings->endArray();
    return result;
}

bool OAuth2SignIns::forget(const QString& address, QString* error)
{
    bool ok = true;
    for (const OAuth2Registration& r : recalled(address)) {
        QString detail;
        if (!PasswordStore::deletePasswordBlocking(refreshTokenKey(address, r), &detail)) {
            ok = false;
            if (error) {
                *error = detail;
            }
        }
    }
    if (ok) {
        m_settings->remove(group(address));
        m_settings->sync();
    }
    return ok;
}

} // namespace Portpilot
