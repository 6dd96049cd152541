#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QLocale;
class QTranslator;

namespace Portpilot {

// Chooses the interface language and swaps translations at run time.
//
// For a language "xx" it loads two embedded catalogues: :/i18n/portpilot_xx.qm (Portpilot's
// own strings) and :/i18n/qtbase_xx.qm (the strings Qt itself draws: wizard buttons, dialog
// buttons, line-edit menus; Qt ships none for Icelandic). English is the source language and
// needs no catalogue. "pseudo" is a test locale in which every string is accented and longer.
// Installing a translator makes Qt send QEvent::LanguageChange to every widget, so pages
// retranslate themselves in changeEvent().
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    static inline const QString English = QStringLiteral("en");
    static inline const QString Pseudo = QStringLiteral("pseudo");

    // The one manager of the application (created on first use, owned by the application).
    static LanguageManager* instance();

    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    // Language codes with a catalogue, English first, then sorted; the pseudo-locale is left
    // out unless includePseudo is set (it is for testing, not for people).
    static QStringList availableLanguages(bool includePseudo = false);
    static bool isAvailable(const QString& code);
    // The language to use for these BCP 47 UI languages (QLocale::uiLanguages()): the first
    // one that is available, or English.
    static QString languageFor(const QStringList& uiLanguages);
    static QString languageFor(const QLocale& locale);
    static QString systemLanguage();
    // The language's name in itself ("Íslenska", "English"), for the language menu.
    static QString nativeName(const QString& code);
    // Turns "--lang" values into codes: "", "system" and "auto" mean the system's language,
    // "xx" means the pseudo-locale, "is_IS"/"is-IS" mean "is". Returns an empty string when
    // the language has no catalogue.
    static QString normalize(const QString& requested);

    // Switches to this language ("" follows the system). Returns false, and keeps the current
    // language, when there is no catalogue for it; *error then says why in the current language.
    bool setLanguage(const QString& requested, QString* error = nullptr);
    QString language() const;

signals:
    void languageChanged(const QString& code);

private:
    void removeTranslators();

    QString m_language = English;
    QList<QTranslator*> m_translators;
};

} // namespace Portpilot
