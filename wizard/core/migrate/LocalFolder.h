#pragma once

#include <QString>
#include <QStringList>

namespace Portpilot {

// One local mail folder found on disk.
struct LocalFolder
{
    enum class Format
    {
        Mbox,
        Maildir
    };

    QStringList names; // the folder and its parents, outermost first: {"Archives", "2024"}
    Format format = Format::Mbox;
    QString path; // the mbox file or the Maildir directory

    QString displayName() const { return names.join(u'/'); }
    bool operator==(const LocalFolder&) const = default;
};

} // namespace Portpilot
