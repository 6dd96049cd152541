#include "SignInBrowser.h"

#include <QDesktopServices>

namespace Portpilot {

bool SignInBrowser::open(const QUrl& url)
{
    return QDesktopServices::openUrl(url);
}

QString SignInBrowser::notOpenedText(const QUrl& url)
{
    //: %1 is the address of the sign-in page
    return tr("Portpilot could not open your browser. Open this address in a browser on this computer to sign in:\n%1")
        .arg(url.toString(QUrl::FullyEncoded));
}

} // namespace Portpilot
