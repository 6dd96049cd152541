#pragma once

#include "FuzzTarget.h"

#include <QList>

namespace Portpilot {

// Every fuzzed entry point. The libFuzzer executables (fuzz_<name>) and the regression test
// (TestFuzzRegressions, part of `make test`) run the same functions, so an input that once
// crashed keeps being replayed without libFuzzer.
class FuzzTargets
{
public:
    static const QList<FuzzTarget>& all();
    // nullptr when there is no target of that name.
    static const FuzzTarget* find(const QString& name);
};

} // namespace Portpilot
