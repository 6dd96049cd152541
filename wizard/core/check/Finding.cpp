#include "Finding.h"

using namespace Qt::StringLiterals;

namespace Portpilot {

QString Finding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Note:
        return u"note"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        return u"error"_s;
    }
    return {};
}

QString Finding::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Note:
        return tr("note");
    case Severity::Warning:
        return tr("warning");
    case Severity::Error:
        return tr("error");
    }
    return {};
}

std::optional<Severity> Finding::worst(const QList<Finding>& findings, const QString& area)
{
    std::optional<Severity> worst;
    for (const Finding& finding : findings) {
        if ((area.isEmpty() || finding.area() == area) && (!worst || finding.severity > *worst)) {
            worst = finding.severity;
        }
    }
    return worst;
}

QJsonObject Finding::toJson() const
{
    return QJsonObject{{u"id"_s, id},         {u"severity"_s, severityName(severity)},
                       {u"area"_s, area()},   {u"subject"_s, subject},
                       {u"effect"_s, effect}, {u"fix"_s, fix}};
}

} // namespace Portpilot
