#pragma once

#include "ProbeResult.h"

#include <array>
#include <optional>

namespace Portpilot {

// The four rows a person sees while one server is tested (connect, secure, capabilities, log in),
// each with its state. The rows follow the prober's steps; logging out belongs to "log in".
struct TestChecklist
{
    enum class Row
    {
        Connect,
        Secure,
        Capabilities,
        Login,
    };
    static constexpr int RowCount = 4;

    enum class State
    {
        Waiting,
        Running,
        Done,
        Failed,
        NotUsed, // a step that did not apply, such as TLS on an unencrypted connection
    };

    std::array<State, RowCount> rows{};

    State state(Row row) const { return rows.at(std::size_t(row)); }
    void reset() { rows.fill(State::Waiting); }
    void stepStarted(ProbeStep step);
    void stepFinished(ProbeStep step, bool ok);
    // A row still running ends with the server's result; rows never reached are "not used"
    // when the server passed (they cannot have been needed) and stay waiting otherwise.
    void serverFinished(bool passed);

    // The row a step belongs to; nullopt for logging out.
    static std::optional<Row> rowOf(ProbeStep step);

    friend bool operator==(const TestChecklist&, const TestChecklist&) = default;
};

} // namespace Portpilot
