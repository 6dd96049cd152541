#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace Portpilot {

struct CertificateInfo;

// Shows a certificate the connection test refused: subject, issuer, validity, SHA-256
// fingerprint and what is wrong with it. Accepting trusts exactly this certificate for this
// server; a certificate for another name cannot be accepted at all.
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateDialog(const QString& server, const CertificateInfo& info, QWidget* parent = nullptr);

private:
    QLabel* addRow(QFormLayout* layout, const QString& label, const QString& value, const char* name);
};

} // namespace Portpilot
