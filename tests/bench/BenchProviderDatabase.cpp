#include "Hostname.h"
#include "ProviderDatabase.h"

#include <benchmark/benchmark.h>

using namespace Portpilot;

namespace {

// Reading the bundled database: what the first discovery of a process pays once.
void BM_ParseBundledDatabase(benchmark::State& state)
{
    QString error;
    const QByteArray document = ProviderDatabase::bundledDocument(&error);
    if (document.isEmpty()) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    for (auto _ : state) {
        auto db = ProviderDatabase::parse(document);
        benchmark::DoNotOptimize(db);
    }
    state.counters["providers"] = static_cast<double>(ProviderDatabase::bundled().entries().size());
    state.SetBytesProcessed(state.iterations() * document.size());
}
BENCHMARK(BM_ParseBundledDatabase)->Unit(benchmark::kMillisecond);

// Every known domain plus as many unknown ones (the common case for a small provider).
QStringList lookupDomains()
{
    QStringList domains;
    for (const ProviderEntry& entry : ProviderDatabase::bundled().entries()) {
        for (const QString& domain : entry.domains) {
            domains << domain << QStringLiteral("unknown-") + domain;
        }
    }
    return domains;
}

void BM_FindByDomain(benchmark::State& state)
{
    const ProviderDatabase& db = ProviderDatabase::bundled();
    const QStringList domains = lookupDomains();
    if (domains.isEmpty()) {
        state.SkipWithError("the bundled provider database is empty");
        return;
    }
    for (auto _ : state) {
        for (const QString& domain : domains) {
            benchmark::DoNotOptimize(db.findByDomain(domain));
        }
    }
    state.SetItemsProcessed(state.iterations() * domains.size());
}
BENCHMARK(BM_FindByDomain)->Unit(benchmark::kMicrosecond);

void BM_FindByMxHost(benchmark::State& state)
{
    const ProviderDatabase& db = ProviderDatabase::bundled();
    QStringList hosts;
    for (const ProviderEntry& entry : db.entries()) {
        for (const QString& suffix : entry.mxSuffixes) {
            hosts << QStringLiteral("mx1.") + suffix << QStringLiteral("mx.unknown-") + suffix;
        }
    }
    if (hosts.isEmpty()) {
        state.SkipWithError("the bundled provider database has no MX suffixes");
        return;
    }
    for (auto _ : state) {
        for (const QString& host : hosts) {
            benchmark::DoNotOptimize(db.findByMxHost(host));
        }
    }
    state.SetItemsProcessed(state.iterations() * hosts.size());
}
BENCHMARK(BM_FindByMxHost)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
