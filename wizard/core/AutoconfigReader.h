#pragma once

#include "Account.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Portpilot {

// Reads Mozilla's autoconfig format (clientConfig 1.1) into an Account.
// The input is untrusted: it is size-limited, DTDs are refused (so no entity expansion),
// and every value is checked. Unknown elements are ignored, as the format requires. A document
// without a usable incoming and a usable outgoing server is refused: it sets up nothing on one side.
class AutoconfigReader
{
    Q_DECLARE_TR_FUNCTIONS(AutoconfigReader)

public:
    static constexpr qsizetype MaxDocumentSize = 512 * 1024;

    struct Result
    {
        std::optional<Account> account;
        QString error;   // set when account is empty
        qint64 line = 0; // where the error was found, 0 when not tied to a place
        qint64 column = 0;
        QStringList warnings; // things skipped on purpose (unsupported server types, ...)

        bool ok() const { return account.has_value(); }
        // "line 3, column 7: message" or just the message.
        QString errorWithLocation() const;
    };

    static Result read(const QByteArray& document);
    // Reads a file, refusing one larger than MaxDocumentSize before loading it.
    static Result readFile(const QString& path);

private:
    class Parser;
};

} // namespace Portpilot
