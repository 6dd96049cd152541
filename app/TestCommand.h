#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Portpilot {

// `portpilot test FILE`: logs in to every server of a clientConfig file, incoming and outgoing in
// parallel, and prints one line per server. Servers waiting for approval are only tested with
// --approve DOMAIN. Exit 0 all passed, 1 otherwise, 2 bad usage or bad input.
class TestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TestCommand)

public:
    QString name() const override { return QStringLiteral("test"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace Portpilot
