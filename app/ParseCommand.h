#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Portpilot {

// `portpilot parse FILE`: prints the account a clientConfig file describes.
class ParseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ParseCommand)

public:
    QString name() const override { return QStringLiteral("parse"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace Portpilot
