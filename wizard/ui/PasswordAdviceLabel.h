#pragma once

#include <QLabel>

namespace Portpilot {

class SetupController;

// The provider's password advice (app password, OAuth2 only) with a link to its help page,
// hidden when the provider takes the normal password. Shown on the Choose and the Manual
// settings pages, before the test, so that the person can fetch an app password first.
class PasswordAdviceLabel : public QLabel
{
    Q_OBJECT

public:
    explicit PasswordAdviceLabel(const SetupController* controller, QWidget* parent = nullptr);

    // Words the advice for the chosen servers in the current language; the pages call it when
    // the choice or the language changes.
    void refresh();

private:
    const SetupController* m_controller;
};

} // namespace Portpilot
