#include "ExporterRegistry.h"

#include <benchmark/benchmark.h>

using namespace Portpilot;

namespace {

Account sampleAccount()
{
    Account a;
    a.emailAddress = QStringLiteral("anna@example.test");
    a.realName = QStringLiteral("Anna Jónsdóttir");
    ServerSettings in;
    in.protocol = Protocol::Imap;
    in.hostname = QStringLiteral("imap.example.test");
    in.port = 993;
    in.socketType = SocketType::Ssl;
    in.username = a.emailAddress;
    ServerSettings out;
    out.protocol = Protocol::Smtp;
    out.hostname = QStringLiteral("smtp.example.test");
    out.port = 587;
    out.socketType = SocketType::StartTls;
    out.username = a.emailAddress;
    a.incoming = {in};
    a.outgoing = {out};
    return a;
}

// One export in one format: how long the wizard's "Save" takes before the disk write.
void BM_Export(benchmark::State& state, const char* format)
{
    const Exporter* exporter = ExporterRegistry::instance().find(QString::fromLatin1(format));
    const Account account = sampleAccount();
    for (auto _ : state) {
        Exporter::Result result = exporter->exportAccount(account);
        if (!result.ok()) {
            state.SkipWithError("export refused");
            return;
        }
        benchmark::DoNotOptimize(result);
    }
}

} // namespace

BENCHMARK_CAPTURE(BM_Export, autoconfig, "autoconfig");
BENCHMARK_CAPTURE(BM_Export, mobileconfig, "mobileconfig");
BENCHMARK_CAPTURE(BM_Export, mutt, "mutt");
BENCHMARK_CAPTURE(BM_Export, evolution, "evolution");
BENCHMARK_CAPTURE(BM_Export, json, "json");
BENCHMARK_CAPTURE(BM_Export, qr_png, "qr-png");
BENCHMARK_CAPTURE(BM_Export, qr_svg, "qr-svg");

BENCHMARK_MAIN();
