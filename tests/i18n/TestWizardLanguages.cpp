#include "DiscoveryOptions.h"
#include "DovecotServer.h"
#include "LanguageManager.h"
#include "ProbeFailure.h"
#include "SetupController.h"
#include "SetupWizard.h"
#include "TsFile.h"
#include "WizardTestSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>

#include <functional>

using namespace Portpilot;
using WizardTestSupport::typeInto;

// Walks every page of the real wizard (offscreen, in a network namespace with only loopback and
// with a private Secret Service; see tests/ui/run-isolated.sh) in one language and checks what a
// person would see:
//  - pseudo: every visible text went through a translator (it carries the ⟦…⟧ markers of the
//    pseudo-locale), and no label, button or box is too small for its text or pokes out of the window;
//  - is: no visible text is an English source string, Qt's own buttons included; nothing clipped;
//  - en: nothing clipped.
// With PORTPILOT_SCREENSHOT_DIR set it also saves a PNG of every step (scripts/screenshots.sh).
class TestWizardLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void walkEveryPage_data();
    void walkEveryPage();
    void switchAtRunTime();
    void resultsFollowTheLanguage();

private:
    struct Text
    {
        QString where; // object name and property, for the failure message
        QString text;
        bool visibleText = true; // drawn on screen (not a tool tip or accessible name)
    };
    using Visit = std::function<void(const QString& step, QWidget* window)>;

    std::unique_ptr<SetupWizard> makeWizard();
    void walk(SetupWizard& wizard, const Visit& visit);
    static QList<Text> texts(QWidget* window);
    static bool isData(const QString& text);
    QStringList untranslated(QWidget* window) const;
    QStringList english(QWidget* window) const;
    static QStringList clipped(QWidget* window);
    // Switches English → Icelandic → English and checks the labels `names` of `page`: worded
    // anew in Icelandic (none left English, `icelandic` where given), back in English as before.
    void checkResultsSwitch(QWidget* page, const QStringList& names,
                            const QHash<QString, std::function<QString()>>& icelandic = {});
    void screenshot(const QString& language, const QString& step, QWidget* window);

    QList<QRegularExpression> m_englishPatterns;
    QSet<QString> m_englishPlain; // help pages as plain text
    QTemporaryDir m_exportDir;
    int m_shot = 0;
};

namespace {

const QString Address = QStringLiteral("anna@gmail.com");
const QString Name = QStringLiteral("Anna Jónsdóttir");

QString plain(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText().simplified();
}

bool waitForNext(SetupWizard& wizard, int timeoutMs = 60000)
{
    return QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, timeoutMs);
}

QString failures(const QStringList& list)
{
    return QStringLiteral("%1 problem(s):\n  ").arg(list.size()) + list.join(QStringLiteral("\n  "));
}

} // namespace

void TestWizardLanguages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PortpilotTest"));
    QCoreApplication::setApplicationName(QStringLiteral("portpilot-i18n-test"));
    QVERIFY(m_exportDir.isValid());
    QVERIFY2(LanguageManager::availableLanguages(true).contains(LanguageManager::Pseudo),
             "the pseudo-locale catalogue is not embedded");

    // Every English source string, as a pattern in which %1… match anything. Strings that the
    // translation keeps as they are (SSL/TLS, imap.example.com, %1: %2) are not English text.
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    static const QRegularExpression placeholder(QStringLiteral("%L?(n|\\d{1,2})"));
    for (const QString& file : {QStringLiteral("portpilot_is.ts"), QStringLiteral("qtbase_is.ts")}) {
        QString error;
        const TsFile ts = TsFile::read(QStringLiteral(PORTPILOT_SOURCE_DIR "/translations/") + file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const TsFile::Message& m : ts.messages) {
            QString withoutPlaceholders = m.source;
            withoutPlaceholders.remove(placeholder);
            if (m.translations.contains(m.source) || !word.match(withoutPlaceholders).hasMatch()) {
                continue;
            }
            QStringList pieces;
            for (const QString& piece : m.source.trimmed().split(placeholder)) {
                pieces.append(QRegularExpression::escape(piece));
            }
            const QString pattern = pieces.join(QStringLiteral("(.*)"));
            m_englishPatterns.append(QRegularExpression(QStringLiteral("\\A") + pattern + QStringLiteral("\\z"),
                                                        QRegularExpression::DotMatchesEverythingOption));
            if (m.source.startsWith(QLatin1Char('<'))) {
                m_englishPlain.insert(plain(m.source));
            }
        }
    }
    QVERIFY(m_englishPatterns.size() > 100);
}

void TestWizardLanguages::init()
{
    QSettings().clear();
}

void TestWizardLanguages::cleanup()
{
    LanguageManager::instance()->setLanguage(LanguageManager::English);
}

std::unique_ptr<SetupWizard> TestWizardLanguages::makeWizard()
{
    auto wizard = std::make_unique<SetupWizard>();
    wizard->controller()->setDiscoveryOptions(WizardTestSupport::isolatedDiscovery());
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get())) {
        qWarning("wizard not exposed");
    }
    return wizard;
}

// Goes through every page and the states that show extra text, calling visit() at each.
void TestWizardLanguages::walk(SetupWizard& wizard, const Visit& visit)
{
    auto step = [&](const QString& name, QWidget* window) {
        QCoreApplication::processEvents();
        visit(name, window);
    };
    // Details: empty, with a bad address (its explanation), then filled in.
    step(QStringLiteral("details"), &wizard);
    typeInto(&wizard, "addressEdit", QStringLiteral("anna@"));
    step(QStringLiteral("details-bad-address"), &wizard);
    typeInto(&wizard, "nameEdit", Name);
    typeInto(&wizard, "addressEdit", Address);
    typeInto(&wizard, "passwordEdit", QStringLiteral("secret"));
    step(QStringLiteral("details-filled"), &wizard);
    if (QTest::currentTestFailed()) {
        return;
    }

    // The help window, all tabs.
    QTest::mouseClick(wizard.button(QWizard::HelpButton), Qt::LeftButton);
    auto* help = wizard.findChild<QDialog*>(QStringLiteral("helpDialog"));
    QVERIFY(help);
    QTRY_VERIFY(help->isVisible());
    auto* tabs = help->findChild<QTabWidget*>(QStringLiteral("helpTabs"));
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        step(QStringLiteral("help-%1").arg(i + 1), help);
    }
    help->close();

    // Finding: while the search runs, then its result.
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::Page_Finding));
    step(QStringLiteral("finding-searching"), &wizard);
    QVERIFY2(waitForNext(wizard), "the search did not end");
    step(QStringLiteral("finding-done"), &wizard);

    // Choose: the bundled provider's servers, advice and instructions.
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::Page_Choose));
    step(QStringLiteral("choose"), &wizard);
    if (QTest::currentTestFailed()) {
        return;
    }

    // Manual settings: as found, with a problem, and without encryption (warning and consent).
    auto* manual = wizard.currentPage()->findChild<QPushButton*>(QStringLiteral("manualButton"));
    QVERIFY(manual);
    QTest::mouseClick(manual, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::Page_Manual));
    QWidget* page = wizard.currentPage();
    step(QStringLiteral("manual"), &wizard);
    auto* host = page->findChild<QLineEdit*>(QStringLiteral("incomingHost"));
    auto* security = page->findChild<QComboBox*>(QStringLiteral("outgoingSecurity"));
    QVERIFY(host && security);
    const QString foundHost = host->text();
    typeInto(page, "incomingHost", QStringLiteral("imap://x"));
    step(QStringLiteral("manual-problem"), &wizard);
    typeInto(page, "incomingHost", foundHost.isEmpty() ? QStringLiteral("imap.gmail.com") : foundHost);
    const int securityIndex = security->currentIndex();
    security->setCurrentIndex(security->count() - 1); // "None (not encrypted)"
    step(QStringLiteral("manual-unencrypted"), &wizard);
    security->setCurrentIndex(securityIndex);
    if (QTest::currentTestFailed()) {
        return;
    }

    // Whatever pages come between the settings and the export. The connection test cannot pass
    // here (no real server in the namespace); its failure is shown, then the walk goes on.
    if (!waitForNext(wizard)) {
        QStringList shown;
        for (const Text& t : texts(&wizard)) {
            shown.append(t.where + QLatin1Char('=') + t.text);
        }
        QFAIL(qPrintable(QStringLiteral("Next stays disabled on the manual page:\n  ") +
                         shown.join(QStringLiteral("\n  "))));
    }
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    for (int guard = 0; guard < 4 && wizard.currentId() != SetupWizard::Page_Export; ++guard) {
        QWidget* current = wizard.currentPage();
        auto* retry = current->findChild<QPushButton*>(QStringLiteral("retryButton"));
        // Wait for the test to end (passed or failed); a page without one just waits.
        [[maybe_unused]] const bool ended = QTest::qWaitFor(
            [&] { return wizard.button(QWizard::NextButton)->isEnabled() || (retry && retry->isEnabled()); }, 60000);
        step(current->objectName(), &wizard);
        wizard.next();
    }
    QCOMPARE(wizard.currentId(), int(SetupWizard::Page_Export));

    // Export: a format previewed, the password warning, and the report after saving.
    page = wizard.currentPage();
    auto* formats = page->findChild<QListWidget*>(QStringLiteral("formatList"));
    QVERIFY(formats && formats->count() > 0);
    formats->setCurrentRow(0);
    formats->item(0)->setCheckState(Qt::Checked);
    step(QStringLiteral("export"), &wizard);
    auto* include = page->findChild<QCheckBox*>(QStringLiteral("includePasswordCheck"));
    QVERIFY(include);
    include->setChecked(true);
    step(QStringLiteral("export-password-warning"), &wizard);
    include->setChecked(false);
    const QString folder = m_exportDir.filePath(QString::number(++m_shot));
    QVERIFY(QDir().mkpath(folder));
    typeInto(page, "folderEdit", folder);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
    step(QStringLiteral("export-saved"), &wizard);
    if (QTest::currentTestFailed()) {
        return;
    }

    // Done: after the password went to the keychain.
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::Page_Done));
    QVERIFY2(QTest::qWaitFor([&] { return wizard.button(QWizard::FinishButton)->isEnabled(); }, 60000),
             "Finish stays disabled");
    step(QStringLiteral("done"), &wizard);
}

QList<TestWizardLanguages::Text> TestWizardLanguages::texts(QWidget* window)
{
    QList<Text> found;
    auto add = [&found](QWidget* w, const char* what, const QString& text, bool visible = true) {
        if (!text.trimmed().isEmpty()) {
            const QString name =
                w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
            found.append({QStringLiteral("%1.%2").arg(name, QLatin1String(what)), text, visible});
        }
    };
    add(window, "windowTitle", window->windowTitle());
    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    widgets.prepend(window);
    for (QWidget* w : std::as_const(widgets)) {
        if (w != window && (!w->isVisibleTo(window) || w->isWindow())) {
            continue;
        }
        if (auto* label = qobject_cast<QLabel*>(w)) {
            add(w, "text", label->text());
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            add(w, "text", button->text());
        } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
            add(w, "title", box->title());
        } else if (auto* bar = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < bar->count(); ++i) {
                add(w, "tabText", bar->tabText(i));
            }
        } else if (auto* edit = qobject_cast<QLineEdit*>(w)) {
            if (edit->text().isEmpty()) {
                add(w, "placeholderText", edit->placeholderText());
            }
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i) {
                add(w, "item", combo->itemText(i), i == combo->currentIndex());
            }
        } else if (auto* list = qobject_cast<QListWidget*>(w)) {
            for (int i = 0; i < list->count(); ++i) {
                add(w, "item", list->item(i)->text());
            }
        } else if (auto* browser = qobject_cast<QTextBrowser*>(w)) {
            add(w, "document", browser->toPlainText());
        }
        add(w, "toolTip", w->toolTip(), false);
        add(w, "accessibleName", w->accessibleName(), false);
        add(w, "accessibleDescription", w->accessibleDescription(), false);
    }
    return found;
}

// What the person typed or the program found (addresses, host names, numbers), not words.
bool TestWizardLanguages::isData(const QString& text)
{
    static const QRegularExpression noWords(QStringLiteral("\\A[^A-Za-z]*\\z"));
    // Protocol names and other acronyms are the same in every language.
    static const QRegularExpression acronym(QStringLiteral("\\A[A-Z0-9/-]{2,}\\z"));
    // Names of programs and formats ("msmtp", "mobileconfig") are names, not words.
    static const QRegularExpression identifier(QStringLiteral("\\A[a-z0-9][a-z0-9._-]*\\z"));
    static const QRegularExpression address(QStringLiteral("\\A[\\w.+-]+@[\\w.-]+\\z"));
    static const QRegularExpression host(QStringLiteral("\\A[a-z0-9-]+(\\.[a-z0-9-]+)+\\z"));
    static const QRegularExpression path(QStringLiteral("\\A/\\S*\\z"));
    const QString t = text.trimmed();
    return noWords.match(t).hasMatch() || acronym.match(t).hasMatch() || identifier.match(t).hasMatch() ||
           address.match(t).hasMatch() || host.match(t).hasMatch() || path.match(t).hasMatch() || t == Name ||
           t == QLatin1String("imap://x");
}

QStringList TestWizardLanguages::untranslated(QWidget* window) const
{
    static const QString open = QStringLiteral("\u27e6");
    QStringList problems;
    for (const Text& t : texts(window)) {
        if (!t.text.contains(open) && !isData(t.text)) {
            problems.append(QStringLiteral("%1: “%2”").arg(t.where, t.text));
        }
    }
    return problems;
}

QStringList TestWizardLanguages::english(QWidget* window) const
{
    QStringList problems;
    for (const Text& t : texts(window)) {
        const QString text = t.text.trimmed();
        bool isEnglish = m_englishPlain.contains(text.simplified());
        for (qsizetype i = 0; !isEnglish && i < m_englishPatterns.size(); ++i) {
            isEnglish = m_englishPatterns.at(i).match(text).hasMatch();
        }
        if (isEnglish) {
            problems.append(QStringLiteral("%1: “%2”").arg(t.where, t.text));
        }
    }
    return problems;
}

QStringList TestWizardLanguages::clipped(QWidget* window)
{
    QStringList problems;
    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* w : std::as_const(widgets)) {
        if (!w->isVisibleTo(window) || w->isWindow()) {
            continue;
        }
        auto* label = qobject_cast<QLabel*>(w);
        const bool textWidget =
            (label && !label->text().isEmpty()) || qobject_cast<QAbstractButton*>(w) || qobject_cast<QGroupBox*>(w);
        if (!textWidget) {
            continue;
        }
        const QString name =
            w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
        QString shown;
        if (label) {
            shown = label->text();
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            shown = button->text();
        } else {
            shown = static_cast<QGroupBox*>(w)->title();
        }
        // Too small for the text: a wrapping label needs its height for its width, anything
        // else at least its minimum size.
        if (label && label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + 1) {
                problems.append(
                    QStringLiteral("%1 “%2”: %3 px high, needs %4").arg(name, shown).arg(label->height()).arg(needed));
            }
        } else {
            const QSize needed = w->minimumSizeHint().expandedTo(label ? label->sizeHint() : QSize());
            if (needed.width() > w->width() + 1 || needed.height() > w->height() + 1) {
                problems.append(QStringLiteral("%1 “%2”: %3×%4, needs %5×%6")
                                    .arg(name, shown)
                                    .arg(w->width())
                                    .arg(w->height())
                                    .arg(needed.width())
                                    .arg(needed.height()));
            }
        }
        // Overflowing: outside the window (scroll areas may hold more than they show).
        bool scrolled = false;
        for (QWidget* p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
            scrolled = scrolled || qobject_cast<QScrollArea*>(p);
        }
        const QRect inWindow(w->mapTo(window, QPoint(0, 0)), w->size());
        if (!scrolled && !window->rect().contains(inWindow)) {
            problems.append(QStringLiteral("%1 “%2”: outside the window").arg(name, shown));
        }
    }
    return problems;
}

void TestWizardLanguages::screenshot(const QString& language, const QString& step, QWidget* window)
{
    const QString dir = qEnvironmentVariable("PORTPILOT_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QDir().mkpath(dir);
    const QString file =
        QStringLiteral("%1/%2-%3-%4.png").arg(dir, language).arg(++m_shot, 2, 10, QLatin1Char('0')).arg(step);
    QVERIFY2(window->grab().save(file), qPrintable(file));
}

void TestWizardLanguages::walkEveryPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("pseudo") << LanguageManager::Pseudo;
    QTest::newRow("is") << QStringLiteral("is");
    QTest::newRow("en") << LanguageManager::English;
}

void TestWizardLanguages::walkEveryPage()
{
    QFETCH(QString, language);
    QString error;
    QVERIFY2(LanguageManager::instance()->setLanguage(language, &error), qPrintable(error));
    auto wizard = makeWizard();
    m_shot = 0;
    QStringList problems;
    walk(*wizard, [&](const QString& step, QWidget* window) {
        screenshot(language, step, window);
        if (qEnvironmentVariableIsSet("PORTPILOT_DEBUG_GEOMETRY")) {
            qInfo("%s: %dx%d min %dx%d", qPrintable(step), window->width(), window->height(),
                  window->minimumSizeHint().width(), window->minimumSizeHint().height());
        }
        QStringList found = clipped(window);
        if (language == LanguageManager::Pseudo) {
            found += untranslated(window);
        } else if (language != LanguageManager::English) {
            found += english(window);
        }
        for (const QString& problem : std::as_const(found)) {
            problems.append(QStringLiteral("[%1] %2").arg(step, problem));
        }
    });
    QVERIFY2(problems.isEmpty(), qPrintable(failures(problems)));
}

void TestWizardLanguages::switchAtRunTime()
{
    // Starts in English, and at every step switches to Icelandic and back through the language
    // menu: in Icelandic nothing may stay English, back in English every text must be as before.
    QVERIFY(LanguageManager::instance()->setLanguage(LanguageManager::English));
    auto wizard = makeWizard();
    auto* button = wizard->findChild<QToolButton*>(QStringLiteral("languageButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    auto choose = [button](const QString& code) {
        for (QAction* action : button->menu()->actions()) {
            if (action->data().toString() == code) {
                action->trigger();
            }
        }
        QCoreApplication::processEvents();
    };
    // Results of something done before the switch (a connection test, an export, saving the
    // password) are worded anew too: the pages keep the result, not its text. The walk's test
    // fails (no server in the namespace); resultsFollowTheLanguage() covers a passed one.
    QSet<QString> results = {QStringLiteral("incomingTestResult.text"), QStringLiteral("outgoingTestResult.text"),
                             QStringLiteral("testSummary.text"), QStringLiteral("exportReport.text")};
    QStringList problems;
    walk(*wizard, [&](const QString& step, QWidget* window) {
        if (step == QLatin1String("finding-searching")) {
            return; // still changing by itself
        }
        QStringList before;
        for (const Text& t : texts(window)) {
            before.append(t.where + QLatin1Char('=') + t.text);
            results.remove(t.where); // shown, so switched below
        }
        choose(QStringLiteral("is"));
        if (LanguageManager::instance()->language() != QLatin1String("is")) {
            problems.append(QStringLiteral("[%1] the menu did not switch to Icelandic").arg(step));
        }
        for (const QString& problem : english(window)) {
            problems.append(QStringLiteral("[%1] still English: %2").arg(step, problem));
        }
        choose(LanguageManager::English);
        QStringList after;
        for (const Text& t : texts(window)) {
            after.append(t.where + QLatin1Char('=') + t.text);
        }
        for (const QString& text : std::as_const(before)) {
            if (!after.contains(text)) {
                problems.append(QStringLiteral("[%1] not restored in English: %2").arg(step, text));
            }
        }
    });
    QVERIFY2(problems.isEmpty(), qPrintable(failures(problems)));
    QVERIFY2(results.isEmpty(), qPrintable(QStringLiteral("never shown: ") +
                                           QStringList(results.begin(), results.end()).join(QStringLiteral(", "))));
}

void TestWizardLanguages::checkResultsSwitch(QWidget* page, const QStringList& names,
                                             const QHash<QString, std::function<QString()>>& icelandic)
{
    auto textOf = [page](const QString& name) {
        auto* label = page->findChild<QLabel*>(name);
        return label ? label->text() : QStringLiteral("(no label %1)").arg(name);
    };
    QHash<QString, QString> english;
    for (const QString& name : names) {
        english.insert(name, textOf(name));
        QVERIFY2(!english.value(name).isEmpty(), qPrintable(name + QStringLiteral(" is empty")));
    }
    QString error;
    QVERIFY2(LanguageManager::instance()->setLanguage(QStringLiteral("is"), &error), qPrintable(error));
    QCoreApplication::processEvents();
    for (const QString& name : names) {
        const QString shown = textOf(name);
        QVERIFY2(shown != english.value(name), qPrintable(name + QStringLiteral(" still English: ") + shown));
        if (icelandic.contains(name)) {
            QCOMPARE(shown, icelandic.value(name)());
        }
    }
    for (const QString& problem : this->english(page)) {
        QVERIFY2(!names.contains(problem.section(QLatin1Char('.'), 0, 0)),
                 qPrintable(QStringLiteral("still English: ") + problem));
    }
    QVERIFY(LanguageManager::instance()->setLanguage(LanguageManager::English));
    QCoreApplication::processEvents();
    for (const QString& name : names) {
        QCOMPARE(textOf(name), english.value(name));
    }
}

void TestWizardLanguages::resultsFollowTheLanguage()
{
    // A failed test, a passed one and export reports, each made in English, then shown in
    // Icelandic and in English again. Dovecot runs on loopback in the test's own namespace.
    const DovecotServer dovecot(QStringLiteral("127.0.0.1"));
    QVERIFY2(dovecot.isRunning(), qPrintable(dovecot.error()));
    QVERIFY(LanguageManager::instance()->setLanguage(LanguageManager::English));
    auto wizard = makeWizard();
    SetupController* controller = wizard->controller();
    controller->setExtraCaCertificates(QSslCertificate::fromPath(dovecot.caFile()));
    typeInto(wizard.get(), "nameEdit", Name);
    typeInto(wizard.get(), "addressEdit", QStringLiteral("anna@example.test"));
    typeInto(wizard.get(), "passwordEdit", QStringLiteral("not-the-password"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Finding));
    auto* manual = wizard->currentPage()->findChild<QPushButton*>(QStringLiteral("findingManualButton"));
    QVERIFY(manual);
    QTest::mouseClick(manual, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Manual));
    QWidget* page = wizard->currentPage();
    // "localhost" is a name the test certificate carries.
    typeInto(page, "incomingHost", QStringLiteral("localhost"));
    typeInto(page, "incomingPort", QString::number(dovecot.port(QStringLiteral("IMAPS_PORT"))));
    typeInto(page, "outgoingHost", QStringLiteral("localhost"));
    typeInto(page, "outgoingPort", QString::number(dovecot.port(QStringLiteral("SUBMISSIONS_PORT"))));
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Test));
    page = wizard->currentPage();
    auto testEnded = [controller] {
        return controller->state().side(Side::Incoming).testResult &&
               controller->state().side(Side::Outgoing).testResult && !controller->isTesting();
    };
    const QStringList testLabels = {QStringLiteral("incomingTestResult"), QStringLiteral("outgoingTestResult"),
                                    QStringLiteral("testSummary")};

    // The wrong password: the failure is worded from its kind in the language shown.
    QVERIFY(QTest::qWaitFor(testEnded, 120000));
    QVERIFY(!controller->state().testPassed());
    const FailureKind kind = controller->state().side(Side::Incoming).testResult->failure.kind;
    QCOMPARE(kind, FailureKind::AuthWrongPassword);
    checkResultsSwitch(page, testLabels,
                       {{QStringLiteral("incomingTestResult"), [kind] { return ProbeFailure::message(kind); }}});
    if (QTest::currentTestFailed()) {
        return;
    }

    // The right password, typed on the Test page: both pass.
    typeInto(page, "retryPasswordEdit", QStringLiteral("anna-secret"));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("retryButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor(testEnded, 120000));
    QVERIFY(controller->state().testPassed());
    checkResultsSwitch(page, testLabels);
    if (QTest::currentTestFailed()) {
        return;
    }

    // Export: saved, then saved again into the same folder (the file is in the way).
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::Page_Export));
    page = wizard->currentPage();
    auto* formats = page->findChild<QListWidget*>(QStringLiteral("formatList"));
    QVERIFY(formats);
    const auto msmtp = formats->findItems(QStringLiteral("msmtp"), Qt::MatchExactly);
    QCOMPARE(msmtp.size(), 1);
    msmtp.first()->setCheckState(Qt::Checked);
    const QString folder = m_exportDir.filePath(QStringLiteral("results"));
    QVERIFY(QDir().mkpath(folder));
    typeInto(page, "folderEdit", folder);
    auto* exportButton = page->findChild<QPushButton*>(QStringLiteral("exportButton"));
    QVERIFY(exportButton);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 1);
    checkResultsSwitch(page, {QStringLiteral("exportReport")});
    QTest::mouseClick(exportButton, Qt::LeftButton);
    auto* report = page->findChild<QLabel*>(QStringLiteral("exportReport"));
    QVERIFY2(report->text().contains(QLatin1String("already exists")), qPrintable(report->text()));
    checkResultsSwitch(page, {QStringLiteral("exportReport")});
}

QTEST_MAIN(TestWizardLanguages)
#include "TestWizardLanguages.moc"
