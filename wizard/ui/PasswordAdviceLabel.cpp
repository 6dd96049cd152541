#include "PasswordAdviceLabel.h"

#include "ProviderAdvice.h"
#include "SetupController.h"

namespace Portpilot {

PasswordAdviceLabel::PasswordAdviceLabel(const SetupController* controller, QWidget* parent)
    : QLabel(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("passwordAdvice"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setOpenExternalLinks(true);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    setVisible(false);
}

void PasswordAdviceLabel::refresh()
{
    const QString advice = ProviderAdvice::passwordAdvice(m_controller->state());
    const QUrl url = ProviderAdvice::passwordAdviceUrl(m_controller->state());
    QString html = advice.toHtmlEscaped();
    if (!url.isEmpty()) {
        html += QStringLiteral(" <a href=\"%1\">%2</a>")
                    .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("How to do this"));
    }
    setText(html);
    setAccessibleDescription(tr("About your password"));
    setVisible(!advice.isEmpty());
}

} // namespace Portpilot
