#pragma once

#include <QCoreApplication>
#include <QString>

namespace Portpilot {

// A checked email address. Build one with parse(); an invalid input yields an error message.
class EmailAddress
{
    Q_DECLARE_TR_FUNCTIONS(EmailAddress)

public:
    EmailAddress() = default;

    // Parses "local@domain". On failure returns an invalid address and sets *error.
    static EmailAddress parse(const QString& text, QString* error = nullptr);

    bool isValid() const { return !m_domainAce.isEmpty(); }
    QString localPart() const { return m_localPart; }
    // The domain as a person reads it (Unicode).
    QString domain() const { return m_domainDisplay; }
    // The domain as it goes on the wire (punycode, lower case).
    QString domainAce() const { return m_domainAce; }
    // local@domain in readable form.
    QString toString() const;
    // local@domain with the domain in ACE form.
    QString toAce() const;

private:
    QString m_localPart;
    QString m_domainDisplay;
    QString m_domainAce;
};

} // namespace Portpilot
