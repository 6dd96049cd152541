#include "ClientConfigLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <cerrno>
#include <sys/stat.h>

namespace Portpilot {

namespace {

QString home()
{
    return QDir::homePath();
}

// $XDG_CONFIG_HOME, or ~/.config when unset or not absolute (as the XDG spec says).
QString configHome()
{
    const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    return QDir::isAbsolutePath(xdg) ? QDir::cleanPath(xdg) : home() + QStringLiteral("/.config");
}

// lstat, not stat: a symbolic link is there too (and refused later, not followed).
bool exists(const QString& path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

} // namespace

QStringList ClientConfigLocation::installableFormats()
{
    return {QStringLiteral("mutt"),       QStringLiteral("aerc"),      QStringLiteral("msmtp"),
            QStringLiteral("mbsync"),     QStringLiteral("fetchmail"), QStringLiteral("evolution"),
            QStringLiteral("thunderbird")};
}

bool ClientConfigLocation::isInstallable(const QString& format)
{
    return installableFormats().contains(format);
}

QStringList ClientConfigLocation::candidates(const QString& format)
{
    const QString h = home();
    const QString xdg = configHome();
    if (format == QLatin1String("mutt")) {
        // neomutt(1), FILES: the first user file found, XDG first.
        return {xdg + QStringLiteral("/neomutt/neomuttrc"), xdg + QStringLiteral("/neomutt/muttrc"),
                xdg + QStringLiteral("/mutt/neomuttrc"),    xdg + QStringLiteral("/mutt/muttrc"),
                h + QStringLiteral("/.neomutt/neomuttrc"),  h + QStringLiteral("/.neomutt/muttrc"),
                h + QStringLiteral("/.mutt/neomuttrc"),     h + QStringLiteral("/.mutt/muttrc"),
                h + QStringLiteral("/.neomuttrc"),          h + QStringLiteral("/.muttrc")};
    }
    if (format == QLatin1String("msmtp")) {
        // msmtp(1): ~/.msmtprc first, then $XDG_CONFIG_HOME/msmtp/config.
        return {h + QStringLiteral("/.msmtprc"), xdg + QStringLiteral("/msmtp/config")};
    }
    if (format == QLatin1String("mbsync")) {
        // isync 1.4.4 reads only ~/.mbsyncrc (XDG isyncrc came with 1.5).
        return {h + QStringLiteral("/.mbsyncrc")};
    }
    if (format == QLatin1String("fetchmail")) {
        // fetchmail(1): $FETCHMAILHOME/fetchmailrc (no dot) when that is set.
        const QString fetchmailHome = qEnvironmentVariable("FETCHMAILHOME");
        if (!fetchmailHome.isEmpty()) {
            return {fetchmailHome + QStringLiteral("/fetchmailrc")};
        }
        return {h + QStringLiteral("/.fetchmailrc")};
    }
    if (format == QLatin1String("aerc")) {
        return {xdg + QStringLiteral("/aerc/accounts.conf")};
    }
    if (format == QLatin1String("evolution")) {
        return {xdg + QStringLiteral("/evolution/sources")};
    }
    if (format == QLatin1String("thunderbird")) {
        return {thunderbirdProfilesIni()};
    }
    return {};
}

QString ClientConfigLocation::thunderbirdProfilesIni()
{
    return home() + QStringLiteral("/.thunderbird/profiles.ini");
}

std::optional<QString> ClientConfigLocation::thunderbirdProfile(const QString& folder, QString* error)
{
    if (!folder.isEmpty()) {
        if (!QFileInfo(folder).isDir()) {
            *error = tr("The Thunderbird profile folder “%1” does not exist.").arg(folder);
            return std::nullopt;
        }
        return QDir(folder).absolutePath();
    }
    const QString ini = thunderbirdProfilesIni();
    if (!QFileInfo(ini).isFile()) {
        *error =
            tr("“%1” does not exist: start Thunderbird once to make a profile, or name one with --profile.").arg(ini);
        return std::nullopt;
    }
    const QString base = QFileInfo(ini).path();
    const QSettings settings(ini, QSettings::IniFormat);
    QString chosen;
    QStringList profiles;
    for (const QString& group : settings.childGroups()) {
        if (group.startsWith(QLatin1String("Install")) && chosen.isEmpty()) {
            // Thunderbird 68 and later start with this one (a Path= value, relative or absolute).
            chosen = settings.value(group + QStringLiteral("/Default")).toString();
        }
    }
    QString marked;
    for (const QString& group : settings.childGroups()) {
        if (!group.startsWith(QLatin1String("Profile"))) {
            continue;
        }
        const QString path = settings.value(group + QStringLiteral("/Path")).toString();
        if (path.isEmpty()) {
            continue;
        }
        const bool relative = settings.value(group + QStringLiteral("/IsRelative"), 1).toInt() == 1;
        const QString profile = QDir::cleanPath(relative ? QDir(base).filePath(path) : path);
        if (path == chosen) {
            return profile;
        }
        if (settings.value(group + QStringLiteral("/Default")).toInt() == 1) {
            marked = profile;
        }
        profiles.append(profile);
    }
    if (!marked.isEmpty()) {
        return marked;
    }
    if (profiles.size() == 1) {
        return profiles.first();
    }
    *error = profiles.isEmpty()
                 ? tr("“%1” lists no profile; nothing was changed.").arg(ini)
                 : tr("“%1” lists several profiles and none is the default; name one with --profile.").arg(ini);
    return std::nullopt;
}

QString ClientConfigLocation::path(const QString& format)
{
    const QStringList all = candidates(format);
    if (format == QLatin1String("thunderbird")) {
        // The default profile's prefs.js, where there is one.
        QString error;
        const std::optional<QString> profile = thunderbirdProfile({}, &error);
        return profile ? QDir(*profile).filePath(QStringLiteral("prefs.js")) : thunderbirdProfilesIni();
    }
    for (const QString& candidate : all) {
        if (exists(candidate)) {
            return candidate;
        }
    }
    if (all.isEmpty()) {
        return {};
    }
    // None yet: the XDG file where the client reads one (neomutt, msmtp), else its only file.
    if (format == QLatin1String("msmtp")) {
        return all.last();
    }
    return all.first();
}

} // namespace Portpilot
