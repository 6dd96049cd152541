#pragma once

#include "LocalMessage.h"
#include "ReadProblem.h"

#include <optional>

namespace Portpilot {

// Hands out the messages of one local folder, one at a time, so that memory stays bounded by the
// largest message kept (never the folder). Readers only read: nothing is written to the store.
class FolderReader
{
public:
    // Messages above this are counted but not kept: it bounds memory, and servers refuse far
    // smaller ones (Gmail takes 35 MB).
    static constexpr qint64 DefaultMaxMessageSize = qint64(128) * 1024 * 1024;

    virtual ~FolderReader() = default;
    // The next message, nullopt at the end or when the folder cannot be read further (problem()).
    // A message that cannot be read on its own comes back with its problem set and no content.
    virtual std::optional<LocalMessage> next() = 0;
    // Set when reading stopped early or never started (not an mbox file, cannot be opened).
    virtual ReadProblem problem() const = 0;
};

} // namespace Portpilot
