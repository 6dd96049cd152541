#pragma once

#include "Exporter.h"

#include <QJsonArray>

namespace Portpilot {

// A QR code in Thunderbird's "Export for Mobile" format (version 1), which Thunderbird for
// Android imports: JSON arrays, hosts in ACE form, ASCII addresses only. PNG or SVG.
class QrCodeExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(QrCodeExporter)

public:
    enum class Image
    {
        Png,
        Svg,
    };

    explicit QrCodeExporter(Image image)
        : m_image(image)
    {}

    QString name() const override;
    QString description() const override;
    QString defaultFileName(const Account& account) const override;
    QString mimeType() const override;

    // Pixels per QR module in the PNG, and the quiet zone in modules (the standard asks for 4).
    static constexpr int ModulePixels = 8;
    static constexpr int QuietZone = 4;

protected:
    void write(const Context& context, Result& result) const override;

private:
    Image m_image;
};

} // namespace Portpilot
