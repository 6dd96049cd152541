#pragma once

#include <QMetaType>

#include <array>
#include <cstddef>

namespace Portpilot {

// The two halves of an account: the server mail comes in from (IMAP or POP3) and the one it
// goes out through (SMTP). Every per-side value in the setup is indexed by this one name.
enum class Side
{
    Incoming,
    Outgoing,
};

inline constexpr std::array<Side, 2> bothSides{Side::Incoming, Side::Outgoing};

constexpr std::size_t indexOf(Side side)
{
    return side == Side::Incoming ? 0 : 1;
}

} // namespace Portpilot

Q_DECLARE_METATYPE(Portpilot::Side)
