#pragma once

#include <QString>
#include <QUrl>

namespace Portpilot {

// Opens a URL in the person's browser without QtGui (the command line never loads it, issue 17),
// the way QDesktopServices does on Linux: each command of $BROWSER in turn (":"-separated, "%s"
// replaced by the URL, otherwise the URL appended), else xdg-open. The browser runs detached.
class BrowserLauncher
{
public:
    // True when a browser was started; *how names it ("$BROWSER" or "xdg-open").
    static bool open(const QUrl& url, QString* how = nullptr);
};

} // namespace Portpilot
