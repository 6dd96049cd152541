#include "StdinPassword.h"

#include <QFile>

#include <cstdio>

namespace Portpilot {

std::optional<QString> StdinPassword::read()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    // Room for the longest line, "\r\n" and one byte more, so that a longer line is refused, not cut.
    QByteArray line = in.readLine(MaxBytes + 3);
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    if (line.isEmpty() || line.size() > MaxBytes) {
        return std::nullopt;
    }
    return QString::fromUtf8(line);
}

} // namespace Portpilot
