#include "Console.h"

#include <cstdio>
#include <cstdlib>

namespace Portpilot {

void Console::out(const QString& text)
{
    outBytes(text.toUtf8());
}

void Console::outBytes(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void Console::err(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

int Console::finish(int status)
{
    std::fflush(stdout);
    std::fflush(stderr);
#ifndef PORTPILOT_SANITIZE
    std::_Exit(status);
#endif
    return status;
}

} // namespace Portpilot
