#pragma once

#include "ProviderInfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Portpilot {

// Checks a clientConfig document against the format (config-v1.1 and the draft's 1.2) beyond what
// AutoconfigReader needs to read it: the draft's RELAX NG grammar (AutoconfigGrammar), then what
// the permissive grammar leaves open: required elements, values, unknown elements, placeholders,
// the version against the features used, and the <oAuth2> block. Pure and network-free; the
// document is hostile (DTDs refused, size, texts and issues bounded). docs/check.md lists the
// findings it feeds.
class ClientConfigValidator
{
    Q_DECLARE_TR_FUNCTIONS(ClientConfigValidator)

public:
    // The ending of the finding each issue belongs to ("autoconfig." + name()).
    enum class Kind
    {
        Schema,         // against the draft's grammar, or a required element or value of ours
        UnknownElement, // an element the format does not define (clients ignore it)
        Placeholder,    // an unknown or misspelled %PLACEHOLDER%: clients put it in literally
        Version,        // 1.2 features in a document that says 1.1: 1.1 clients ignore them
        OAuth2,         // the <oAuth2> block lacks a part, or a part is not https
    };

    struct Issue
    {
        Kind kind = Kind::Schema;
        QString text; // for people, with the element it is about
        qint64 line = 0;

        friend bool operator==(const Issue&, const Issue&) = default;
    };

    // At most this many issues are kept: a hostile document cannot grow the report.
    static constexpr qsizetype MaxIssues = 50;

    // The issues of `document`: the draft's grammar first (AutoconfigGrammar), then the rules it
    // cannot express. None for a document that is not well-formed XML with a <clientConfig> root,
    // has a DTD or is larger than AutoconfigReader::MaxDocumentSize (AutoconfigReader reports that).
    static QList<Issue> validate(const QByteArray& document);
    static QString kindName(Kind kind);

    // Where the issuer of an <oAuth2> block publishes its RFC 8414 metadata, and the OpenID
    // Connect address tried next; empty when the issuer is neither a host name nor an https URL.
    static QUrl issuerMetadataUrl(const QString& issuer);
    static QUrl issuerOpenIdUrl(const QString& issuer);
    // What the issuer's metadata contradicts in the block: one sentence per mismatch, none when
    // the issuer, authorization and token endpoints all agree.
    static QStringList compareWithIssuer(const OAuth2Settings& block, const QJsonObject& metadata);
};

} // namespace Portpilot
