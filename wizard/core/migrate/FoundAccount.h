#pragma once

#include "Account.h"

#include <QString>
#include <QStringList>

namespace Portpilot {

// A mail account another program on this computer has set up, and where its local mail is.
struct FoundAccount
{
    QString program;             // "Thunderbird", "Evolution"
    QString profile;             // the profile folder or settings file it was read from
    QString name;                // the account's name in that program
    Account account;             // address and servers (source: Imported); no password, ever
    QStringList mailDirectories; // local mail of this account (mbox directories or Maildirs)
};

} // namespace Portpilot
