#include "HelpDialog.h"

#include "HelpTexts.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Portpilot {

HelpDialog::HelpDialog(QWidget* parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_pageHelp(new QTextBrowser(this))
    , m_ports(new QTextBrowser(this))
    , m_questions(new QTextBrowser(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("helpDialog"));
    m_tabs->setObjectName(QStringLiteral("helpTabs"));
    m_pageHelp->setObjectName(QStringLiteral("pageHelp"));
    m_ports->setObjectName(QStringLiteral("portsHelp"));
    m_questions->setObjectName(QStringLiteral("questionsHelp"));
    for (QTextBrowser* browser : {m_pageHelp, m_ports, m_questions}) {
        browser->setOpenExternalLinks(true);
    }
    m_tabs->addTab(m_pageHelp, QString());
    m_tabs->addTab(m_ports, QString());
    m_tabs->addTab(m_questions, QString());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 420);
    retranslateUi();
}

void HelpDialog::showPage(int pageId)
{
    m_pageId = pageId;
    m_pageHelp->setHtml(HelpTexts::forPage(pageId));
    m_tabs->setCurrentIndex(0);
}

void HelpDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void HelpDialog::retranslateUi()
{
    setWindowTitle(tr("Portpilot help"));
    m_tabs->setTabText(0, tr("This page"));
    m_tabs->setTabText(1, tr("Standard ports"));
    m_tabs->setTabText(2, tr("Questions"));
    m_pageHelp->setAccessibleName(tr("Help for this page"));
    m_ports->setAccessibleName(tr("Standard ports"));
    m_ports->setAccessibleDescription(tr("Which port goes with which protocol and security"));
    m_questions->setAccessibleName(tr("Common questions"));
    m_pageHelp->setHtml(HelpTexts::forPage(m_pageId));
    m_ports->setHtml(HelpTexts::standardPorts());
    m_questions->setHtml(HelpTexts::questions());
}

} // namespace Portpilot
