#pragma once

#include <QList>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Portpilot {

class SetupController;

// Page 6: export the tested settings for real mail programs. Choose formats and a folder;
// the password stays out unless the person asks (with a warning); a preview shows the file.
class ExportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ExportPage(SetupController* controller, QWidget* parent = nullptr);

    void initializePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updatePreview();
    void chooseFolder();
    void exportNow();
    // The report of every save of this setup (the controller keeps them), in the current language.
    void updateReport();
    QStringList checkedFormats() const;

    SetupController* m_controller;
    QLabel* m_formatsLabel;
    QListWidget* m_formats;
    QLabel* m_folderLabel;
    QLineEdit* m_folder;
    QPushButton* m_browse;
    QCheckBox* m_includePassword;
    QLabel* m_passwordWarning;
    QLabel* m_previewLabel;
    QPlainTextEdit* m_preview;
    QPushButton* m_exportButton;
    QLabel* m_report;
};

} // namespace Portpilot
