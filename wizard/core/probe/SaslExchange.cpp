#include "SaslExchange.h"

#include "SaslClient.h"

#include <algorithm>

namespace Portpilot {

namespace {

struct Mechanism
{
    const char* name;
    AuthMethod method;
    int responses;    // client responses that carry the credential
    bool clientFirst; // the first response may go with the command
};

// Best first within a method. OAUTHBEARER is the standard (RFC 7628) and what the autoconfig draft
// prefers; XOAUTH2 is its older twin, the only one Microsoft accepts. Both send the token in the
// first response; on a refusal the server first sends an error challenge (see answer()).
constexpr Mechanism Mechanisms[] = {
    {"OAUTHBEARER", AuthMethod::OAuth2, 1, true},          {"XOAUTH2", AuthMethod::OAuth2, 1, true},
    {"CRAM-MD5", AuthMethod::PasswordEncrypted, 1, false}, {"PLAIN", AuthMethod::PasswordCleartext, 1, true},
    {"LOGIN", AuthMethod::PasswordCleartext, 2, false},
};

const Mechanism* find(const QByteArray& name)
{
    const auto it = std::find_if(std::begin(Mechanisms), std::end(Mechanisms),
                                 [&name](const Mechanism& m) { return name == m.name; });
    return it == std::end(Mechanisms) ? nullptr : it;
}

} // namespace

QList<QByteArray> SaslExchange::mechanismsFor(AuthMethod method)
{
    QList<QByteArray> names;
    for (const Mechanism& m : Mechanisms) {
        if (m.method == method) {
            names.append(m.name);
        }
    }
    return names;
}

QByteArray SaslExchange::choose(AuthMethod method, const QList<QByteArray>& offered)
{
    for (const QByteArray& name : mechanismsFor(method)) {
        if (offered.contains(name)) {
            return name;
        }
    }
    return {};
}

SaslExchange::SaslExchange(const QByteArray& mechanism, const QString& username, const QString& secret,
                           const QString& host, quint16 port)
    : m_mechanism(mechanism)
    , m_username(username)
    , m_secret(secret)
    , m_host(host)
    , m_port(port)
{}

bool SaslExchange::usesToken() const
{
    const Mechanism* m = find(m_mechanism);
    return m && m->method == AuthMethod::OAuth2;
}

std::optional<QByteArray> SaslExchange::initialResponse()
{
    const Mechanism* m = find(m_mechanism);
    if (!m || !m->clientFirst || m_sent > 0) {
        return std::nullopt;
    }
    return response(m_sent++, {});
}

SaslExchange::Step SaslExchange::answer(const QByteArray& challengeBase64)
{
    if (m_cancelled) {
        return {Step::Kind::Abort, {}};
    }
    const Mechanism* m = find(m_mechanism);
    if (m && m_sent >= m->responses && usesToken() && !m_errorAcknowledged) {
        // RFC 7628 §3.2.3: after the token, a challenge is the server's error (JSON). The client
        // answers with a dummy (^A for OAUTHBEARER, an empty response for XOAUTH2, as Google and
        // Microsoft document it) and the server then sends its final refusal. Only once.
        m_errorAcknowledged = true;
        m_tokenError = OAuthErrorChallenge::parse(challengeBase64);
        return {Step::Kind::AcknowledgeError, m_mechanism == "OAUTHBEARER" ? QByteArray("\x01").toBase64() : ""};
    }
    if (!m || m_sent >= m->responses) {
        // Every continuation beyond what the mechanism needs is answered by one cancel, then refused.
        m_cancelled = true;
        return {Step::Kind::Cancel, "*"};
    }
    return {Step::Kind::Respond, response(m_sent++, challengeBase64)};
}

bool SaslExchange::isComplete() const
{
    const Mechanism* m = find(m_mechanism);
    return m && m_sent >= m->responses;
}

QByteArray SaslExchange::response(int index, const QByteArray& challenge) const
{
    if (m_mechanism == "PLAIN") {
        return SaslClient::plain(m_username, m_secret);
    }
    if (m_mechanism == "CRAM-MD5") {
        return SaslClient::cramMd5(m_username, m_secret, challenge);
    }
    if (m_mechanism == "XOAUTH2") {
        return SaslClient::xoauth2(m_username, m_secret);
    }
    if (m_mechanism == "OAUTHBEARER") {
        return SaslClient::oauthBearer(m_username, m_host, m_port, m_secret);
    }
    // LOGIN: the username answers the first challenge, the password the second; the prompts vary
    // between servers, so the order decides, not their text.
    return SaslClient::login(index == 0 ? m_username : m_secret);
}

} // namespace Portpilot
