// The main window and every dialog in Russian at the default font: no label, button, group box title
// or tab is cut (each is at least as large as its size hint; a word-wrapping label is tall enough for
// its width), and no dialog is larger than 1280×800.
#include "DialogGallery.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QTabBar>
#include <QTranslator>
#include <QVBoxLayout>

using namespace lockbox;

namespace {

constexpr int kMaxWidth = 1280;
constexpr int kMaxHeight = 800;

bool isPartOfAnother(const QWidget *w) {
    if (w->objectName().startsWith(QLatin1String("qt_"))) {
        return true; // Qt's own helpers (tool bar extension, dock buttons), laid out by Qt
    }
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QTabBar *>(p)) {
            return true; // the tab bar's scroll arrows
        }
    }
    return false;
}

// QLineEdit::initStyleOption is protected; the same trick as for the tab bar below.
struct LineEditAccess : QLineEdit {
    static void init(const QLineEdit *edit, QStyleOptionFrame *option) {
        (edit->*(&LineEditAccess::initStyleOption))(option);
    }
};

// The width a line edit has for its text (and placeholder): its contents rectangle less its text
// margins, QLineEdit's own 2 px on each side, and a clear button's place.
int textWidth(const QLineEdit *edit) {
    QStyleOptionFrame option;
    LineEditAccess::init(edit, &option);
    QRect r = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    r = r.marginsRemoved(edit->textMargins());
    int width = r.width() - 4;
    if (edit->isClearButtonEnabled()) {
        // QLineEditPrivate::sideWidgetParameters(): the icon and 6 px, and a margin; kept when hidden.
        width -= edit->style()->pixelMetric(QStyle::PM_LineEditIconSize, nullptr, edit) + 6 +
                 edit->style()->pixelMetric(QStyle::PM_LineEditIconMargin, nullptr, edit);
    }
    return width;
}

// QTabBar::tabSizeHint is protected; a pointer to it named through a subclass may be called on any tab bar.
struct TabBarAccess : QTabBar {
    static QSize hint(const QTabBar *tabs, int i) { return (tabs->*(&TabBarAccess::tabSizeHint))(i); }
};

QString describe(const QWidget *w, const QString &text) {
    QString name = w->objectName();
    if (name.isEmpty()) {
        name = QString::fromLatin1(w->metaObject()->className());
        for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
            if (!p->objectName().isEmpty()) {
                name += QStringLiteral(" in ") + p->objectName();
                break;
            }
        }
    }
    return QStringLiteral("%1 “%2”").arg(name, text.simplified().left(80));
}

QString sizes(const QSize &has, const QSize &needs) {
    return QStringLiteral("%1×%2, needs %3×%4")
        .arg(has.width())
        .arg(has.height())
        .arg(needs.width())
        .arg(needs.height());
}

// atNarrowest: the window at its minimum size, where line edits may shrink under their placeholder
// and a label that is laid out to clip (an ignored width: a folder's name, its tooltip has it all)
// may clip.
QStringList checkTruncation(QWidget *window, bool atNarrowest = false) {
    QStringList problems;
    if (window->width() > kMaxWidth || window->height() > kMaxHeight) {
        problems << QStringLiteral("window is %1×%2, more than %3×%4")
                        .arg(window->width())
                        .arg(window->height())
                        .arg(kMaxWidth)
                        .arg(kMaxHeight);
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisible() || isPartOfAnother(w)) {
            continue;
        }
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty()) {
                continue; // an icon, or nothing to say yet
            }
            if (atNarrowest && label->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored) {
                continue;
            }
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height()) {
                    problems << describe(label, label->text()) +
                                    QStringLiteral(": wrapped text cut, %1 px high, needs %2")
                                        .arg(label->height())
                                        .arg(needed);
                }
            } else if (label->width() < label->sizeHint().width() || label->height() < label->sizeHint().height()) {
                problems << describe(label, label->text()) + QStringLiteral(": ") +
                                sizes(label->size(), label->sizeHint());
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            const QSize hint = button->sizeHint();
            if (button->width() < hint.width() || button->height() < hint.height()) {
                problems << describe(button, button->text()) + QStringLiteral(": ") + sizes(button->size(), hint);
            }
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            // Found by QA: two Russian hints were cut ("…вставьте нов…").
            const QString hint = edit->placeholderText();
            if (!atNarrowest && !hint.isEmpty() && edit->text().isEmpty() &&
                edit->fontMetrics().horizontalAdvance(hint) > textWidth(edit)) {
                problems << describe(edit, hint) + QStringLiteral(": placeholder cut, %1 px for %2")
                                                       .arg(textWidth(edit))
                                                       .arg(edit->fontMetrics().horizontalAdvance(hint));
            }
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            // Found by QA: squeezed, the page size box showed "1" for 100.
            if (!combo->isEditable() && !combo->currentText().isEmpty()) {
                QStyleOptionComboBox option;
                option.initFrom(combo);
                // Measured as QComboBox measures its items.
                const QSize text(combo->fontMetrics().boundingRect(combo->currentText()).width(),
                                 combo->fontMetrics().height());
                const int needed = combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, combo).width();
                if (combo->width() < needed) {
                    problems << describe(combo, combo->currentText()) +
                                    QStringLiteral(": %1 px, needs %2").arg(combo->width()).arg(needed);
                }
            }
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            // QGroupBox's minimum size hint is where its title fits.
            const QSize hint = group->minimumSizeHint();
            if (group->width() < hint.width() || group->height() < hint.height()) {
                problems << describe(group, group->title()) + QStringLiteral(": ") + sizes(group->size(), hint);
            }
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                const QRect rect = tabs->tabRect(i);
                const QSize hint = TabBarAccess::hint(tabs, i);
                if (rect.width() < hint.width() || !tabs->rect().contains(rect)) {
                    problems << describe(tabs, tabs->tabText(i)) + QStringLiteral(": tab ") + sizes(rect.size(), hint);
                }
            }
        }
    }
    return problems;
}

} // namespace

class TestLayoutRu final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checkerFindsCutText();
    void nothingCut_data();
    void nothingCut();
    void mainWindowAtItsNarrowest();

private:
    QTranslator m_qt;
    QTranslator m_ours;
    test::DialogGallery m_gallery;
};

void TestLayoutRu::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    // As app/main.cpp does for --lang ru.
    QLocale::setDefault(QLocale(QStringLiteral("ru")));
    QVERIFY(m_qt.load(QStringLiteral("qtbase_ru"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QVERIFY(QCoreApplication::installTranslator(&m_qt));
    QVERIFY(m_ours.load(QStringLiteral(":/i18n/lockbox-desktop_ru")));
    QVERIFY(QCoreApplication::installTranslator(&m_ours));
    QVERIFY(m_gallery.start());
}

// The check itself: a label squeezed below its text, a wrapped label too short, a wide window.
void TestLayoutRu::checkerFindsCutText() {
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *squeezed = new QLabel(QStringLiteral("Запланировать удаление версии"), &window);
    squeezed->setObjectName(QStringLiteral("squeezedLabel"));
    squeezed->setMaximumWidth(40);
    layout->addWidget(squeezed);
    auto *wrapped = new QLabel(QStringLiteral("Текущая версия будет удалена. ").repeated(20), &window);
    wrapped->setObjectName(QStringLiteral("wrappedLabel"));
    wrapped->setWordWrap(true);
    wrapped->setFixedHeight(20);
    layout->addWidget(wrapped);
    auto *button = new QPushButton(QStringLiteral("Отменить удаление"), &window);
    button->setObjectName(QStringLiteral("narrowButton"));
    button->setFixedWidth(30);
    layout->addWidget(button);
    window.resize(1300, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString problems = checkTruncation(&window).join(QLatin1Char('\n'));
    QVERIFY2(problems.contains(QStringLiteral("squeezedLabel “Запланировать удаление версии”")), qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("wrappedLabel")), qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("narrowButton “Отменить удаление”")), qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("more than 1280×800")), qPrintable(problems));
}

void TestLayoutRu::nothingCut_data() {
    QTest::addColumn<int>("index");
    const auto scenes = m_gallery.scenes();
    for (int i = 0; i < scenes.size(); ++i) {
        QTest::newRow(qPrintable(scenes.at(i).name)) << i;
    }
}

void TestLayoutRu::nothingCut() {
    QFETCH(int, index);
    const auto scene = m_gallery.scenes().at(index);
    const std::unique_ptr<QWidget> window = scene.make();
    QVERIFY2(window, "could not open the window");
    QCoreApplication::processEvents();
    const QStringList problems = checkTruncation(window.get());
    for (const QString &p : problems) {
        qWarning("%s: %s", qPrintable(scene.name), qPrintable(p));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 cut text(s), listed above").arg(problems.size())));
}

// Found by QA: the window could be made 640 px wide, where the paging row's texts ran together and
// the page size box was cut. As narrow as the window goes, nothing of that row is cut.
void TestLayoutRu::mainWindowAtItsNarrowest() {
    const auto scene = m_gallery.scenes().first();
    QCOMPARE(scene.name, QStringLiteral("MainWindow"));
    const std::unique_ptr<QWidget> window = scene.make();
    QVERIFY(window);
    auto *count = window->findChild<QWidget *>(QStringLiteral("versionsCountLabel"));
    auto *pageSize = window->findChild<QWidget *>(QStringLiteral("pageSizeComboBox"));
    QVERIFY(count && pageSize);
    QLabel *pageSizeLabel = nullptr;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        pageSizeLabel = label->buddy() == pageSize ? label : pageSizeLabel;
    }
    QVERIFY(pageSizeLabel);
    const auto problems = [&]() {
        QStringList found = checkTruncation(window.get(), true);
        const int countRight = count->mapTo(window.get(), QPoint(count->width(), 0)).x();
        const int labelLeft = pageSizeLabel->mapTo(window.get(), QPoint(0, 0)).x();
        if (countRight > labelLeft) {
            found << QStringLiteral("the versions count (to %1) runs into “%2” (from %3)")
                         .arg(countRight)
                         .arg(pageSizeLabel->text())
                         .arg(labelLeft);
        }
        return found;
    };
    // As narrow as the window goes, once its layouts have settled: a text that changes late (the
    // count under the table) raises the window's minimum, which a posted layout request applies.
    // Found in CI: checked after one turn of the event loop, the row was sometimes still the old one.
    const bool settled = QTest::qWaitFor(
        [&]() {
            window->resize(200, window->height()); // the window's minimum size stops it
            QCoreApplication::processEvents();
            return problems().isEmpty();
        },
        3000);
    if (!settled) {
        qWarning("still cut after 3 s:");
    }
    QVERIFY2(window->width() > 200, qPrintable(QString::number(window->width())));
    const QStringList found = problems();
    for (const QString &p : found) {
        qWarning("%s", qPrintable(p));
    }
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 problem(s), listed above").arg(found.size())));
}

QTEST_MAIN(TestLayoutRu)
#include "tst_layout_ru.moc"
