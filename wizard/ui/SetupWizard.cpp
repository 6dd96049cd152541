#include "SetupWizard.h"

#include "DetailsPage.h"

namespace Portpilot {

SetupWizard::SetupWizard(QWidget* parent)
    : QWizard(parent)
    , m_detailsPage(new DetailsPage(this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up an email account"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::HaveHelpButton, true);
    setPage(Page_Details, m_detailsPage);
}

void SetupWizard::setInitialAddress(const QString& address)
{
    m_detailsPage->setAddress(address);
}

} // namespace Portpilot
