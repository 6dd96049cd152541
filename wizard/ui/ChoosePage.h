#pragma once

#include "AccountEnums.h"

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace Portpilot {

class PasswordAdviceLabel;
class SetupController;

// Page 3: the two choices a person makes, IMAP or POP3 and SSL/TLS or STARTTLS, each explained
// and the recommended one marked, with the servers found behind them; then the approvals
// discovery asked for and the provider's "enable IMAP first" note. Which answers exist and which
// server each picks is ServerChoice's (core); this page shows it and forwards the choice.
class ChoosePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ChoosePage(SetupController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    // Shows the state: the answers, the servers behind them, the notes and the approvals.
    void refresh();
    void fillServers();
    void updateEnableNote();
    void rebuildApprovals();
    // The person answered one question: the best server of each side for both answers.
    void answer(Protocol protocol, SocketType security);

    SetupController* m_controller;
    PasswordAdviceLabel* m_passwordAdvice;
    bool m_manualRequested = false;
    QGroupBox* m_protocolBox;
    QRadioButton* m_imapRadio;
    QLabel* m_imapAdvice;
    QRadioButton* m_pop3Radio;
    QLabel* m_pop3Advice;
    QButtonGroup* m_protocolGroup;
    QGroupBox* m_securityBox;
    QRadioButton* m_sslRadio;
    QLabel* m_sslAdvice;
    QRadioButton* m_startTlsRadio;
    QLabel* m_startTlsAdvice;
    QButtonGroup* m_securityGroup;
    QGroupBox* m_serversBox;
    QLabel* m_incomingLabel;
    QComboBox* m_incomingServer;
    QLabel* m_outgoingLabel;
    QComboBox* m_outgoingServer;
    QLabel* m_securityNote;
    QLabel* m_enableNote;
    QGroupBox* m_approvalBox;
    QVBoxLayout* m_approvalLayout;
    QPushButton* m_manualButton;
};

} // namespace Portpilot
