#include "MigrationWords.h"

#include <QLocale>

namespace Portpilot {

QString MigrationWords::size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString MigrationWords::progress(const MigrationState& state)
{
    const MigrationProgress& p = state.progress;
    const QLocale locale;
    //: %1 and %2 message counts, %3 and %4 sizes such as "12.3 MB"
    QString text = tr("%1 of %2 messages, %3 of %4")
                       .arg(locale.toString(p.messagesDone), locale.toString(p.messagesTotal), size(p.bytesDone),
                            size(p.bytesTotal));
    if (state.paused) {
        return tr("%1 (paused)").arg(text);
    }
    if (const auto left = state.secondsLeft()) {
        //: %1 the progress so far, %2 seconds or minutes left
        text = *left < 90 ? tr("%1, about %2 s left").arg(text).arg(*left)
                          : tr("%1, about %2 min left").arg(text).arg((*left + 30) / 60);
    }
    return text;
}

QString MigrationWords::summary(const MigrationReport& report)
{
    int copied = 0;
    int there = 0;
    int skipped = 0;
    int failed = 0;
    for (const FolderReport& folder : report.folders) {
        copied += folder.copied;
        there += folder.alreadyThere;
        skipped += folder.skipped;
        failed += folder.failed;
    }
    QStringList lines;
    if (report.verified()) {
        //: %1 and %2 are message counts
        lines.append(tr("Every message is on the server and was checked there: %1 copied now, %2 already there.")
                         .arg(QLocale().toString(copied), QLocale().toString(there)));
    } else {
        lines.append(
            tr("Not on the server: %1 (listed below). The others were checked there.").arg(QLocale().toString(failed)));
    }
    if (skipped > 0) {
        lines.append(tr("Left out, marked as deleted: %1.").arg(QLocale().toString(skipped)));
    }
    if (!report.connectionProblem.isEmpty()) {
        lines.append(
            tr("The copy stopped: %1 Copy again to go on: nothing is copied twice.").arg(report.connectionProblem));
    }
    for (const FolderReport& folder : report.folders) {
        if (!folder.folderProblem.isEmpty()) {
            lines.append(QStringLiteral("%1: %2").arg(folder.folder.displayName(), folder.folderProblem));
        }
        for (const FolderReport::Problem& problem : folder.problems) {
            //: %1 folder, %2 position of the message in it, %3 why it is not on the server
            lines.append(
                tr("%1, message %2: %3").arg(folder.folder.displayName()).arg(problem.message).arg(problem.reason));
        }
    }
    return lines.join(u'\n');
}

QString MigrationWords::removalAdvice(const QStringList& programs)
{
    QStringList lines;
    lines.append(tr("Portpilot has not deleted anything. Keep the old account until you have looked at your mail in "
                    "the new one."));
    if (programs.contains(QLatin1String("Thunderbird"))) {
        lines.append(tr("Thunderbird: add the new IMAP account first. Then open Account Settings, select the old POP3 "
                        "account and choose Account Actions → Remove Account. If it delivered to Local Folders, the "
                        "messages there stay until you delete them yourself."));
    }
    if (programs.contains(QLatin1String("Evolution"))) {
        lines.append(tr("Evolution: add the new IMAP account first. Then open Edit → Accounts, select the old POP3 "
                        "account and choose Delete. The messages “On This Computer” stay until you delete them "
                        "yourself."));
    }
    lines.append(tr("Other devices that still fetch mail with POP3 should be changed to IMAP too; otherwise they may "
                    "remove messages from the server."));
    return lines.join(u'\n');
}

} // namespace Portpilot
