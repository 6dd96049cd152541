#include "FuzzTargets.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// libFuzzer entry point shared by every fuzz_<name> executable; PORTPILOT_FUZZ_TARGET picks the target.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const Portpilot::FuzzTarget* target = [] {
        const auto* found = Portpilot::FuzzTargets::find(QStringLiteral(PORTPILOT_FUZZ_TARGET));
        if (!found) {
            std::fprintf(stderr, "no fuzz target named %s\n", PORTPILOT_FUZZ_TARGET);
            std::abort();
        }
        return found;
    }();
    // A copy, as the network and file readers hand the parsers an owned QByteArray.
    const QString failure = target->run(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "fuzz_%s: %s\n", target->name, failure.toUtf8().constData());
        std::abort();
    }
    return 0;
}
