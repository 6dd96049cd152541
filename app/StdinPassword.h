#pragma once

#include <QString>

#include <optional>

namespace Portpilot {

// The password of --password-stdin: the first line of standard input, without its line end.
class StdinPassword
{
public:
    // Longest line taken, in bytes (without the line end).
    static constexpr qint64 MaxBytes = 4096;

    // Nothing when standard input is empty, the line is empty or longer than MaxBytes.
    static std::optional<QString> read();
};

} // namespace Portpilot
