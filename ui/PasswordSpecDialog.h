#pragma once

#include "OperationRunner.h"
#include "PasswordGenerator.h"

#include <QDialog>
#include <memory>

namespace Ui {
class PasswordSpecDialog;
}

namespace lockbox::ui {

// Edits a generated secret's password specification (UpdateSecret, mask passwordPayloadSpecification)
// and optionally generates a new version from it (AddVersion with no entries). A local sample shows
// what the specification produces; it is never sent. Failures keep the dialog open with the form.
class PasswordSpecDialog final : public QDialog {
    Q_OBJECT
public:
    PasswordSpecDialog(OperationRunner *runner, Secret secret, QWidget *parent = nullptr);
    ~PasswordSpecDialog() override;
    Q_DISABLE_COPY_MOVE(PasswordSpecDialog)

    // The specification the form describes now.
    PasswordPayloadSpecification specification() const;
    // Translated text for a validation problem.
    static QString problemText(PasswordGenerator::Problem problem);
    bool isBusy() const { return m_busy; }

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void secretUpdated(const lockbox::Secret &secret);
    void versionAdded(const lockbox::Version &version);

private:
    enum class PunctuationMode { All, OnlyThese, AllExcept };

    void loadSpecification(const PasswordPayloadSpecification &spec);
    // The first problem with the form, or an empty string.
    QString validationProblem(const PasswordPayloadSpecification &spec) const;
    void updateForm();
    void refreshSample();
    void saveSpecification(const PasswordPayloadSpecification &spec);
    void generateVersion();
    void fail(const QString &lead, const ApiError &error, const QString &requestId);
    void setBusy(bool busy, const QString &what = {});

    std::unique_ptr<Ui::PasswordSpecDialog> m_ui;
    OperationRunner *m_runner = nullptr;
    Secret m_secret;
    // What the server holds now (the secret's spec, or what this dialog saved).
    std::optional<PasswordPayloadSpecification> m_savedSpec;
    bool m_busy = false;
    bool m_done = false;
    // The Idempotency-Key of a generation whose outcome is unknown: generating again resends it, so
    // at most one version is generated (a newly saved specification starts afresh).
    QString m_unknownGenerateKey;
};

} // namespace lockbox::ui
