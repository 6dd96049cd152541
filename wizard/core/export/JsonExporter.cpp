#include "JsonExporter.h"

#include "AccountJson.h"

namespace Portpilot {

QString JsonExporter::name() const
{
    return QStringLiteral("json");
}

QString JsonExporter::description() const
{
    return tr("The account as JSON for scripts (schema: docs/account-json.md)");
}

QString JsonExporter::defaultFileName(const Account& account) const
{
    return tokenFor(account.emailAddress) + QStringLiteral(".json");
}

QString JsonExporter::mimeType() const
{
    return QStringLiteral("application/json");
}

void JsonExporter::write(const Context& context, Result& result) const
{
    Account account = context.account;
    // The servers as exported everywhere else: the preferred pair first, user names filled.
    account.incoming.first() = context.incoming;
    if (!account.outgoing.isEmpty()) {
        account.outgoing.first() = context.outgoing;
    }
    addFile(result, context, AccountJson::toBytes(account));
    if (context.options.includePassword) {
        result.notes.append(tr("The JSON format never carries passwords; none was written."));
    }
}

} // namespace Portpilot
