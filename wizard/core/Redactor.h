#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Portpilot {

// Hides secrets in text that goes to a log, a transcript or an error message. A password can
// reach a line in several encodings, so each one is searched for: the raw UTF-8 bytes (also the
// body of an IMAP literal and the POP3 PASS argument), the IMAP quoted string with `\"` and `\\`
// escapes, the base64 of the password alone (SASL LOGIN) and the base64 of SASL PLAIN for each
// username. CRAM-MD5 sends only a digest, which reveals nothing to search for.
class Redactor
{
public:
    static constexpr QLatin1StringView Mark{"[redacted]"};

    Redactor() = default;
    // A password and the usernames it may go out with (for the SASL PLAIN form).
    Redactor(const QString& password, const QStringList& usernames);

    void addPassword(const QString& password, const QStringList& usernames);
    // A secret that travels only as itself (a token, a key).
    void addSecret(const QByteArray& secret);

    // Every byte string that would give a secret away, longest first.
    const QList<QByteArray>& forms() const { return m_forms; }
    bool isEmpty() const { return m_forms.isEmpty(); }
    bool containsSecret(const QByteArray& bytes) const;
    bool containsSecret(const QString& text) const { return containsSecret(text.toUtf8()); }
    // `text` with every form replaced by Mark.
    QString redact(const QString& text) const;

private:
    void add(const QByteArray& form);

    QList<QByteArray> m_forms;
};

} // namespace Portpilot
