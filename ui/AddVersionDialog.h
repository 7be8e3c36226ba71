#pragma once

#include "DiscardQuestion.h"
#include "OperationRunner.h"

#include <QDialog>
#include <memory>

namespace Ui {
class AddVersionDialog;
}

namespace lockbox::ui {

// Adds a version on top of a base version. The keys of the base are listed to Keep, Change or Remove,
// and new keys can be added; what is sent is exactly that change set (unchanged keys are inherited by
// the server). For a generated secret, "Generate a new password" sends no entries at all. Values are
// checked against the API limits as they are typed; a failed request keeps everything in the dialog.
class AddVersionDialog final : public QDialog {
    Q_OBJECT
public:
    enum Column { KeyColumn, ChangeColumn, TypeColumn, ValueColumn, ColumnCount };
    enum class Change { Keep, Set, Remove, Add };

    AddVersionDialog(OperationRunner *runner, Secret secret, const QList<Version> &baseCandidates,
                     const QString &preselectedBaseId, QWidget *parent = nullptr);
    ~AddVersionDialog() override; // overwrites the values it held
    Q_DISABLE_COPY_MOVE(AddVersionDialog)

    QString baseVersionId() const;
    // The request OK sends with the form as it is now.
    AddVersionRequest request() const;
    // What keeps OK disabled (translated), empty when the form can be sent.
    QStringList validationProblems() const;
    // Bytes of the values the request sends (base values kept unchanged are not known here).
    qint64 sentValueBytes() const;
    int rowOfKey(const QString &key) const;
    // Loads a value for a row from a file: text (UTF-8) or binary, after the row's type.
    bool loadValueFromFile(int row, const QString &path);
    std::optional<Version> addedVersion() const { return m_addedVersion; }
    bool isBusy() const { return m_busy; }

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void versionAdded(const lockbox::Version &version);

protected:
    // Focus in a row's editor makes that row current, so the row buttons act on what is being edited.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row {
        QString key;
        bool inherited = false; // a key of the base version
        Change change = Change::Keep;
        bool binary = false;
        QString text;
        QByteArray bytes;
        QString fileName; // set when the value came from a file
    };

    void setBaseVersion(const QString &versionId);
    void rebuildTable();
    void refreshRowWidgets(int row);
    void updateForm();
    void addEntry();
    void removeEntry();
    void chooseFileForCurrentRow();
    bool generateMode() const;
    bool nothingChanged() const;
    // What OK will send, in words, for a valid form.
    QString changeSummary() const;
    bool sendsValue(const Row &row) const;
    static qint64 valueBytes(const Row &row);
    void setBusy(bool busy);
    void wipeValues();

    std::unique_ptr<Ui::AddVersionDialog> m_ui;
    OperationRunner *m_runner = nullptr;
    Secret m_secret;
    QList<Version> m_candidates;
    QString m_baseVersionId;
    QList<Row> m_rows;
    std::optional<Version> m_addedVersion;
    bool m_syncingWidgets = false;
    int m_fileProblemRow = -1; // the row whose file could not be loaded, while errorLabel says so
    bool m_busy = false;
    bool m_done = false;
    // After an unknown outcome: the Idempotency-Key it was sent with, and a digest of what was sent.
    // The same request sent again goes with the same key, so it cannot add a second version.
    QString m_unknownKey;
    QByteArray m_unknownDigest;
    DiscardQuestion m_discardQuestion;
};

} // namespace lockbox::ui
