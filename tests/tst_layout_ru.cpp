// The main window and every dialog in Russian at the default font: no label, button, group box title
// or tab is cut (each is at least as large as its size hint; a word-wrapping label is tall enough for
// its width), and no dialog is larger than 1280×800.
#include "DialogGallery.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
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

QStringList checkTruncation(QWidget *window) {
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
            if (!hint.isEmpty() && edit->text().isEmpty() &&
                edit->fontMetrics().horizontalAdvance(hint) > textWidth(edit)) {
                problems << describe(edit, hint) + QStringLiteral(": placeholder cut, %1 px for %2")
                                                       .arg(textWidth(edit))
                                                       .arg(edit->fontMetrics().horizontalAdvance(hint));
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

QTEST_MAIN(TestLayoutRu)
#include "tst_layout_ru.moc"
