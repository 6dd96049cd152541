#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QVariant>

#include <optional>

namespace Portpilot {

// Thunderbird's prefs.js: lines `user_pref("name", value);` where value is a JavaScript string, a
// number or true/false. Only those lines are read (comments and anything else are passed over); a
// file written by Thunderbird has nothing else. Never written.
class PrefsJs
{
public:
    static constexpr qint64 MaxFileSize = 32 * 1024 * 1024;

    // name -> QString, qint64 or bool; the last line for a name wins, as in Thunderbird.
    static QHash<QString, QVariant> parse(QByteArrayView text);
    // nullopt (with `error`) when the file cannot be read or is larger than MaxFileSize.
    static std::optional<QHash<QString, QVariant>> read(const QString& path, QString* error = nullptr);
};

} // namespace Portpilot
