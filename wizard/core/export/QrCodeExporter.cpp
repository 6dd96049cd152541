#include "QrCodeExporter.h"

#include "Hostname.h"
#include "PngWriter.h"

#include <QJsonDocument>

#include <qrencode.h>

#include <memory>

namespace Portpilot {

namespace {

// Values of Thunderbird's QR format, version 1 (thunderbird-android qr-code-format.md).
int securityNumber(SocketType type)
{
    switch (type) {
    case SocketType::Plain:
        return 0;
    case SocketType::StartTls:
        return 2;
    case SocketType::Ssl:
        return 3;
    }
    return 0;
}

bool isAscii(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() >= 128) {
            return false;
        }
    }
    return true;
}

QByteArray svgFor(const QRcode& code)
{
    const int size = code.width + 2 * QrCodeExporter::QuietZone;
    QByteArray path;
    for (int y = 0; y < code.width; ++y) {
        for (int x = 0; x < code.width;) {
            if (!(code.data[y * code.width + x] & 1)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < code.width && (code.data[y * code.width + x + run] & 1)) {
                ++run;
            }
            path += "M" + QByteArray::number(x + QrCodeExporter::QuietZone) + "," +
                    QByteArray::number(y + QrCodeExporter::QuietZone) + "h" + QByteArray::number(run) + "v1h-" +
                    QByteArray::number(run) + "z";
            x += run;
        }
    }
    const QByteArray pixels = QByteArray::number(size * QrCodeExporter::ModulePixels);
    const QByteArray n = QByteArray::number(size);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" +
           pixels + "\" height=\"" + pixels + "\" viewBox=\"0 0 " + n + " " + n +
           "\" shape-rendering=\"crispEdges\">\n"
           "<rect width=\"" +
           n + "\" height=\"" + n + "\" fill=\"#ffffff\"/>\n<path fill=\"#000000\" d=\"" + path + "\"/>\n</svg>\n";
}

QByteArray pngFor(const QRcode& code)
{
    const int modules = code.width + 2 * QrCodeExporter::QuietZone;
    const int side = modules * QrCodeExporter::ModulePixels;
    QByteArray pixels(qsizetype(side) * side, char(255));
    for (int y = 0; y < code.width; ++y) {
        for (int x = 0; x < code.width; ++x) {
            if (!(code.data[y * code.width + x] & 1)) {
                continue;
            }
            const int top = (y + QrCodeExporter::QuietZone) * QrCodeExporter::ModulePixels;
            const int left = (x + QrCodeExporter::QuietZone) * QrCodeExporter::ModulePixels;
            for (int dy = 0; dy < QrCodeExporter::ModulePixels; ++dy) {
                char* row = pixels.data() + qsizetype(top + dy) * side + left;
                std::fill(row, row + QrCodeExporter::ModulePixels, char(0));
            }
        }
    }
    return PngWriter::greyscale(side, side, pixels);
}

} // namespace

QString QrCodeExporter::name() const
{
    return m_image == Image::Png ? QStringLiteral("qr-png") : QStringLiteral("qr-svg");
}

QString QrCodeExporter::description() const
{
    return m_image == Image::Png ? tr("QR code (PNG) for Thunderbird for Android's account import")
                                 : tr("QR code (SVG) for Thunderbird for Android's account import");
}

QString QrCodeExporter::defaultFileName(const Account& account) const
{
    return tokenFor(account.emailAddress) + (m_image == Image::Png ? QStringLiteral(".png") : QStringLiteral(".svg"));
}

QString QrCodeExporter::mimeType() const
{
    return m_image == Image::Png ? QStringLiteral("image/png") : QStringLiteral("image/svg+xml");
}

void QrCodeExporter::write(const Context& context, Result& result) const
{
    const ServerSettings& in = context.incoming;
    const ServerSettings& out = context.outgoing;
    const QString address = context.address.toAce();
    if (!isAscii(address)) {
        refuse(result, Field::EmailAddress, context.address.toString(),
               tr("Thunderbird's QR format allows only ASCII addresses."));
        return;
    }
    // The QR format's own numbers (qr-code-format.md), not nsMsgAuthMethod's.
    const std::initializer_list<AuthNumber> numbers = {{AuthMethod::None, 0},
                                                       {AuthMethod::ClientIpAddress, 0},
                                                       {AuthMethod::PasswordCleartext, 1},
                                                       {AuthMethod::PasswordEncrypted, 2},
                                                       {AuthMethod::Gssapi, 3},
                                                       {AuthMethod::Ntlm, 4},
                                                       {AuthMethod::ClientCertificate, 5},
                                                       {AuthMethod::OAuth2, 6}};
    const auto inAuth = authNumber(result, in, numbers);
    const auto outAuth = inAuth ? authNumber(result, out, numbers) : std::nullopt;
    if (!outAuth) {
        return;
    }
    const bool include = context.options.includePassword;
    QJsonArray incoming{in.protocol == Protocol::Pop3 ? 1 : 0,
                        Hostname::toAce(in.hostname),
                        int(in.port),
                        securityNumber(in.socketType),
                        *inAuth,
                        in.username};
    QJsonArray outgoing{
        0, Hostname::toAce(out.hostname), int(out.port), securityNumber(out.socketType), *outAuth, out.username};
    if (include) {
        incoming.append(QString()); // account name: the address (empty means that)
        incoming.append(context.options.incomingPassword);
        outgoing.append(context.options.outgoingPassword);
        result.holdsSecret = true;
    }
    const QJsonArray identity{address, context.account.realName};
    // Built step by step: a braced QJsonArray{QJsonArray{...}} is a copy for some compilers (clang)
    // and a one-element list for others (gcc), which would change the format.
    const QJsonArray group{outgoing, identity};
    QJsonArray groups;
    groups.append(group);
    const QJsonArray root{1, QJsonArray{1, 1}, incoming, groups};
    const QByteArray payload = QJsonDocument(root).toJson(QJsonDocument::Compact);

    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(payload.size()), reinterpret_cast<const unsigned char*>(payload.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code) {
        result.error = tr("The account does not fit into a QR code (%n bytes).", nullptr, int(payload.size()));
        return;
    }
    addFile(result, context, m_image == Image::Png ? pngFor(*code) : svgFor(*code));
    if (in.protocol == Protocol::Pop3) {
        result.notes.append(tr("Thunderbird's QR format cannot say whether to leave messages on the POP3 server."));
    }
}

} // namespace Portpilot
