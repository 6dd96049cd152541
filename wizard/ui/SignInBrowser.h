#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Portpilot {

// The person's browser, where an OAuth2 sign-in happens. The Test page (an account's sign-in) and
// the Check page (a sign-in for one check) open it the same way and say the same when they cannot.
class SignInBrowser
{
    Q_DECLARE_TR_FUNCTIONS(SignInBrowser)

public:
    // Asks the desktop to open the sign-in page; false when no browser could be started.
    static bool open(const QUrl& url);
    // What a page shows when open() failed: the address to open by hand, in the current language.
    static QString notOpenedText(const QUrl& url);
};

} // namespace Portpilot
