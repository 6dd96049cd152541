#pragma once

#include <QCoreApplication>
#include <QString>

namespace Portpilot {

// The help the wizard shows: one text per page, the reference of standard ports and the
// questions people ask. Rich text (HTML) for a QTextBrowser.
class HelpTexts
{
    Q_DECLARE_TR_FUNCTIONS(HelpTexts)

public:
    // Help for a page (its id is its SetupController::Step), empty for an unknown id.
    static QString forPage(int pageId);
    static QString standardPorts();
    static QString questions();
};

} // namespace Portpilot
