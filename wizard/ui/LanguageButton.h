#pragma once

#include <QToolButton>

class QActionGroup;
class QMenu;
class QWizard;

namespace Portpilot {

// The wizard's language menu: a button beside the wizard's own buttons whose menu lists every
// language with a catalogue, each in its own name. Choosing one switches the whole interface at
// once (LanguageManager); the button follows switches made elsewhere.
class LanguageButton : public QToolButton
{
    Q_OBJECT

public:
    explicit LanguageButton(QWidget* parent = nullptr);

    // Puts a language button into the wizard's button row (as QWizard::CustomButton3).
    static LanguageButton* addTo(QWizard* wizard);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateChecked();

    QMenu* m_menu;
    QActionGroup* m_group;
};

} // namespace Portpilot
