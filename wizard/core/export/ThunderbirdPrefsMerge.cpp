#include "ThunderbirdPrefsMerge.h"

#include "PrefsJs.h"
#include "ThunderbirdExporter.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Portpilot {

namespace {

const QString AccountList = QStringLiteral("mail.accountmanager.accounts");
const QString LastAccountKey = QStringLiteral("mail.account.lastKey");
const QString DefaultAccount = QStringLiteral("mail.accountmanager.defaultaccount");
const QString OutgoingList = QStringLiteral("mail.smtpservers"); // still its name in Thunderbird 153
const QString DefaultOutgoing = QStringLiteral("mail.smtp.defaultserver");

struct Pref
{
    QString name;
    QVariant value;
};

// The four parts of an account: the pref branch, the prefix of Thunderbird's own keys, and the
// key ThunderbirdExporter's user.js uses.
struct Part
{
    QString branch; // "mail.account."
    QString prefix; // "account"
    QString exported;
    QString json; // its name in the sidecar
};

QList<Part> parts()
{
    const ThunderbirdExporter::Keys k = ThunderbirdExporter::keys();
    return {{QStringLiteral("mail.account."), QStringLiteral("account"), k.account, QStringLiteral("account")},
            {QStringLiteral("mail.server."), QStringLiteral("server"), k.server, QStringLiteral("server")},
            {QStringLiteral("mail.identity."), QStringLiteral("id"), k.identity, QStringLiteral("identity")},
            {QStringLiteral("mail.smtpserver."), QStringLiteral("smtp"), k.smtp, QStringLiteral("smtp")}};
}

QString hashOf(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QStringList listOf(const QVariant& value)
{
    QStringList items = value.toString().split(u',', Qt::SkipEmptyParts);
    for (QString& item : items) {
        item = item.trimmed();
    }
    return items;
}

// Every key of `part` the profile uses: in pref names, in the lists, and as values (an identity's
// smtpServer, an account's identities).
QSet<QString> usedKeys(const QList<PrefsJs::Line>& lines, const Part& part)
{
    QSet<QString> used;
    for (const PrefsJs::Line& line : lines) {
        if (line.name.startsWith(part.branch)) {
            used.insert(line.name.mid(part.branch.size()).section(u'.', 0, 0));
        }
        if (line.value.typeId() == QMetaType::QString) {
            for (const QString& item : listOf(line.value)) {
                used.insert(item);
            }
        }
    }
    return used;
}

// The lowest prefixN (N from 1) not in `used`: numbers are never reused.
QString freeKey(const QString& prefix, const QSet<QString>& used)
{
    for (int n = 1;; ++n) {
        const QString key = prefix + QString::number(n);
        if (!used.contains(key)) {
            return key;
        }
    }
}

// `text` with the prefs of `set` at their values (a line rewritten only when its value differs,
// the missing ones appended in order) and the lines named in `remove` left out.
QByteArray edit(const QByteArray& text, const QList<Pref>& set, const QSet<QString>& remove)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < set.size(); ++i) {
        index.insert(set.at(i).name, i);
    }
    QSet<QString> done;
    QByteArray out;
    qsizetype at = 0;
    for (const PrefsJs::Line& line : PrefsJs::lines(text)) {
        out += text.mid(at, line.begin - at);
        const qsizetype next = line.end < text.size() ? line.end + 1 : line.end; // with its line break
        const auto found = index.constFind(line.name);
        if (found != index.cend()) {
            const Pref& pref = set.at(found.value());
            if (done.contains(pref.name)) {
                // a second line for the name: the first one holds the value
            } else if (pref.value == line.value) {
                out += text.mid(line.begin, next - line.begin);
            } else {
                out += PrefsJs::line(pref.name, pref.value) + text.mid(line.end, next - line.end);
            }
            done.insert(pref.name);
        } else if (!remove.contains(line.name)) {
            out += text.mid(line.begin, next - line.begin);
        }
        at = next;
    }
    out += text.mid(at);
    for (const Pref& pref : set) {
        if (done.contains(pref.name)) {
            continue;
        }
        if (!out.isEmpty() && !out.endsWith('\n')) {
            out += '\n';
        }
        out += PrefsJs::line(pref.name, pref.value) + '\n';
    }
    return out;
}

// The sidecar's "installs" object, or nullopt when the file is not Portpilot's JSON.
std::optional<QJsonObject> installsOf(const QByteArray& sidecar, QString* error)
{
    if (sidecar.isEmpty()) {
        return QJsonObject();
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(sidecar, &parseError);
    if (!document.isObject() || !document.object().value(QStringLiteral("installs")).isObject()) {
        *error = ThunderbirdPrefsMerge::tr("the record of Portpilot's installs cannot be read (%1)")
                     .arg(parseError.error == QJsonParseError::NoError ? ThunderbirdPrefsMerge::tr("no installs")
                                                                       : parseError.errorString());
        return std::nullopt;
    }
    return document.object().value(QStringLiteral("installs")).toObject();
}

QByteArray sidecarOf(const QJsonObject& installs)
{
    if (installs.isEmpty()) {
        return {};
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("installs"), installs}}).toJson();
}

QString withList(const QVariant& list, const QString& key)
{
    QStringList items = listOf(list);
    if (!items.contains(key)) {
        items.append(key);
    }
    return items.join(u',');
}

} // namespace

std::optional<ThunderbirdPrefsMerge::Installed>
ThunderbirdPrefsMerge::install(const QByteArray& prefs, bool prefsExisted, const QByteArray& sidecar,
                               const QByteArray& userJs, const QString& address, QString* error)
{
    std::optional<QJsonObject> installs = installsOf(sidecar, error);
    if (!installs) {
        return std::nullopt;
    }
    const QJsonObject record = installs->value(address).toObject();
    const QList<PrefsJs::Line> lines = PrefsJs::lines(prefs);
    const QHash<QString, QVariant> values = PrefsJs::parse(prefs);

    // The same numbers for an address installed before, else the lowest free ones.
    QHash<QString, QString> renamed; // user.js key -> the profile's
    QJsonObject entry;
    for (const Part& part : parts()) {
        QString key = record.value(part.json).toString();
        if (key.isEmpty()) {
            key = freeKey(part.prefix, usedKeys(lines, part));
        }
        renamed.insert(part.exported, key);
        entry.insert(part.json, key);
    }

    QList<Pref> set;
    QJsonArray keys;
    for (const PrefsJs::Line& line : PrefsJs::lines(userJs)) {
        for (const Part& part : parts()) {
            const QString branch = part.branch + part.exported + u'.';
            if (!line.name.startsWith(branch)) {
                continue;
            }
            const QString name = part.branch + renamed.value(part.exported) + u'.' + line.name.mid(branch.size());
            QVariant value = line.value;
            if (value.typeId() == QMetaType::QString && renamed.contains(value.toString())) {
                value = renamed.value(value.toString());
            }
            set.append({name, value});
            keys.append(name);
        }
    }
    if (set.isEmpty()) {
        *error = tr("the export holds no account");
        return std::nullopt;
    }
    const QString account = entry.value(QStringLiteral("account")).toString();
    set.append({AccountList, withList(values.value(AccountList), account)});
    set.append({OutgoingList, withList(values.value(OutgoingList), entry.value(QStringLiteral("smtp")).toString())});
    // Thunderbird names its next account "account" + (lastKey + 1) without looking whether that key
    // is taken (nsMsgAccountManager::GetUniqueAccountKey): the counter goes past the added account,
    // or the person's next account would take over its prefs. Without the pref Thunderbird looks
    // at every mail.account.* name itself. Uninstall leaves the counter: a key skipped is harmless.
    const QVariant lastKey = values.value(LastAccountKey);
    const qlonglong number = account.mid(QStringLiteral("account").size()).toLongLong();
    if (lastKey.isValid() && lastKey.toLongLong() < number) {
        set.append({LastAccountKey, number});
    }

    QSet<QString> stale; // keys of the previous install the new one no longer has
    for (const QJsonValue& key : record.value(QStringLiteral("keys")).toArray()) {
        stale.insert(key.toString());
    }
    for (const Pref& pref : std::as_const(set)) {
        stale.remove(pref.name);
    }

    Installed installed;
    installed.account = account;
    installed.prefs = edit(prefs, set, stale);
    installed.change = record.isEmpty() ? Change::Added : Change::Updated;
    if (!record.isEmpty() && installed.prefs == prefs) {
        installed.change = Change::Unchanged;
        installed.sidecar = sidecar;
        return installed;
    }
    // The backup is the file before the first install as long as only Portpilot changed it since.
    installed.writeBackup = record.isEmpty() || record.value(QStringLiteral("written")).toString() != hashOf(prefs);
    entry.insert(QStringLiteral("keys"), keys);
    entry.insert(QStringLiteral("written"), hashOf(installed.prefs));
    if (installed.writeBackup) {
        entry.insert(QStringLiteral("before"), prefsExisted ? QJsonValue(hashOf(prefs)) : QJsonValue());
    } else {
        entry.insert(QStringLiteral("before"), record.value(QStringLiteral("before")));
    }
    installs->insert(address, entry);
    installed.sidecar = sidecarOf(*installs);
    return installed;
}

std::optional<ThunderbirdPrefsMerge::Uninstalled>
ThunderbirdPrefsMerge::uninstall(const QByteArray& prefs, const QByteArray& sidecar,
                                 const std::optional<QByteArray>& backup, const QString& address, QString* error)
{
    std::optional<QJsonObject> installs = installsOf(sidecar, error);
    if (!installs) {
        return std::nullopt;
    }
    const QJsonObject record = installs->value(address).toObject();
    if (record.isEmpty()) {
        *error = tr("Portpilot has not installed %1 there").arg(address);
        return std::nullopt;
    }
    installs->remove(address);
    Uninstalled result;
    result.sidecar = sidecarOf(*installs);

    const QJsonValue before = record.value(QStringLiteral("before"));
    const bool unchanged = hashOf(prefs) == record.value(QStringLiteral("written")).toString();
    if (unchanged && before.isNull() && !backup) {
        result.exact = true;
        result.hadFile = false;
        return result;
    }
    if (unchanged && backup && hashOf(*backup) == before.toString()) {
        result.exact = true;
        return result;
    }

    // Thunderbird (or the person) changed prefs.js since: only what the install added goes, with
    // what Thunderbird put under the same numbers (a server's directory, its filter time): those
    // numbers were free before the install, so everything under them is the account's.
    QSet<QString> remove;
    for (const QJsonValue& key : record.value(QStringLiteral("keys")).toArray()) {
        remove.insert(key.toString());
    }
    QStringList branches;
    for (const Part& part : parts()) {
        branches.append(part.branch + record.value(part.json).toString() + u'.');
    }
    for (const PrefsJs::Line& line : PrefsJs::lines(prefs)) {
        if (std::any_of(branches.cbegin(), branches.cend(),
                        [&line](const QString& branch) { return line.name.startsWith(branch); })) {
            remove.insert(line.name);
        }
    }
    const QHash<QString, QVariant> values = PrefsJs::parse(prefs);
    const QString account = record.value(QStringLiteral("account")).toString();
    const QString smtp = record.value(QStringLiteral("smtp")).toString();
    QList<Pref> set;
    for (const auto& [list, key] : {std::pair{AccountList, account}, std::pair{OutgoingList, smtp}}) {
        QStringList items = listOf(values.value(list));
        if (items.removeAll(key) > 0) {
            if (items.isEmpty()) {
                remove.insert(list);
            } else {
                set.append({list, items.join(u',')});
            }
        }
    }
    // A default that names the account would name nothing: Thunderbird then takes the first.
    if (values.value(DefaultAccount).toString() == account) {
        remove.insert(DefaultAccount);
    }
    if (values.value(DefaultOutgoing).toString() == smtp) {
        remove.insert(DefaultOutgoing);
    }
    result.prefs = edit(prefs, set, remove);
    return result;
}

} // namespace Portpilot
