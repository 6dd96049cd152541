#pragma once

#include "AccountEnums.h"
#include "SourceStatus.h"

#include <QCoreApplication>
#include <QString>

namespace Portpilot {

struct SetupState;

// Plain words for the values a person meets in the wizard and on the command line: where
// settings came from, how a source ended, what a kind of security means. One table, so that
// both say the same thing in every language.
class Descriptions
{
    Q_DECLARE_TR_FUNCTIONS(Descriptions)

public:
    // A source's name ("Your provider’s website (secure)").
    static QString source(ConfigSource source);
    // How far a source is trusted ("trusted", "unauthenticated, needs approval").
    static QString trust(Trust trust);
    // How a source ended ("found settings").
    static QString sourceStatus(SourceStatus status);
    // A kind of connection security in two words ("SSL/TLS", "no encryption").
    static QString security(SocketType socketType);
    // What that kind of security means, in one or two sentences.
    static QString securityExplanation(SocketType socketType);
    // When to choose a protocol (IMAP keeps mail on the server…).
    static QString protocolAdvice(Protocol protocol);
    // A multi-line summary of the chosen account (never the password).
    static QString accountSummary(const SetupState& state);
};

} // namespace Portpilot
