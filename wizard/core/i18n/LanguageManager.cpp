#include "LanguageManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace Portpilot {

namespace {

const QString CatalogueDir = QStringLiteral(":/i18n");
const QString AppCatalogue = QStringLiteral("portpilot");
const QString QtCatalogue = QStringLiteral("qtbase");

QString catalogueFile(const QString& base, const QString& code)
{
    return QStringLiteral("%1/%2_%3.qm").arg(CatalogueDir, base, code);
}

} // namespace

LanguageManager* LanguageManager::instance()
{
    // Owned by the application object so that it goes away with it (tests create several).
    static QPointer<LanguageManager> manager;
    if (!manager) {
        manager = new LanguageManager(QCoreApplication::instance());
    }
    return manager;
}

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::availableLanguages(bool includePseudo)
{
    QStringList codes;
    const QStringList files = QDir(CatalogueDir).entryList({AppCatalogue + QStringLiteral("_*.qm")}, QDir::Files);
    for (const QString& file : files) {
        const QString code = file.mid(AppCatalogue.size() + 1).chopped(3);
        if (code != English && (includePseudo || code != Pseudo)) {
            codes.append(code);
        }
    }
    codes.sort();
    codes.prepend(English);
    return codes;
}

bool LanguageManager::isAvailable(const QString& code)
{
    return code == English || (!code.isEmpty() && QFile::exists(catalogueFile(AppCatalogue, code)));
}

QString LanguageManager::languageFor(const QStringList& uiLanguages)
{
    for (const QString& tag : uiLanguages) {
        // "is-IS" -> "is"; the catalogues are per language, not per country.
        const QString code = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (code != Pseudo && isAvailable(code)) {
            return code;
        }
    }
    return English;
}

QString LanguageManager::languageFor(const QLocale& locale)
{
    return languageFor(locale.uiLanguages());
}

QString LanguageManager::systemLanguage()
{
    return languageFor(QLocale::system());
}

QString LanguageManager::nativeName(const QString& code)
{
    if (code == English) {
        return QStringLiteral("English");
    }
    if (code == Pseudo) {
        return QStringLiteral("[Ƥšéûðö]");
    }
    QString name = QLocale(code).nativeLanguageName();
    if (name.isEmpty()) {
        return code;
    }
    name[0] = name.at(0).toUpper();
    return name;
}

QString LanguageManager::normalize(const QString& requested)
{
    const QString value = requested.trimmed();
    if (value.isEmpty() || value == QLatin1String("system") || value == QLatin1String("auto")) {
        return systemLanguage();
    }
    if (value == QLatin1String("xx") || value == Pseudo) {
        return isAvailable(Pseudo) ? Pseudo : QString();
    }
    const QString code = value.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    return isAvailable(code) ? code : QString();
}

bool LanguageManager::setLanguage(const QString& requested, QString* error)
{
    const QString code = normalize(requested);
    if (code.isEmpty()) {
        if (error) {
            //: %1 is what the person asked for, %2 the list of language codes
            *error = tr("There is no translation for the language “%1”. Available: %2.")
                         .arg(requested, availableLanguages().join(QStringLiteral(", ")));
        }
        return false;
    }

    QList<QTranslator*> loaded;
    if (code != English) {
        for (const QString& base : {AppCatalogue, QtCatalogue}) {
            auto* translator = new QTranslator(this);
            if (translator->load(catalogueFile(base, code))) {
                loaded.append(translator);
            } else {
                delete translator;
                if (base == AppCatalogue) {
                    qDeleteAll(loaded);
                    if (error) {
                        *error = tr("The translation for “%1” could not be loaded.").arg(code);
                    }
                    return false;
                }
            }
        }
    }

    removeTranslators();
    for (QTranslator* translator : std::as_const(loaded)) {
        QCoreApplication::installTranslator(translator);
    }
    m_translators = loaded;
    // Numbers, dates and QLocale().name() follow the interface language; the system locale is
    // kept when it already speaks that language (so en_GB stays en_GB).
    const QLocale system = QLocale::system();
    if (code == Pseudo) {
        QLocale::setDefault(QLocale(QLocale::English));
    } else if (system.name().section(QLatin1Char('_'), 0, 0) == code) {
        QLocale::setDefault(system);
    } else {
        QLocale::setDefault(QLocale(code));
    }
    const bool changed = m_language != code;
    m_language = code;
    if (changed) {
        emit languageChanged(code);
    }
    return true;
}

QString LanguageManager::language() const
{
    return m_language;
}

void LanguageManager::removeTranslators()
{
    // At exit the application may already be gone; its translator list goes with it.
    const bool haveApplication = QCoreApplication::instance() != nullptr;
    for (QTranslator* translator : std::as_const(m_translators)) {
        if (haveApplication) {
            QCoreApplication::removeTranslator(translator);
        }
        delete translator;
    }
    m_translators.clear();
}

} // namespace Portpilot
