#pragma once

#include <QMetaType>
#include <QString>

namespace Portpilot {

// How one discovery source ended.
enum class SourceStatus
{
    Found,     // it produced servers
    Nothing,   // it ran and found nothing (no file, no record)
    Failed,    // an error: timeout, bad certificate, broken document
    Cancelled, // a better source answered first, or the user cancelled
};

QString sourceStatusName(SourceStatus status);

} // namespace Portpilot

Q_DECLARE_METATYPE(Portpilot::SourceStatus)
