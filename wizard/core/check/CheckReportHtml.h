#pragma once

#include "ClientOutcome.h"
#include "DomainCheck.h"
#include "Finding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Portpilot {

// The report of `portpilot check DOMAIN --format html` (docs/check.md): one self-contained page a
// domain owner can open or send to their host's support. XHTML syntax (well-formed XML, so
// `xmllint --noout` reads it), inline CSS only, no scripts, no images, no links, and a
// Content-Security-Policy that forbids loading anything. Every text that came from the network,
// a file or the user (domain, subjects, effects, fixes, summaries) is HTML-escaped.
class CheckReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(CheckReportHtml)

public:
    // The page for a finished check, made at `checkedAt`, in `language` (a BCP 47 tag such as
    // "is"; anything else than letters, digits and '-' becomes "en").
    static QByteArray write(const DomainCheck& check, const QDateTime& checkedAt, const QString& language);
    // The same from the parts of a check: the areas in order, the findings sorted as DomainCheck's,
    // what each mail program gets (none: that table is left out).
    static QByteArray write(const QString& domain, const QList<DomainCheck::Area>& areas,
                            const QList<Finding>& findings, const QDateTime& checkedAt, const QString& language,
                            const QList<ClientOutcome>& clients = {});
};

} // namespace Portpilot
