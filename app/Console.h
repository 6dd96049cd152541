#pragma once

#include <QString>

namespace Portpilot {

// Writes UTF-8 text to stdout and stderr without Qt's logging decorations.
class Console
{
public:
    static void out(const QString& text);
    static void outBytes(const QByteArray& bytes);
    static void err(const QString& text);
};

} // namespace Portpilot
