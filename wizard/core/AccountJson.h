#pragma once

#include "Account.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace Portpilot {

// The account as JSON for scripts; the schema is documented in docs/account-json.md.
// Passwords are never part of it.
class AccountJson
{
    Q_DECLARE_TR_FUNCTIONS(AccountJson)

public:
    static constexpr int SchemaVersion = 1;

    static QJsonObject toJson(const Account& account);
    static QByteArray toBytes(const Account& account);
    // Reads what toJson() wrote; on failure returns nothing and sets *error.
    static std::optional<Account> fromJson(const QJsonObject& object, QString* error = nullptr);
    static std::optional<Account> fromBytes(const QByteArray& data, QString* error = nullptr);
};

} // namespace Portpilot
