#pragma once

#include "ProviderEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace Portpilot {

// Portpilot's own provider database (format: docs/provider-database.md), embedded as the
// resource :/providers/providers.json. The reader is strict: a document that breaks a rule
// is refused as a whole with a message naming the provider and field.
class ProviderDatabase
{
    Q_DECLARE_TR_FUNCTIONS(ProviderDatabase)

public:
    static constexpr qsizetype MaxDocumentSize = 2 * 1024 * 1024;
    static constexpr int FormatVersion = 1;

    // Parses a document; on failure returns nothing and sets *error.
    static std::optional<ProviderDatabase> parse(const QByteArray& document, QString* error = nullptr);
    // The bundled database, read once. An unreadable resource yields an empty database
    // (the build's test makes sure it never is).
    static const ProviderDatabase& bundled();
    // The bundled resource's bytes, or an error.
    static QByteArray bundledDocument(QString* error = nullptr);

    const QList<ProviderEntry>& entries() const { return m_entries; }
    // The provider for an address domain (Unicode or ACE form).
    std::optional<ProviderEntry> findByDomain(const QString& domain) const;
    // The provider whose MX suffix list covers this MX host.
    std::optional<ProviderEntry> findByMxHost(const QString& mxHost) const;

private:
    QList<ProviderEntry> m_entries;
    QHash<QString, qsizetype> m_byDomain;
};

} // namespace Portpilot
