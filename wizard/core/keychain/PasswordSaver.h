#pragma once

#include "PasswordStore.h"
#include "Side.h"

#include <QObject>
#include <QSet>
#include <QStringList>

namespace Portpilot {

struct SetupState;

// Writes the password of a setup to the keychain, one entry per chosen server, and remembers
// how that went so that the wizard can say it (worded when asked, to follow a language switch).
class PasswordSaver : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        NotStarted,
        Saving,
        NotRemembered, // the person chose not to, or there is no password
        Stored,
        Failed,
    };

    explicit PasswordSaver(PasswordStore* store, QObject* parent = nullptr);

    // The keychain key of the chosen server of one side.
    static QString keyFor(const SetupState& state, Side side);

    // Writes the password for both chosen servers; finished() reports. A save started while an
    // earlier one runs replaces it: only the newest one's answers count.
    void save(const SetupState& state);
    Outcome outcome() const { return m_outcome; }
    // Where the password went, in plain words; empty before a save ended.
    QString outcomeText() const;

signals:
    void finished(bool ok, const QString& message);

private:
    PasswordStore* m_store;
    QSet<int> m_requests;
    QStringList m_errors;
    Outcome m_outcome = Outcome::NotStarted;
};

} // namespace Portpilot
