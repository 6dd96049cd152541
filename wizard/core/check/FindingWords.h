#pragma once

#include "Finding.h"

#include <QCoreApplication>
#include <QStringList>

namespace Portpilot {

// The words of each finding id: its severity, what mail programs do because of it and how to
// fix it. DomainCheck decides which findings there are; this class only says them.
class FindingWords
{
    Q_DECLARE_TR_FUNCTIONS(FindingWords)

public:
    // A finding for `id` about `subject`; `detail` (the server's answer, the error) goes into the
    // effect. An unknown id is a programming error: it gets severity Error and the id as its text.
    static Finding make(const QString& id, const QString& subject, const QString& detail = QString());
    // Every id DomainCheck can report, in the order docs/check.md lists them.
    static QStringList ids();
    static Severity severityOf(const QString& id);
};

} // namespace Portpilot
