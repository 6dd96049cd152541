#include "AutoconfigReader.h"
#include "AutoconfigWriter.h"

#include <QDir>
#include <QFile>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace Portpilot;

namespace {

// The 163 ISPDB files, loaded once into memory so that only parsing is timed.
const QList<QByteArray>& corpus()
{
    static const QList<QByteArray> files = [] {
        QList<QByteArray> out;
        const QDir dir(QStringLiteral(PORTPILOT_SHARED_DIR "/corpus/ispdb"));
        for (const QString& name : dir.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly)) {
                out.append(f.readAll());
            }
        }
        return out;
    }();
    return files;
}

void BM_ParseWholeCorpus(benchmark::State& state)
{
    const auto& files = corpus();
    if (files.isEmpty()) {
        state.SkipWithError("the ISPDB corpus (../shared/corpus/ispdb) is not present");
        return;
    }
    for (auto _ : state) {
        for (const QByteArray& file : files) {
            auto result = AutoconfigReader::read(file);
            benchmark::DoNotOptimize(result);
        }
    }
    state.counters["files"] = static_cast<double>(files.size());
    state.SetItemsProcessed(state.iterations() * files.size());
}
BENCHMARK(BM_ParseWholeCorpus)->Unit(benchmark::kMillisecond);

void BM_WriteWholeCorpus(benchmark::State& state)
{
    QList<Account> accounts;
    for (const QByteArray& file : corpus()) {
        if (auto r = AutoconfigReader::read(file); r.ok()) {
            accounts.append(*r.account);
        }
    }
    if (accounts.isEmpty()) {
        state.SkipWithError("the ISPDB corpus (../shared/corpus/ispdb) is not present");
        return;
    }
    for (auto _ : state) {
        for (const Account& account : accounts) {
            benchmark::DoNotOptimize(AutoconfigWriter::write(account));
        }
    }
}
BENCHMARK(BM_WriteWholeCorpus)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
