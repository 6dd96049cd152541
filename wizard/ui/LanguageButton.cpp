#include "LanguageButton.h"

#include "LanguageManager.h"

#include <QActionGroup>
#include <QEvent>
#include <QMenu>
#include <QWizard>

namespace Portpilot {

LanguageButton::LanguageButton(QWidget* parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageButton"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(m_menu);
    m_menu->setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);

    LanguageManager* manager = LanguageManager::instance();
    for (const QString& code : LanguageManager::availableLanguages()) {
        // Each language in its own name, so people find theirs whatever is shown now.
        QAction* action = m_menu->addAction(LanguageManager::nativeName(code));
        action->setObjectName(QStringLiteral("language_%1").arg(code));
        action->setData(code);
        action->setCheckable(true);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [manager](QAction* action) { manager->setLanguage(action->data().toString()); });
    connect(manager, &LanguageManager::languageChanged, this, &LanguageButton::updateChecked);

    retranslateUi();
    updateChecked();
}

LanguageButton* LanguageButton::addTo(QWizard* wizard)
{
    auto* button = new LanguageButton(wizard);
    wizard->setButton(QWizard::CustomButton3, button);
    wizard->setOption(QWizard::HaveCustomButton3, true);
    return button;
}

void LanguageButton::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // QWizard translates its Back/Next/Finish/Cancel texts only when its style changes, so
        // change it there and back (Qt 6.4 has no other way to refresh them).
        if (auto* wizard = qobject_cast<QWizard*>(window())) {
            const QWizard::WizardStyle style = wizard->wizardStyle();
            wizard->setWizardStyle(style == QWizard::ClassicStyle ? QWizard::ModernStyle : QWizard::ClassicStyle);
            wizard->setWizardStyle(style);
        }
    }
    QToolButton::changeEvent(event);
}

void LanguageButton::retranslateUi()
{
    //: Button that opens the list of interface languages
    const QString text = tr("&Language");
    setText(text);
    // QWizard keeps its own copy of the text of a button it holds and restores it now and then.
    if (auto* wizard = qobject_cast<QWizard*>(window()); wizard && wizard->button(QWizard::CustomButton3) == this) {
        wizard->setButtonText(QWizard::CustomButton3, text);
    }
    setToolTip(tr("Show Portpilot in another language"));
    setAccessibleName(tr("Interface language"));
}

void LanguageButton::updateChecked()
{
    const QString current = LanguageManager::instance()->language();
    for (QAction* action : m_group->actions()) {
        action->setChecked(action->data().toString() == current);
    }
}

} // namespace Portpilot
