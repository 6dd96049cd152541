#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Portpilot {

// How bad a finding is for the people who set up mail on the domain.
enum class Severity
{
    Note,    // worth knowing; every client still gets working settings
    Warning, // some clients get no settings, worse settings, or will stop working soon
    Error,   // clients fail, or are led to send passwords where they should not
};

// One thing `portpilot check` found about a domain (docs/check.md lists every id).
struct Finding
{
    Q_DECLARE_TR_FUNCTIONS(Finding)

public:
    QString id; // stable, "area.what", e.g. "autoconfig.certificate-name"
    Severity severity = Severity::Note;
    QString subject; // the URL, DNS record or host:port it is about
    QString effect;  // what a mail program will do because of it
    QString fix;     // what to change; may hold DNS records or a whole autoconfig file

    // The part of the id before the dot: "autoconfig", "wellknown", "ispdb", "mx", "srv",
    // "autodiscover", "jmap", "server" or "clients".
    QString area() const { return id.section(u'.', 0, 0); }
    QJsonObject toJson() const;

    // "error", "warning", "note": the words of the JSON output.
    static QString severityName(Severity severity);
    // The same, for people.
    static QString severityText(Severity severity);
    // The worst severity of the findings of `area` (of all when empty); nullopt when there are none.
    static std::optional<Severity> worst(const QList<Finding>& findings, const QString& area = QString());

    friend bool operator==(const Finding&, const Finding&) = default;
};

} // namespace Portpilot
