#pragma once

#include "ServerSettings.h"
#include "Side.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Portpilot {

// The fields of one server (incoming or outgoing) on the manual settings page. It shows the
// settings and the validator's messages; the port follows the security through
// ServerSettingsValidator::portAfterSecurityChange().
class ServerSettingsEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit ServerSettingsEditor(Side side, QWidget* parent = nullptr);

    void setSettings(const ServerSettings& server);
    ServerSettings settings() const;
    // Shows the plaintext consent box (checked or not) or hides it.
    void setConsentNeeded(bool needed, bool given);
    // Shows the box that approves `domain` (the registrable domain, in ACE form, of a host an
    // unauthenticated source named), checked when `given`; an empty domain hides it.
    void setApprovalNeeded(const QString& domain, bool given);

    QLineEdit* hostEdit() const { return m_host; }

signals:
    void settingsChanged();
    void consentChanged(bool given);
    void approvalChanged(bool given);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateProblems();
    void fillAuthMethods();
    void protocolOrSecurityChanged();

    bool isIncoming() const { return m_side == Side::Incoming; }

    const Side m_side;
    ServerSettings m_base; // fields this editor does not show are kept as they were
    Protocol m_lastProtocol;
    SocketType m_lastSecurity = SocketType::Ssl;
    QLabel* m_protocolLabel;
    QComboBox* m_protocol;
    QLabel* m_hostLabel;
    QLineEdit* m_host;
    QLabel* m_portLabel;
    QLineEdit* m_port;
    QLabel* m_securityLabel;
    QComboBox* m_security;
    QLabel* m_authLabel;
    QComboBox* m_auth;
    QLabel* m_usernameLabel;
    QLineEdit* m_username;
    QLabel* m_problems;
    QCheckBox* m_consent;
    QLabel* m_approvalNote;
    QCheckBox* m_approval;
};

} // namespace Portpilot
