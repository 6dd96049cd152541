#pragma once

#include "MigrationState.h"

#include <QCoreApplication>
#include <QString>

namespace Portpilot {

// What the wizard says about a move of local mail, in plain text (never rich text: folder names
// and the server's words are shown as they are).
class MigrationWords
{
    Q_DECLARE_TR_FUNCTIONS(MigrationWords)

public:
    // "1,234 of 5,678 messages, 56.7 of 345.6 MB, about 3 minutes left"
    static QString progress(const MigrationState& state);
    // The verification's result, then each message that is not on the server with its reason.
    static QString summary(const MigrationReport& report);
    // How to remove the old POP3 account in the programs the mail came from, safely.
    static QString removalAdvice(const QStringList& programs);
    static QString size(qint64 bytes);
};

} // namespace Portpilot
