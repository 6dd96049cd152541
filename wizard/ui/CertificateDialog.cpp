#include "CertificateDialog.h"

#include "CertificateInfo.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Portpilot {

CertificateDialog::CertificateDialog(const QString& server, const CertificateInfo& info, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Check the server’s certificate"));
    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("certificateIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    //: %1 is a server such as imap.example.com:993
    intro->setText(info.isPinnable()
                       ? tr("The certificate of “%1” could not be verified. Trust it only if you know this server "
                            "uses it, for example because your provider told you the fingerprint below.")
                             .arg(server)
                       : tr("The certificate of “%1” cannot be accepted: it belongs to another server or is broken. "
                            "Check the server name.")
                             .arg(server));
    auto* form = new QFormLayout;
    const QLocale locale;
    addRow(form, tr("Issued to:"), info.subject, "certificateSubject");
    addRow(form, tr("Issued by:"), info.issuer, "certificateIssuer");
    addRow(form, tr("Valid from:"), locale.toString(info.validFrom, QLocale::LongFormat), "certificateValidFrom");
    addRow(form, tr("Valid until:"), locale.toString(info.validUntil, QLocale::LongFormat), "certificateValidUntil");
    addRow(form, tr("SHA-256 fingerprint:"), info.fingerprint(), "certificateFingerprint");
    addRow(form, tr("Problems:"), info.errorTexts.join(QLatin1Char('\n')), "certificateProblems");

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    if (info.isPinnable()) {
        QPushButton* trust = buttons->addButton(tr("&Trust this certificate"), QDialogButtonBox::AcceptRole);
        trust->setObjectName(QStringLiteral("trustCertificateButton"));
        trust->setAccessibleDescription(tr("Trusts exactly this certificate for this server from now on"));
    }
    // The safe choice is the default.
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QLabel* CertificateDialog::addRow(QFormLayout* layout, const QString& label, const QString& value, const char* name)
{
    auto* text = new QLabel(value, this);
    text->setObjectName(QLatin1String(name));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setFocusPolicy(Qt::StrongFocus);
    text->setAccessibleName(label);
    layout->addRow(label, text);
    return text;
}

} // namespace Portpilot
