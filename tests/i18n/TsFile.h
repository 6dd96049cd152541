#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Portpilot {

// A Qt Linguist .ts file as the translation tests need it: one entry per message.
class TsFile
{
public:
    struct Message
    {
        QString context;
        QString source;
        QString comment;      // the disambiguation: part of the message's identity
        QString extraComment; // the translator comment (//:)
        bool numerus = false;
        QString type;             // "", "unfinished", "vanished" or "obsolete"
        QStringList translations; // one, or one per plural form

        QString key() const { return context + QChar(4) + source + QChar(4) + comment; }
        QString describe() const;
    };

    static TsFile read(const QString& path, QString* error);

    QString language;
    QString sourceLanguage;
    QList<Message> messages;
};

} // namespace Portpilot
