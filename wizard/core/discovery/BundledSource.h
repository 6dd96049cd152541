#pragma once

#include "DiscoverySource.h"

namespace Portpilot {

// Source 1: Portpilot's own provider database. Answers synchronously, without network.
class BundledSource : public DiscoverySource
{
    Q_OBJECT

public:
    explicit BundledSource(QObject* parent = nullptr);

protected:
    void run(const EmailAddress& address, const DiscoveryOptions& options) override;
};

} // namespace Portpilot
