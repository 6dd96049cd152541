#pragma once

#include "Account.h"
#include "EmailAddress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace Portpilot {

// One export format: turns a resolved Account (its preferred incoming and outgoing server)
// into the file(s) a mail client loads. Subclasses only write; the checks every format
// shares (address, host names, line breaks, usernames) happen in exportAccount().
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    struct Options
    {
        // Passwords are left out unless the user asks; formats that can run a command
        // fetch them from the keychain entry Portpilot stored instead.
        bool includePassword = false;
        QString incomingPassword;
        QString outgoingPassword;
    };

    struct File
    {
        QString name; // file name (no folder); the default file name for one-file formats
        QByteArray data;
    };

    struct Result
    {
        QList<File> files;
        QString error;     // set when the export was refused; files is empty then
        QStringList notes; // what the client will do where the format cannot say it
        bool holdsSecret = false;
        bool privateFile = false; // write with mode 0600 (a secret inside, or the client insists)
        bool ok() const { return error.isEmpty(); }
    };

    // What a format writes from; the servers are copies with the user name filled in.
    struct Context
    {
        Account account;
        EmailAddress address;
        ServerSettings incoming;
        ServerSettings outgoing;
        Options options;
        QString incomingKey; // keychain keys (PasswordStore::keyFor)
        QString outgoingKey;
    };

    // The fields a refusal can name.
    enum class Field
    {
        DisplayName,
        EmailAddress,
        IncomingUsername,
        OutgoingUsername,
        IncomingHostname,
        OutgoingHostname,
        Password,
        ProviderName,
    };

    virtual ~Exporter() = default;

    // The name used on the command line, e.g. "msmtp".
    virtual QString name() const = 0;
    // One line for `portpilot export --list-formats`.
    virtual QString description() const = 0;
    virtual QString defaultFileName(const Account& account) const = 0;
    virtual QString mimeType() const = 0;
    // True for formats made of several files; they are written into a folder.
    virtual bool isMultiFile() const { return false; }

    // Exports `account`, which must already be resolved (placeholders filled).
    Result exportAccount(const Account& account) const;
    Result exportAccount(const Account& account, const Options& options) const;

    // A field's name as messages show it.
    static QString fieldLabel(Field field);

protected:
    virtual void write(const Context& context, Result& result) const = 0;
    // False for formats that can store any text (JSON); the others refuse control characters.
    virtual bool carriesLineBreaks() const { return false; }
    // Formats the client insists on keeping private (aerc, fetchmail).
    virtual bool alwaysPrivate() const { return false; }
    // Formats with no SMTP part (fetchmail) still need an incoming server only.
    virtual bool needsOutgoing() const { return true; }
    // Why the client cannot sign in with OAuth2, in plain words, for formats that know; the refusal
    // of an OAuth2 server then says this instead of the generic sentence of refuseAuth().
    virtual QString whyNoOAuth2() const { return {}; }

    // Sets result.error to "The NAME format cannot carry the FIELD “VALUE”: REASON."
    void refuse(Result& result, Field field, const QString& value, const QString& reason) const;
    // Sets result.error for a server setting the format has no way to express.
    void refuseSetting(Result& result, const ServerSettings& server, const QString& what) const;
    // The single file of a one-file format.
    void addFile(Result& result, const Context& context, const QByteArray& data) const;
    // A short name made of ASCII letters, digits and -._@+ for file, section and account names.
    static QString tokenFor(const QString& text);
    // One client's word (or number) for an authentication method, e.g. {PasswordCleartext, "PLAIN"}.
    struct AuthWord
    {
        AuthMethod method;
        const char* word;
    };
    struct AuthNumber
    {
        AuthMethod method;
        int number;
    };
    // The word the client uses for the server's authentication. A method missing from `words` is
    // one the client cannot use: the export is refused and the result is nullopt.
    std::optional<QString> authWord(Result& result, const ServerSettings& server,
                                    std::initializer_list<AuthWord> words) const;
    std::optional<int> authNumber(Result& result, const ServerSettings& server,
                                  std::initializer_list<AuthNumber> numbers) const;
    // The one SASL mechanism (lower case, as msmtp and aerc spell it) for a client that names a single
    // one for an OAuth2 server: "xoauth2" for Microsoft's servers, the only one they accept,
    // "oauthbearer" (RFC 7628, the standard) elsewhere.
    static const char* oauth2Mechanism(const Context& context, const ServerSettings& server);
    // Authentication as a human reads it in messages ("password-encrypted").
    static QString authLabel(AuthMethod method) { return authMethodName(method); }
    void refuseAuth(Result& result, const ServerSettings& server) const;
    static bool hasControlCharacter(const QString& text);
};

} // namespace Portpilot
