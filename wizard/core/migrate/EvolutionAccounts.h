#pragma once

#include "FoundAccount.h"

#include <QList>

namespace Portpilot {

// Evolution's mail accounts, read from its registry's key files (~/.config/evolution/sources/
// *.source: the account, its identity and its transport). A POP3 account's mail is in Evolution's
// local store "On This Computer" (~/.local/share/evolution/mail/local, a Maildir). Only read.
class EvolutionAccounts
{
public:
    static QList<FoundAccount> accounts(const QString& home);
};

} // namespace Portpilot
