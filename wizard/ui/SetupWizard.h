#pragma once

#include <QWizard>

namespace Portpilot {

class DetailsPage;

// The account setup wizard. It owns the pages and hands each the state it needs;
// pages never reach into each other.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        Page_Details,
    };

    explicit SetupWizard(QWidget* parent = nullptr);

    void setInitialAddress(const QString& address);

private:
    DetailsPage* m_detailsPage;
};

} // namespace Portpilot
