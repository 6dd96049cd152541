#include "IspdbSource.h"

namespace Portpilot {

IspdbSource::IspdbSource(QNetworkAccessManager* network, QObject* parent)
    : AutoconfigSource(ConfigSource::Ispdb, network, parent)
{}

QUrl IspdbSource::urlFor(const QUrl& base, const QString& domainAce)
{
    if (!base.isValid() || base.host().isEmpty() || domainAce.isEmpty()) {
        return {};
    }
    QString text = base.toString(QUrl::FullyEncoded);
    // QUrl keeps the braces percent-encoded.
    const QString placeholder = QStringLiteral("%7B%7Bdomain%7D%7D");
    if (text.contains(placeholder, Qt::CaseInsensitive)) {
        text.replace(placeholder, domainAce, Qt::CaseInsensitive);
    } else {
        if (!text.endsWith(u'/')) {
            text += u'/';
        }
        text += domainAce;
    }
    return QUrl(text);
}

void IspdbSource::run(const EmailAddress& address, const DiscoveryOptions& options)
{
    const QUrl url = urlFor(options.ispdbUrl, address.domainAce());
    if (url.isEmpty() ||
        (url.scheme() != QLatin1String("https") && !(options.allowHttp && url.scheme() == QLatin1String("http")))) {
        finish(SourceStatus::Failed, {},
               tr("the ISP database address “%1” is not an https:// address").arg(options.ispdbUrl.toDisplayString()));
        return;
    }
    fetch({url}, address, options);
}

} // namespace Portpilot
