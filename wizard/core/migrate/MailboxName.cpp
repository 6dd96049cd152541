#include "MailboxName.h"

namespace Portpilot {

namespace {

bool isDirect(char16_t c)
{
    return c >= 0x20 && c <= 0x7e;
}

QByteArray base64Run(const QString& run)
{
    QByteArray utf16;
    for (const QChar c : run) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xff));
    }
    return utf16.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals).replace('/', ',');
}

} // namespace

QByteArray MailboxName::encode(const QString& name)
{
    QByteArray out;
    QString run; // UTF-16 units waiting to be written in base64
    for (const QChar c : name) {
        if (isDirect(c.unicode())) {
            if (!run.isEmpty()) {
                out += '&' + base64Run(run) + '-';
                run.clear();
            }
            out += c == u'&' ? QByteArrayLiteral("&-") : QByteArray(1, char(c.unicode()));
        } else {
            run.append(c);
        }
    }
    if (!run.isEmpty()) {
        out += '&' + base64Run(run) + '-';
    }
    return out;
}

std::optional<QString> MailboxName::decode(const QByteArray& encoded)
{
    QString out;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (!isDirect(char16_t(uchar(c)))) {
            return std::nullopt;
        }
        if (c != '&') {
            out.append(QLatin1Char(c));
            continue;
        }
        const qsizetype end = encoded.indexOf('-', i + 1);
        if (end < 0) {
            return std::nullopt;
        }
        if (end == i + 1) {
            out.append(u'&');
            i = end;
            continue;
        }
        QByteArray run = encoded.mid(i + 1, end - i - 1).replace(',', '/');
        const auto decoded =
            QByteArray::fromBase64Encoding(run, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.size() % 2 != 0) {
            return std::nullopt;
        }
        for (qsizetype k = 0; k < decoded.decoded.size(); k += 2) {
            const char16_t unit = char16_t((uchar(decoded.decoded.at(k)) << 8) | uchar(decoded.decoded.at(k + 1)));
            out.append(QChar(unit));
        }
        i = end;
    }
    return out;
}

QByteArray MailboxName::quoted(const QByteArray& encoded)
{
    QByteArray out = "\"";
    for (const char c : encoded) {
        if (c == '"' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out + '"';
}

} // namespace Portpilot
