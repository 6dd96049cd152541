#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace Portpilot {

// Thunderbird's prefs.js: lines `user_pref("name", value);` where value is a JavaScript string, a
// number or true/false. Only those lines are read (comments and anything else are passed over); a
// file written by Thunderbird has nothing else. Written line by line by the Thunderbird install,
// which keeps every other line as it is.
class PrefsJs
{
public:
    static constexpr qint64 MaxFileSize = 32 * 1024 * 1024;

    // One pref line: its name, value and where it is in the text (`end` before the line break).
    struct Line
    {
        QString name;
        QVariant value;
        qsizetype begin = 0;
        qsizetype end = 0;
    };

    // The pref lines in the order of the file.
    static QList<Line> lines(QByteArrayView text);
    // `user_pref("name", value);` for a QString, qint64 or bool value.
    static QByteArray line(const QString& name, const QVariant& value);
    // A JavaScript string literal; every non-ASCII or control character as \uXXXX so it is plain ASCII.
    static QString quoted(const QString& text);

    // name -> QString, qint64 or bool; the last line for a name wins, as in Thunderbird.
    static QHash<QString, QVariant> parse(QByteArrayView text);
    // nullopt (with `error`) when the file cannot be read or is larger than MaxFileSize.
    static std::optional<QHash<QString, QVariant>> read(const QString& path, QString* error = nullptr);
};

} // namespace Portpilot
