#pragma once

#include "Exporter.h"

#include <memory>
#include <vector>

namespace Portpilot {

// Every export format, in the order `portpilot export --list-formats` shows them.
class ExporterRegistry
{
public:
    static const ExporterRegistry& instance();

    const std::vector<std::unique_ptr<Exporter>>& exporters() const { return m_exporters; }
    // The format with this command-line name, or nullptr.
    const Exporter* find(const QString& name) const;
    QStringList names() const;

private:
    ExporterRegistry();
    std::vector<std::unique_ptr<Exporter>> m_exporters;
};

} // namespace Portpilot
