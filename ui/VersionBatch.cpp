#include "VersionBatch.h"

#include "ErrorText.h"
#include "StatusPresentation.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <algorithm>

namespace lockbox::ui {

namespace {
constexpr int kVersionIdRole = Qt::UserRole + 1;
} // namespace

VersionBatch::VersionBatch(OperationRunner *runner, QListWidget *list, QLabel *errorLabel, QObject *parent)
    : QObject(parent), m_runner(runner), m_list(list), m_errorLabel(errorLabel) {
    m_list->setIconSize(QSize(16, 16));
}

VersionBatch::~VersionBatch() = default;

void VersionBatch::setVersions(const QList<Version> &versions, const QString &currentVersionId,
                               const std::function<QString(const Version &)> &detail) {
    m_list->clear();
    m_items.clear();
    m_order.clear();
    m_succeeded.clear();
    m_failures.clear();
    for (const Version &v : versions) {
        QString text = v.id;
        if (v.id == currentVersionId) {
            text += QLatin1Char(' ') + tr("(current version)");
        }
        if (!v.description.isEmpty()) {
            text += QStringLiteral(" — ") + v.description;
        }
        const QString second = detail ? detail(v) : QString();
        if (!second.isEmpty()) {
            text += QLatin1Char('\n') + second;
        }
        auto *item = new QListWidgetItem(StatusPresentation::icon(v.status), text, m_list);
        item->setData(kVersionIdRole, v.id);
        if (v.id == currentVersionId) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        m_items.insert(v.id, item);
        m_order.append(v.id);
    }
    m_errorLabel->clear();
    m_errorLabel->hide();
}

QStringList VersionBatch::pendingVersionIds() const {
    QStringList ids;
    for (const QString &id : m_order) {
        if (!m_succeeded.contains(id)) {
            ids.append(id);
        }
    }
    return ids;
}

void VersionBatch::start(const Send &send, const Describe &describeSuccess, const QString &description,
                         const QString &secretId) {
    const QStringList ids = pendingVersionIds();
    if (ids.isEmpty() || isRunning()) {
        return;
    }
    m_failures.clear();
    m_errorLabel->hide();
    m_running = static_cast<int>(ids.size());
    for (const QString &id : ids) {
        QListWidgetItem *item = m_items.value(id);
        item->setToolTip(QString());
        m_runner->run(
            this,
            [send, id](QObject *context, ApiClient::Callback<Operation> callback) {
                send(id, context, std::move(callback));
            },
            [this, item, id, describeSuccess](const Result<Operation> &result) {
                settle(item, id, result, describeSuccess);
            },
            description, OperationLog::target(secretId, id));
    }
}

void VersionBatch::settle(QListWidgetItem *item, const QString &versionId, const Result<Operation> &result,
                          const Describe &describeSuccess) {
    if (result.ok()) {
        m_succeeded.append(versionId);
        const std::optional<Version> version = result.value().responseVersion();
        if (version) {
            item->setIcon(StatusPresentation::icon(version->status));
            item->setText(version->id + QLatin1Char('\n') + describeSuccess(*version));
            Q_EMIT versionUpdated(*version);
        } else {
            item->setText(versionId + QLatin1Char('\n') + tr("Done"));
        }
    } else {
        QString text = ErrorText::describe(result.error(), result.requestId());
        if (result.error().outcomeUnknown) {
            text = tr("outcome unknown, it may have been done") + QStringLiteral(": ") + text;
        }
        m_failures.insert(versionId, {text, result.error().outcomeUnknown});
        item->setIcon(QIcon(QStringLiteral(":/icons/error.svg")));
        item->setToolTip(text);
    }
    if (--m_running == 0) {
        showFailures();
        Q_EMIT finished(failedCount());
    }
}

void VersionBatch::showFailures() {
    if (m_failures.isEmpty()) {
        m_errorLabel->hide();
        return;
    }
    QStringList lines;
    // Found by exploratory testing: "1 version failed" over a line saying it may have been done.
    const int failures = failedCount();
    const auto unknown =
        std::count_if(m_failures.cbegin(), m_failures.cend(), [](const Failure &f) { return f.outcomeUnknown; });
    if (unknown == failures) {
        lines << tr("Outcome unknown for %n version(s):", nullptr, failures);
    } else if (unknown == 0) {
        lines << tr("%n version(s) failed:", nullptr, failures);
    } else {
        lines << tr("%n version(s) failed or have an unknown outcome:", nullptr, failures);
    }
    for (const QString &id : m_order) {
        if (m_failures.contains(id)) {
            lines << QStringLiteral("• %1 — %2").arg(id, m_failures.value(id).text);
        }
    }
    m_errorLabel->setText(lines.join(QLatin1Char('\n')));
    m_errorLabel->show();
}

} // namespace lockbox::ui
