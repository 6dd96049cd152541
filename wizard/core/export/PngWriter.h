#pragma once

#include <QByteArray>

namespace Portpilot {

// A minimal PNG encoder for 8-bit greyscale images, so the core can write QR codes
// without QtGui. Compression is zlib's, through qCompress.
class PngWriter
{
public:
    // `pixels` holds width*height bytes, row by row (0 black, 255 white).
    static QByteArray greyscale(int width, int height, const QByteArray& pixels);
    // CRC-32 as PNG chunks use it (ISO 3309).
    static quint32 crc32(const QByteArray& data);
};

} // namespace Portpilot
