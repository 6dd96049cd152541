#pragma once

#include "FolderReader.h"

#include <QCoreApplication>
#include <QStringList>

namespace Portpilot {

// Reads one Maildir folder (cur/ and new/), in delivery order (file names start with the time).
// Flags come from the info suffix after ":2," (S seen, R replied, F flagged, D draft; T trashed =
// deleted but not yet expunged, like Thunderbird's expunged bit); the file time is the date.
class MaildirReader : public FolderReader
{
    Q_DECLARE_TR_FUNCTIONS(MaildirReader)

public:
    explicit MaildirReader(const QString& path, qint64 maxMessageSize = DefaultMaxMessageSize);

    std::optional<LocalMessage> next() override;
    ReadProblem problem() const override { return m_problem; }

    // Whether a directory is a Maildir folder (has cur/ or new/).
    static bool isMaildir(const QString& path);
    // Flags and the trashed mark of a file name such as "1700000000.M1P2.host:2,FS".
    static void applyInfo(const QString& fileName, LocalMessage& message);

private:
    QString m_path;
    qint64 m_maxMessageSize;
    ReadProblem m_problem;
    QStringList m_files; // relative to m_path: "cur/…", "new/…"
    qsizetype m_next = 0;
};

} // namespace Portpilot
