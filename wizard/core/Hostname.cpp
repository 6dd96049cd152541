#include "Hostname.h"

#include <QRegularExpression>
#include <QUrl>

namespace Portpilot {

namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("%[A-Z]+%"));
    return re;
}

bool isValidAceLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63) {
        return false;
    }
    if (label.front() == u'-' || label.back() == u'-') {
        return false;
    }
    for (QChar c : label) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-';
        if (!ok) {
            return false;
        }
    }
    return true;
}

// True for a name of ordinary labels only (letters, digits, inner hyphens; no "xn--", no "--" at
// the third place, no empty label): lower-cased, such a name is its own ACE form under every IDNA
// rule, so QUrl's IDNA processing (a third of reading the bundled provider list) can be skipped.
// fuzz_hostname checks this path against QUrl::toAce.
bool isOrdinaryAsciiName(const QString& host)
{
    if (host.isEmpty() || host.size() > 253) {
        return false;
    }
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= host.size(); ++i) {
        if (i < host.size() && host.at(i) != u'.') {
            const char16_t u = host.at(i).unicode();
            if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-')) {
                return false;
            }
            continue;
        }
        const QStringView label = QStringView(host).mid(labelStart, i - labelStart);
        if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-' ||
            (label.size() >= 4 && label.at(2) == u'-' && label.at(3) == u'-')) {
            return false;
        }
        labelStart = i + 1;
    }
    return true;
}

} // namespace

bool Hostname::isValid(const QString& host, bool allowPlaceholders)
{
    QString candidate = host;
    if (allowPlaceholders && candidate.contains(u'%')) {
        candidate.replace(placeholderPattern(), QStringLiteral("x"));
    }
    if (candidate.endsWith(u'.')) {
        candidate.chop(1); // an absolute name is still a name
    }
    if (candidate.isEmpty()) {
        return false;
    }
    const QString ace = toAce(candidate);
    if (ace.isEmpty() || ace.size() > 253) {
        return false;
    }
    const auto labels = QStringView(ace).split(u'.');
    for (QStringView label : labels) {
        if (!isValidAceLabel(label)) {
            return false;
        }
    }
    // An A-label must be the canonical encoding of its Unicode form (RFC 5891 5.4): otherwise the
    // name shown to people ("xn---ziznv" shows as "祒穟") leads to another host ("xn--ziznv"). Found by fuzz_hostname.
    if (ace.contains(QLatin1String("xn--")) && toAce(QUrl::fromAce(ace.toLatin1(), QUrl::IgnoreIDNWhitelist)) != ace) {
        return false;
    }
    return true;
}

QString Hostname::toAce(const QString& host)
{
    if (isOrdinaryAsciiName(host)) {
        return host.toLower();
    }
    for (QChar c : host) {
        // QUrl::toAce is lenient with some of these; no host name contains them.
        if (c.isSpace() || c.category() == QChar::Other_Control ||
            QStringLiteral("/\\@:?#[]%\"'<>`{}|^,;=!$&()*+~").contains(c)) {
            return {};
        }
    }
    const QByteArray ace = QUrl::toAce(host);
    if (ace.isEmpty()) {
        return {};
    }
    return QString::fromLatin1(ace).toLower();
}

QString Hostname::toDisplay(const QString& host)
{
    const QString ace = toAce(host);
    if (ace.isEmpty()) {
        return host;
    }
    if (!ace.contains(QLatin1String("xn--"))) {
        return ace; // nothing to decode
    }
    // Qt only decodes whitelisted TLDs by default; we want every IDN readable (approval screens show both forms).
    return QUrl::fromAce(ace.toLatin1(), QUrl::IgnoreIDNWhitelist);
}

bool Hostname::isWithin(const QString& host, const QString& domain)
{
    const QString h = toAce(host);
    const QString d = toAce(domain);
    if (h.isEmpty() || d.isEmpty()) {
        return false;
    }
    return h == d || h.endsWith(QLatin1Char('.') + d);
}

} // namespace Portpilot
