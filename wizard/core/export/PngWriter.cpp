#include "PngWriter.h"

#include <QtEndian>

#include <array>

namespace Portpilot {

namespace {

void appendBigEndian(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendChunk(QByteArray& out, const char* type, const QByteArray& data)
{
    appendBigEndian(out, quint32(data.size()));
    const QByteArray typed = QByteArray(type, 4) + data;
    out.append(typed);
    appendBigEndian(out, PngWriter::crc32(typed));
}

} // namespace

quint32 PngWriter::crc32(const QByteArray& data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            }
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (char ch : data) {
        crc = table[(crc ^ quint8(ch)) & 0xff] ^ (crc >> 8);
    }
    return crc ^ 0xffffffffu;
}

QByteArray PngWriter::greyscale(int width, int height, const QByteArray& pixels)
{
    Q_ASSERT(pixels.size() == qsizetype(width) * height);
    QByteArray raw;
    raw.reserve(qsizetype(width + 1) * height);
    for (int y = 0; y < height; ++y) {
        raw.append('\0'); // filter type "none"
        raw.append(pixels.constData() + qsizetype(y) * width, width);
    }
    // qCompress prefixes the zlib stream with the uncompressed size; PNG wants the bare stream.
    const QByteArray zlib = qCompress(raw, 9).mid(4);

    QByteArray header;
    appendBigEndian(header, quint32(width));
    appendBigEndian(header, quint32(height));
    header.append(char(8)); // bit depth
    header.append(char(0)); // greyscale
    header.append(char(0)); // deflate
    header.append(char(0)); // adaptive filtering
    header.append(char(0)); // no interlace

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", zlib);
    appendChunk(png, "IEND", QByteArray());
    return png;
}

} // namespace Portpilot
