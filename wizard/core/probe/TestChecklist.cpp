#include "TestChecklist.h"

namespace Portpilot {

std::optional<TestChecklist::Row> TestChecklist::rowOf(ProbeStep step)
{
    switch (step) {
    case ProbeStep::Connect:
        return Row::Connect;
    case ProbeStep::Tls:
        return Row::Secure;
    case ProbeStep::Capabilities:
        return Row::Capabilities;
    case ProbeStep::Login:
        return Row::Login;
    case ProbeStep::Logout:
        break; // the "log in" row is done by then
    }
    return std::nullopt;
}

void TestChecklist::stepStarted(ProbeStep step)
{
    if (const auto row = rowOf(step)) {
        rows.at(std::size_t(*row)) = State::Running;
    }
}

void TestChecklist::stepFinished(ProbeStep step, bool ok)
{
    if (const auto row = rowOf(step)) {
        rows.at(std::size_t(*row)) = ok ? State::Done : State::Failed;
    }
}

void TestChecklist::serverFinished(bool passed)
{
    for (State& state : rows) {
        if (state == State::Running) {
            state = passed ? State::Done : State::Failed;
        } else if (state == State::Waiting && passed) {
            state = State::NotUsed;
        }
    }
}

} // namespace Portpilot
