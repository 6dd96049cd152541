#pragma once

#include "ClientConfigValidator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

// libxml2's compiled grammar, declared here so that users of this header need no libxml2.
using xmlRelaxNGPtr = struct _xmlRelaxNG*; // NOLINT(bugprone-reserved-identifier): libxml2's name

namespace Portpilot {

// The draft's RELAX NG grammar of the clientConfig format (resources/autoconfig/autoconfig.rng,
// compiled in), checked with libxml2. The grammar is permissive (must-ignore): it requires a few
// attributes, a number in <port> and each known element in its place, and lets anything unknown
// pass. One instance, parsed on first use; issues() may be called from any thread.
class AutoconfigGrammar
{
    Q_DECLARE_TR_FUNCTIONS(AutoconfigGrammar)

public:
    static const AutoconfigGrammar& instance();

    // The places where `document` breaks the grammar, as Kind::Schema issues in plain words with
    // their lines, at most `limit`. None for a document with a DOCTYPE (refused unread) or one
    // that is not well-formed: AutoconfigReader reports those.
    QList<ClientConfigValidator::Issue> issues(const QByteArray& document, qsizetype limit) const;

    // Whether the grammar defines an element of this name, somewhere in the document.
    bool defines(const QString& element) const;
    // The known elements the grammar allows inside `element` (its wildcards aside).
    QSet<QString> children(const QString& element) const;

    AutoconfigGrammar(const AutoconfigGrammar&) = delete;
    AutoconfigGrammar& operator=(const AutoconfigGrammar&) = delete;

private:
    struct Rule
    {
        QStringList requiredAttributes;
        QSet<QString> children;
    };

    AutoconfigGrammar();
    ~AutoconfigGrammar();

    void readRules(const QByteArray& grammar);

    xmlRelaxNGPtr m_schema = nullptr;
    QHash<QString, Rule> m_rules; // by element name
    // libxml2 does not promise that one compiled grammar validates in two threads at once.
    mutable QMutex m_mutex;

    friend class GrammarRound;
};

} // namespace Portpilot
