#include "ExporterRegistry.h"

#include "AercExporter.h"
#include "AutoconfigExporter.h"
#include "AutodiscoverExporter.h"
#include "DnsZoneExporter.h"
#include "EvolutionExporter.h"
#include "FetchmailExporter.h"
#include "JsonExporter.h"
#include "MbsyncExporter.h"
#include "MobileconfigExporter.h"
#include "MsmtpExporter.h"
#include "MuttExporter.h"
#include "QrCodeExporter.h"
#include "ThunderbirdExporter.h"

namespace Portpilot {

const ExporterRegistry& ExporterRegistry::instance()
{
    static const ExporterRegistry registry;
    return registry;
}

ExporterRegistry::ExporterRegistry()
{
    m_exporters.push_back(std::make_unique<AutoconfigExporter>());
    m_exporters.push_back(std::make_unique<MobileconfigExporter>());
    m_exporters.push_back(std::make_unique<AutodiscoverExporter>());
    m_exporters.push_back(std::make_unique<ThunderbirdExporter>());
    m_exporters.push_back(std::make_unique<MuttExporter>());
    m_exporters.push_back(std::make_unique<AercExporter>());
    m_exporters.push_back(std::make_unique<MbsyncExporter>());
    m_exporters.push_back(std::make_unique<MsmtpExporter>());
    m_exporters.push_back(std::make_unique<FetchmailExporter>());
    m_exporters.push_back(std::make_unique<EvolutionExporter>());
    m_exporters.push_back(std::make_unique<DnsZoneExporter>());
    m_exporters.push_back(std::make_unique<QrCodeExporter>(QrCodeExporter::Image::Png));
    m_exporters.push_back(std::make_unique<QrCodeExporter>(QrCodeExporter::Image::Svg));
    m_exporters.push_back(std::make_unique<JsonExporter>());
}

const Exporter* ExporterRegistry::find(const QString& name) const
{
    for (const auto& exporter : m_exporters) {
        if (exporter->name() == name) {
            return exporter.get();
        }
    }
    return nullptr;
}

QStringList ExporterRegistry::names() const
{
    QStringList out;
    for (const auto& exporter : m_exporters) {
        out.append(exporter->name());
    }
    return out;
}

} // namespace Portpilot
