// The least a Qt 6 program can do on the way to one answer over HTTPS, timed by
// tests/bench/discovery-timing.sh beside `portpilot discover` (issue 17): what no change inside
// Portpilot can go below while it uses Qt Network.
//
//   bench_https_floor start              QCoreApplication, nothing else
//   bench_https_floor tls                ... and Qt's TLS backend loaded (QSslSocket::supportsSsl)
//   bench_https_floor get URL [CA.pem]   ... and one GET through QNetworkAccessManager, the CA file
//                                        added to the system's roots as `--ca-certificates` does;
//                                        the body goes to stdout
// Exit status: 0 when the step worked (for get: HTTP 200), 1 otherwise, 2 for bad arguments.
#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>

#include <cstdio>

namespace {

int get(const QUrl& url, const QString& caFile)
{
    QNetworkRequest request(url);
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_https_floor: cannot read %s: %s\n", qPrintable(caFile),
                         qPrintable(file.errorString()));
            return 2;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromData(file.readAll(), QSsl::Pem));
        request.setSslConfiguration(tls);
    }
    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(request);
    QObject::connect(reply, &QNetworkReply::finished, qApp, [reply] {
        const QByteArray body = reply->readAll();
        std::fwrite(body.constData(), 1, static_cast<size_t>(body.size()), stdout);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool ok = reply->error() == QNetworkReply::NoError && status == 200;
        if (!ok) {
            std::fprintf(stderr, "bench_https_floor: HTTP %d, %s\n", status, qPrintable(reply->errorString()));
        }
        QCoreApplication::exit(ok ? 0 : 1);
    });
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.value(0) == QLatin1String("start") && args.size() == 1)
        return 0;
    if (args.value(0) == QLatin1String("tls") && args.size() == 1)
        return QSslSocket::supportsSsl() ? 0 : 1;
    if (args.value(0) == QLatin1String("get") && (args.size() == 2 || args.size() == 3))
        return get(QUrl(args.at(1)), args.value(2));
    std::fputs("usage: bench_https_floor start | tls | get URL [CA.pem]\n", stderr);
    return 2;
}
