#include "ClientInstaller.h"

#include "ClientConfigLocation.h"
#include "ExportFileWriter.h"
#include "MarkedBlock.h"
#include "ThunderbirdPrefsMerge.h"
#include "ThunderbirdProfileLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <variant>

namespace Portpilot {

namespace {

using Outcome = ClientInstaller::Outcome;
using Status = Outcome::Status;

enum class Kind
{
    Missing,
    File,
    Link,
    Other, // a folder, a device, ...
    Error, // errno says why
};

// Reads a regular file without following a symbolic link at `path`.
Kind readFile(const QString& path, QByteArray* data)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        if (errno == ENOENT) {
            return Kind::Missing;
        }
        return errno == ELOOP ? Kind::Link : Kind::Error;
    }
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return Kind::Other;
    }
    data->clear();
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            const int reason = errno;
            ::close(fd);
            errno = reason;
            return Kind::Error;
        }
        if (got == 0) {
            break;
        }
        data->append(buffer, got);
    }
    ::close(fd);
    return Kind::File;
}

Outcome refused(const QString& path, const QString& message)
{
    return {Status::Refused, path, message};
}

Outcome notInstallable(const QString& format)
{
    return refused({}, ClientInstaller::tr("The %1 format cannot be installed; the formats that can are: %2.")
                           .arg(format, ClientConfigLocation::installableFormats().join(QStringLiteral(", "))));
}

// Why a target cannot be read, or an empty string.
QString readProblem(Kind kind, const QString& path)
{
    switch (kind) {
    case Kind::Link:
        return ClientInstaller::tr("“%1” is a symbolic link; Portpilot does not follow it. Nothing was changed.")
            .arg(path);
    case Kind::Other:
        return ClientInstaller::tr("“%1” is not a regular file. Nothing was changed.").arg(path);
    case Kind::Error:
        return ClientInstaller::tr("Cannot read “%1”: %2. Nothing was changed.").arg(path, qt_error_string(errno));
    case Kind::Missing:
    case Kind::File:
        break;
    }
    return {};
}

// msmtp refuses a second "account default": the block leaves its own out when the file has one.
QByteArray adaptForFile(const QString& format, const QByteArray& content, const QByteArray& rest)
{
    if (format != QLatin1String("msmtp")) {
        return content;
    }
    static const QRegularExpression defaultAccount(QStringLiteral("^[ \\t]*account[ \\t]+default[ \\t]*:"),
                                                   QRegularExpression::MultilineOption);
    if (!defaultAccount.match(QString::fromUtf8(rest)).hasMatch()) {
        return content;
    }
    QByteArray out;
    for (const QByteArray& line : content.split('\n')) {
        if (!defaultAccount.match(QString::fromUtf8(line)).hasMatch()) {
            out += line + '\n';
        }
    }
    out.chop(1); // split() made one line more than there were line breaks
    return out;
}

// A .source key file as group/key → value; comments and blank lines left out.
QHash<QByteArray, QByteArray> keyFileValues(const QByteArray& text)
{
    QHash<QByteArray, QByteArray> values;
    QByteArray group;
    for (const QByteArray& raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        if (line.startsWith('[') && line.endsWith(']')) {
            group = line.mid(1, line.size() - 2);
            continue;
        }
        const qsizetype equals = line.indexOf('=');
        if (equals > 0) {
            values.insert(group + '/' + line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
        }
    }
    return values;
}

// Evolution's registry adds keys of its own (ProxyUid, CredentialName, ...) to a file it loads: the
// file is still Portpilot's while every key Portpilot wrote keeps its value.
bool stillAsWritten(const QByteArray& current, const QByteArray& written)
{
    if (current == written) {
        return true;
    }
    const QHash<QByteArray, QByteArray> now = keyFileValues(current);
    const QHash<QByteArray, QByteArray> ours = keyFileValues(written);
    for (auto it = ours.cbegin(); it != ours.cend(); ++it) {
        const auto found = now.constFind(it.key());
        if (found == now.cend() || found.value() != it.value()) {
            return false;
        }
    }
    return true;
}

Outcome installSources(const Exporter::Result& result, const QString& folder)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(folder).constData(), &st) == 0 && S_ISLNK(st.st_mode)) {
        return refused(folder, readProblem(Kind::Link, folder));
    }
    const QDir dir(folder);
    qsizetype same = 0;
    for (const Exporter::File& file : result.files) {
        const QString target = dir.filePath(file.name);
        QByteArray old;
        const Kind kind = readFile(target, &old);
        if (kind == Kind::File && stillAsWritten(old, file.data)) {
            ++same;
        } else if (kind == Kind::File) {
            return refused(target, ClientInstaller::tr("“%1” exists with other settings (Evolution may have changed "
                                                       "it); nothing was changed. Remove the account in Evolution "
                                                       "first, or delete the file.")
                                       .arg(target));
        } else if (kind != Kind::Missing) {
            return refused(target, readProblem(kind, target));
        }
    }
    if (same == result.files.size()) {
        return {Status::Unchanged, folder,
                ClientInstaller::tr("Evolution's sources folder “%1” already holds these files; nothing was changed.")
                    .arg(folder)};
    }
    if (!QDir().mkpath(folder)) {
        return {Status::Failed, folder, ClientInstaller::tr("Cannot create the folder “%1”.").arg(folder)};
    }
    for (const Exporter::File& file : result.files) {
        const QString target = dir.filePath(file.name);
        QByteArray old;
        if (readFile(target, &old) == Kind::File) {
            continue; // the same bytes, checked above
        }
        ExportFileWriter::Error error;
        if (ExportFileWriter::writeFile(target, file.data, result.privateFile, false, &error) !=
            ExportFileWriter::Status::Written) {
            return {Status::Failed, target, error.message()};
        }
    }
    return {Status::Installed, folder,
            ClientInstaller::tr("Wrote the account's .source files into Evolution's sources folder “%1”; a "
                                "running Evolution picks them up.")
                .arg(folder)};
}

Outcome uninstallSources(const Exporter::Result& result, const QString& folder)
{
    const QDir dir(folder);
    QStringList present;
    for (const Exporter::File& file : result.files) {
        const QString target = dir.filePath(file.name);
        QByteArray old;
        const Kind kind = readFile(target, &old);
        if (kind == Kind::Missing) {
            continue;
        }
        if (kind != Kind::File) {
            return refused(target, readProblem(kind, target));
        }
        // Only what Portpilot wrote, as it wrote it: a file where Evolution or the person changed a
        // value (a name, a server) holds more than the export and stays.
        if (!stillAsWritten(old, file.data)) {
            return refused(target, ClientInstaller::tr("“%1” has changed since Portpilot wrote it; nothing was "
                                                       "removed. Remove the account in Evolution instead.")
                                       .arg(target));
        }
        present.append(target);
    }
    if (present.isEmpty()) {
        return refused(folder, ClientInstaller::tr("Evolution's sources folder “%1” has no files of this account; "
                                                   "nothing was changed.")
                                   .arg(folder));
    }
    for (const QString& target : std::as_const(present)) {
        if (!QFile::remove(target)) {
            return {Status::Failed, target, ClientInstaller::tr("Cannot remove “%1”.").arg(target)};
        }
    }
    return {Status::Removed, folder, ClientInstaller::tr("Removed the account's .source files from “%1”.").arg(folder)};
}

// A Thunderbird profile's three files as they are now.
struct ProfileFiles
{
    QString prefsPath;
    QString recordPath;
    QString backupPath;
    Kind prefsKind = Kind::Missing;
    Kind recordKind = Kind::Missing;
    Kind backupKind = Kind::Missing;
    QByteArray prefs;
    QByteArray record;
    QByteArray backup;
};

// The profile's files, or a refusal: no profile found, Thunderbird holds it, or a file is a link
// or unreadable.
std::variant<ProfileFiles, Outcome> readProfile(const QString& folder)
{
    QString error;
    const std::optional<QString> profile = ClientConfigLocation::thunderbirdProfile(folder, &error);
    if (!profile) {
        return refused(folder.isEmpty() ? ClientConfigLocation::thunderbirdProfilesIni() : folder, error);
    }
    const QString lock = ThunderbirdProfileLock::heldBy(*profile);
    if (!lock.isEmpty()) {
        return refused(*profile, ClientInstaller::tr("Thunderbird is running with the profile “%1” (it holds “%2”); "
                                                     "close Thunderbird and try again. Nothing was changed.")
                                     .arg(*profile, lock));
    }
    ProfileFiles files;
    files.prefsPath = QDir(*profile).filePath(QStringLiteral("prefs.js"));
    files.recordPath = QDir(*profile).filePath(ClientInstaller::thunderbirdRecord());
    files.backupPath = files.prefsPath + ClientInstaller::backupSuffix();
    files.prefsKind = readFile(files.prefsPath, &files.prefs);
    files.recordKind = readFile(files.recordPath, &files.record);
    files.backupKind = readFile(files.backupPath, &files.backup);
    for (const auto& [kind, path] :
         {std::pair{files.prefsKind, files.prefsPath}, std::pair{files.recordKind, files.recordPath},
          std::pair{files.backupKind, files.backupPath}}) {
        if (kind != Kind::File && kind != Kind::Missing) {
            return refused(path, readProblem(kind, path));
        }
    }
    return files;
}

// `act` on the profile's files, unless readProfile() refuses.
template <typename Act>
Outcome withProfile(const QString& folder, Act act)
{
    const auto read = readProfile(folder);
    if (const Outcome* refusal = std::get_if<Outcome>(&read)) {
        return *refusal;
    }
    return act(std::get<ProfileFiles>(read));
}

// Writes `data` (owner only: the record and prefs.js are the person's), or removes `path` when
// `data` is nullopt.
std::optional<Outcome> put(const QString& path, const std::optional<QByteArray>& data)
{
    if (!data) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            return Outcome{Status::Failed, path, ClientInstaller::tr("Cannot remove “%1”.").arg(path)};
        }
        return std::nullopt;
    }
    ExportFileWriter::Error error;
    if (ExportFileWriter::writeFile(path, *data, true, true, &error) != ExportFileWriter::Status::Written) {
        return Outcome{Status::Failed, path, error.message()};
    }
    return std::nullopt;
}

std::optional<QByteArray> orNothing(const QByteArray& data)
{
    return data.isEmpty() ? std::nullopt : std::optional<QByteArray>(data);
}

Outcome installThunderbird(const Exporter::Result& result, const QString& address, const ProfileFiles& files)
{
    const QString& path = files.prefsPath;
    const QString& recordPath = files.recordPath;
    const QByteArray& prefs = files.prefs;
    const Kind kind = files.prefsKind;
    if (result.files.size() != 1) {
        return refused(path, ClientInstaller::tr("Nothing to install."));
    }
    QString error;
    const auto merged = ThunderbirdPrefsMerge::install(prefs, kind == Kind::File, files.record,
                                                       result.files.first().data, address, &error);
    if (!merged) {
        return refused(path, ClientInstaller::tr("“%1”: %2. Nothing was changed.").arg(path, error));
    }
    if (merged->change == ThunderbirdPrefsMerge::Change::Unchanged) {
        return {Status::Unchanged, path,
                ClientInstaller::tr("“%1” already holds %2 as Portpilot added it; nothing was changed.")
                    .arg(path, address)};
    }
    const QString& backup = files.backupPath;
    if (merged->writeBackup) {
        // No file before: no backup either (uninstall then removes prefs.js again).
        const std::optional<Outcome> failed = put(backup, kind == Kind::File ? std::optional(prefs) : std::nullopt);
        if (failed) {
            return {Status::Failed, path,
                    ClientInstaller::tr("No backup, so nothing was changed: %1").arg(failed->message)};
        }
    }
    // The record first: a prefs.js with the account and no record could not be undone.
    for (const auto& [p, data] :
         {std::pair{recordPath, orNothing(merged->sidecar)}, std::pair{path, std::optional(merged->prefs)}}) {
        if (const std::optional<Outcome> failed = put(p, data)) {
            return *failed;
        }
    }
    if (merged->change == ThunderbirdPrefsMerge::Change::Updated) {
        return {Status::Updated, path,
                ClientInstaller::tr("Updated %1 (%2) in “%3”; Thunderbird shows it at its next start.")
                    .arg(address, merged->account, path)};
    }
    return {Status::Installed, path,
            ClientInstaller::tr("Added %1 (%2) to “%3”, next to the accounts already there; the previous file is "
                                "saved as “%4”. Thunderbird shows it at its next start.")
                .arg(address, merged->account, path, backup)};
}

Outcome uninstallThunderbird(const QString& address, const ProfileFiles& files)
{
    const QString& path = files.prefsPath;
    const QString& recordPath = files.recordPath;
    const QString& backupPath = files.backupPath;
    if (files.recordKind == Kind::Missing) {
        return refused(path, ClientInstaller::tr("“%1” has no record of an account Portpilot added; nothing was "
                                                 "changed.")
                                 .arg(recordPath));
    }
    QString error;
    const auto undone = ThunderbirdPrefsMerge::uninstall(
        files.prefs, files.record, files.backupKind == Kind::File ? std::optional(files.backup) : std::nullopt, address,
        &error);
    if (!undone) {
        return refused(path, ClientInstaller::tr("“%1”: %2. Nothing was changed.").arg(recordPath, error));
    }
    std::optional<QByteArray> restored;
    if (!undone->exact) {
        restored = undone->prefs;
    } else if (undone->hadFile) {
        restored = files.backup;
    }
    for (const auto& [p, data] : {std::pair{path, restored}, std::pair{recordPath, orNothing(undone->sidecar)}}) {
        if (const std::optional<Outcome> failed = put(p, data)) {
            return *failed;
        }
    }
    if (undone->exact) {
        QFile::remove(backupPath); // it is the file now
        return {Status::Restored, path,
                ClientInstaller::tr("Removed %1 from “%2”: the file is again exactly as before the install.")
                    .arg(address, path)};
    }
    return {Status::Removed, path,
            ClientInstaller::tr("Removed the settings Portpilot added for %1 from “%2”; the other accounts and the "
                                "changes Thunderbird made since are kept.")
                .arg(address, path)};
}

} // namespace

ClientInstaller::Outcome ClientInstaller::install(const QString& format, const Exporter::Result& result,
                                                  const QString& address, const QString& profile)
{
    if (!ClientConfigLocation::isInstallable(format)) {
        return notInstallable(format);
    }
    if (format == QLatin1String("thunderbird")) {
        return withProfile(profile,
                           [&](const ProfileFiles& files) { return installThunderbird(result, address, files); });
    }
    const QString path = ClientConfigLocation::path(format);
    if (format == QLatin1String("evolution")) {
        return installSources(result, path);
    }
    if (result.files.size() != 1) {
        return refused(path, tr("Nothing to install."));
    }
    QByteArray old;
    const Kind kind = readFile(path, &old);
    if (kind != Kind::File && kind != Kind::Missing) {
        return refused(path, readProblem(kind, path));
    }
    const MarkedBlock marked(QByteArrayLiteral("#"), address);
    QString error;
    const std::optional<QByteArray> rest = marked.remove(old, &error);
    if (!rest) {
        return refused(path, tr("“%1”: %2. Nothing was changed; fix or remove those lines.").arg(path, error));
    }
    const std::optional<MarkedBlock::Span> span = marked.find(old, &error);
    const QByteArray block = marked.wrap(adaptForFile(format, result.files.first().data, *rest));
    const std::optional<QByteArray> updated = marked.put(old, block, &error);
    if (!updated || !span) {
        return refused(path, error);
    }
    if (kind == Kind::File && *updated == old) {
        return {Status::Unchanged, path,
                tr("“%1” already holds this block for %2; nothing was changed.").arg(path, address)};
    }
    ExportFileWriter::Error writeError;
    const QString backup = path + backupSuffix();
    if (kind == Kind::File) {
        // The backup may hold a password the file held: owner only.
        if (ExportFileWriter::writeFile(backup, old, true, true, &writeError) != ExportFileWriter::Status::Written) {
            return {Status::Failed, path, tr("No backup, so nothing was changed: %1").arg(writeError.message())};
        }
    } else if (!QDir().mkpath(QFileInfo(path).path())) {
        return {Status::Failed, path, tr("Cannot create the folder “%1”.").arg(QFileInfo(path).path())};
    }
    if (ExportFileWriter::writeFile(path, *updated, result.privateFile, true, &writeError) !=
        ExportFileWriter::Status::Written) {
        return {Status::Failed, path, writeError.message()};
    }
    if (kind == Kind::Missing) {
        return {Status::Installed, path, tr("Created “%1” with the account %2.").arg(path, address)};
    }
    if (span->found()) {
        return {
            Status::Updated, path,
            tr("Replaced the block for %1 in “%2”; the previous file is saved as “%3”.").arg(address, path, backup)};
    }
    return {Status::Installed, path,
            tr("Added the account %1 to “%2”; the previous file is saved as “%3”.").arg(address, path, backup)};
}

ClientInstaller::Outcome ClientInstaller::uninstall(const QString& format, const Exporter::Result& result,
                                                    const QString& address, const QString& profile)
{
    if (!ClientConfigLocation::isInstallable(format)) {
        return notInstallable(format);
    }
    if (format == QLatin1String("thunderbird")) {
        return withProfile(profile, [&](const ProfileFiles& files) { return uninstallThunderbird(address, files); });
    }
    const QString path = ClientConfigLocation::path(format);
    if (format == QLatin1String("evolution")) {
        return uninstallSources(result, path);
    }
    QByteArray current;
    const Kind kind = readFile(path, &current);
    if (kind == Kind::Missing) {
        return refused(path, tr("“%1” does not exist; nothing to remove.").arg(path));
    }
    if (kind != Kind::File) {
        return refused(path, readProblem(kind, path));
    }
    const MarkedBlock marked(QByteArrayLiteral("#"), address);
    QString error;
    const std::optional<MarkedBlock::Span> span = marked.find(current, &error);
    if (!span) {
        return refused(path, tr("“%1”: %2. Nothing was changed; fix or remove those lines.").arg(path, error));
    }
    if (!span->found()) {
        return refused(path, tr("“%1” has no block for %2; nothing was changed.").arg(path, address));
    }
    const QByteArray block = current.mid(span->begin, span->end - span->begin);
    const QByteArray withoutBlock = *marked.remove(current, &error);

    // The backup is the file before the last install. When putting this block into it gives the
    // file as it is now, nothing else changed it since: the backup's bytes come back exactly
    // (a line break the install added included). Otherwise only the block goes.
    const QString backupPath = path + backupSuffix();
    QByteArray backup;
    const Kind backupKind = readFile(backupPath, &backup);
    std::optional<QByteArray> reinstalled;
    if (backupKind == Kind::File) {
        reinstalled = marked.put(backup, block, &error);
    }
    const bool exact = reinstalled && *reinstalled == current;
    const QByteArray restored = exact ? backup : withoutBlock;

    if (!exact && backupKind != Kind::File && withoutBlock.isEmpty()) {
        // Portpilot created the file for this block alone.
        if (!QFile::remove(path)) {
            return {Status::Failed, path, tr("Cannot remove “%1”.").arg(path)};
        }
        return {Status::Restored, path, tr("Removed “%1”, which Portpilot had created for %2.").arg(path, address)};
    }
    ExportFileWriter::Error writeError;
    if (ExportFileWriter::writeFile(path, restored, result.privateFile, true, &writeError) !=
        ExportFileWriter::Status::Written) {
        return {Status::Failed, path, writeError.message()};
    }
    if (exact) {
        QFile::remove(backupPath); // it is the file now
        return {Status::Restored, path,
                tr("Removed %1 from “%2”: the file is again exactly as before the install.").arg(address, path)};
    }
    return {Status::Removed, path,
            tr("Removed the block for %1 from “%2”; the rest of the file, with the changes made since the install, "
               "is kept.")
                .arg(address, path)};
}

} // namespace Portpilot
