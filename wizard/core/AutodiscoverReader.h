#pragma once

#include "Account.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portpilot {

// Reads a POX Autodiscover response (the XML an Autodiscover service answers to Outlook's POST)
// the way Outlook and Thunderbird read its IMAP, POP3 and SMTP <Protocol> entries, beside
// AutoconfigReader: the domain check reads what Outlook gets, and discovery may one day. The input
// is untrusted: size-limited, DTDs and entities refused, the namespaces checked, every value
// checked; the server's own words (an <Error>'s <Message>) are kept as short plain text.
class AutodiscoverReader
{
    Q_DECLARE_TR_FUNCTIONS(AutodiscoverReader)

public:
    static constexpr qsizetype MaxDocumentSize = 64 * 1024;
    // The longest server text kept (an error's message); a longer one is cut.
    static constexpr qsizetype MaxMessageLength = 300;

    enum class Kind
    {
        Invalid,         // not a POX response Outlook can read: `error` says why
        Settings,        // IMAP or POP3 and SMTP servers: `account`
        ExchangeOnly,    // settings, but only of Exchange's kinds (EXCH, EXPR, WEB, …): `otherProtocols`
        RedirectAddress, // <Action>redirectAddr: ask again for the address `redirect`
        RedirectUrl,     // <Action>redirectUrl: ask again at the https address `redirect`
        Error,           // an <Error> response: `errorCode` and `message`
    };

    struct Result
    {
        Kind kind = Kind::Invalid;
        std::optional<Account> account; // Settings; the user name is %EMAILADDRESS% where <LoginName> is missing
        QStringList otherProtocols;     // the <Type>s that are not IMAP, POP3 or SMTP
        QString redirect;
        QString errorCode; // the server's <ErrorCode> and <Message>, plain text, bounded
        QString message;
        QString error; // why the document is Invalid
        qint64 line = 0;
        qint64 column = 0;

        bool ok() const { return kind != Kind::Invalid; }
        // "line 3, column 7: message" or just the message.
        QString errorWithLocation() const;
    };

    static Result read(const QByteArray& document);
    // What Outlook POSTs (Content-Type text/xml) to ask for the settings of `address`.
    static QByteArray request(const QString& address);

private:
    class Parser;
};

} // namespace Portpilot
