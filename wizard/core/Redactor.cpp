#include "Redactor.h"

#include <algorithm>

namespace Portpilot {

namespace {

QByteArray imapQuotedBody(const QByteArray& bytes)
{
    QByteArray out;
    for (char c : bytes) {
        if (c == '"' || c == '\\') {
            out.append('\\');
        }
        out.append(c);
    }
    return out;
}

} // namespace

Redactor::Redactor(const QString& password, const QStringList& usernames)
{
    addPassword(password, usernames);
}

void Redactor::addPassword(const QString& password, const QStringList& usernames)
{
    if (password.isEmpty()) {
        return;
    }
    const QByteArray bytes = password.toUtf8();
    add(bytes);
    add(imapQuotedBody(bytes));
    add(bytes.toBase64());
    for (const QString& user : usernames) {
        add((QByteArray(1, '\0') + user.toUtf8() + QByteArray(1, '\0') + bytes).toBase64());
    }
}

void Redactor::addSecret(const QByteArray& secret)
{
    add(secret);
}

void Redactor::add(const QByteArray& form)
{
    if (form.isEmpty() || m_forms.contains(form)) {
        return;
    }
    m_forms.append(form);
    // Longest first: a form that contains another is replaced whole.
    std::stable_sort(m_forms.begin(), m_forms.end(),
                     [](const QByteArray& a, const QByteArray& b) { return a.size() > b.size(); });
}

bool Redactor::containsSecret(const QByteArray& bytes) const
{
    return std::any_of(m_forms.cbegin(), m_forms.cend(),
                       [&bytes](const QByteArray& form) { return bytes.contains(form); });
}

QString Redactor::redact(const QString& text) const
{
    if (m_forms.isEmpty()) {
        return text;
    }
    QByteArray bytes = text.toUtf8();
    for (const QByteArray& form : m_forms) {
        bytes.replace(form, Mark.data());
    }
    return QString::fromUtf8(bytes);
}

} // namespace Portpilot
