// What a screen reader (AT-SPI) and a keyboard user get from the main window and every dialog: each
// visible interactive widget has an accessible name and description, and Tab visits the focusable ones
// once each, in reading order.
//
// Reading order, the rule: Tab starts at the first focusable widget after the window in its focus
// chain (the first of the .ui's <tabstops>). For each step a → b (not the wrap from last to first), b
// must not be on a's row and to its left, nor above a in a's column or a column further left. Going
// up into a column further right is allowed, so a list beside a form may be read column by column.
// A widget added to a form late (Tab reaches it after OK) or a swapped pair breaks the rule.
#include "DialogGallery.h"

#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAccessible>
#include <QCheckBox>
#include <QDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabBar>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace lockbox;

namespace {

constexpr int kTolerance = 4; // px: widgets of one row rarely line up exactly

bool isInteractive(const QWidget *w) {
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w)) {
        return false;
    }
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w) ||
           qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractSlider *>(w) ||
           qobject_cast<const QTabBar *>(w);
}

// Parts of a composite widget (a combo box's line edit, a line edit's clear button, a table's corner
// button, a tab bar's scroll arrows) and Qt's own helpers ("qt_" names) are described by their owner.
bool isPartOfAnother(const QWidget *w, const QWidget *window) {
    if (w->objectName().startsWith(QLatin1String("qt_"))) {
        return true;
    }
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p) ||
            qobject_cast<const QLineEdit *>(p) || qobject_cast<const QTabBar *>(p) ||
            qobject_cast<const QScrollBar *>(p)) {
            return true;
        }
        if (const auto *view = qobject_cast<const QAbstractItemView *>(p); view && !view->viewport()->isAncestorOf(w)) {
            return true;
        }
    }
    return false;
}

// Tool bar buttons are reached from the menus and by their shortcuts, as in every desktop app.
bool isToolBarButton(const QWidget *w) {
    return qobject_cast<const QToolButton *>(w) && qobject_cast<const QToolBar *>(w->parentWidget());
}

QString describe(const QWidget *w) {
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
    return name;
}

QRect rectIn(const QWidget *w, const QWidget *window) {
    return QRect(w->mapTo(window, QPoint(0, 0)), w->size());
}

QList<QWidget *> interactiveWidgets(QWidget *window) {
    QList<QWidget *> out;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() == window && w->isVisible() && isInteractive(w) && !isPartOfAnother(w, window)) {
            out.append(w);
        }
    }
    return out;
}

QStringList checkNames(QWidget *window) {
    QStringList problems;
    for (QWidget *w : interactiveWidgets(window)) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface) {
            problems << describe(w) + QStringLiteral(": no accessible interface");
            continue;
        }
        if (iface->text(QAccessible::Name).trimmed().isEmpty()) {
            problems << describe(w) + QStringLiteral(": no accessible name");
        }
        if (iface->text(QAccessible::Description).trimmed().isEmpty()) {
            problems << describe(w) + QStringLiteral(": no accessible description");
        }
    }
    return problems;
}

// b comes before a in reading order (see the rule at the top).
bool readsBefore(const QRect &b, const QRect &a) {
    const bool sameRow = b.top() < a.bottom() - kTolerance && b.bottom() > a.top() + kTolerance;
    if (sameRow && b.right() <= a.left() + kTolerance) {
        return true;
    }
    const bool above = b.bottom() <= a.top() + kTolerance;
    return above && b.left() < a.right() - kTolerance;
}

QStringList checkTabChain(QWidget *window) {
    QStringList problems;
    const QList<QWidget *> interactive = interactiveWidgets(window);
    QList<QWidget *> expected;
    for (QWidget *w : interactive) {
        if (w->focusPolicy() & Qt::TabFocus) {
            expected.append(w);
        } else if (!isToolBarButton(w)) {
            problems << describe(w) + QStringLiteral(": cannot be reached with Tab (focus policy)");
        }
    }
    // The chain is a ring through every widget of the window. Tab starts after the window itself
    // (where the .ui's <tabstops> begin); a widget that a dialog focuses on purpose when it opens (the
    // name field of a new profile) is a shortcut into that ring, not its start.
    QList<QWidget *> visited;
    const int limit = static_cast<int>(window->findChildren<QWidget *>().size()) + 2;
    int steps = 0;
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (++steps > limit) {
            problems << QStringLiteral("the focus chain does not return to the window");
            break;
        }
        if (expected.contains(w)) {
            visited.append(w);
        }
    }
    for (QWidget *w : expected) {
        const auto count = visited.count(w);
        if (count != 1) {
            problems << describe(w) + QStringLiteral(": reached %1 times by Tab").arg(count);
        }
    }
    QStringList order;
    for (QWidget *w : visited) {
        order << describe(w);
    }
    for (qsizetype i = 1; i < visited.size(); ++i) {
        const QRect a = rectIn(visited.at(i - 1), window);
        const QRect b = rectIn(visited.at(i), window);
        if (readsBefore(b, a)) {
            problems << QStringLiteral("Tab goes back from %1 (%2,%3) to %4 (%5,%6)")
                            .arg(describe(visited.at(i - 1)))
                            .arg(a.x())
                            .arg(a.y())
                            .arg(describe(visited.at(i)))
                            .arg(b.x())
                            .arg(b.y());
        }
    }
    if (!problems.isEmpty()) {
        problems << QStringLiteral("Tab order: ") + order.join(QStringLiteral(" → "));
    }
    return problems;
}

} // namespace

class TestAccessibility final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checkerFindsMistakes();
    void namesAndTabOrder_data();
    void namesAndTabOrder();

private:
    test::DialogGallery m_gallery;
};

void TestAccessibility::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_gallery.start());
}

// The checks themselves: an unnamed field, a button without description, a late widget in the chain.
void TestAccessibility::checkerFindsMistakes() {
    // lateFirst: the check box is made last but laid out first, as when a row is added in Designer
    // without updating <tabstops>; else it is made first, where it is shown.
    const auto build = [](QDialog *dialog, bool lateFirst) {
        auto *layout = new QFormLayout(dialog);
        auto *late = new QCheckBox(QStringLiteral("Late"));
        late->setObjectName(QStringLiteral("lateCheckBox"));
        late->setToolTip(QStringLiteral("Shown first."));
        if (!lateFirst) {
            layout->addRow(late);
        }
        auto *named = new QLineEdit;
        named->setObjectName(QStringLiteral("namedLineEdit"));
        named->setToolTip(QStringLiteral("The name."));
        auto *label = new QLabel(QStringLiteral("&Name:"));
        label->setBuddy(named);
        layout->addRow(label, named);
        auto *anonymous = new QLineEdit;
        anonymous->setObjectName(QStringLiteral("anonymousLineEdit"));
        layout->addRow(anonymous);
        auto *button = new QPushButton(QStringLiteral("Apply"));
        button->setObjectName(QStringLiteral("applyButton"));
        layout->addRow(button);
        if (lateFirst) {
            layout->insertRow(0, late);
        }
        dialog->show();
    };
    QDialog broken;
    build(&broken, true);
    QVERIFY(QTest::qWaitForWindowExposed(&broken));
    const QString names = checkNames(&broken).join(QLatin1Char('\n'));
    QVERIFY2(names.contains(QStringLiteral("anonymousLineEdit: no accessible name")), qPrintable(names));
    QVERIFY2(names.contains(QStringLiteral("applyButton: no accessible description")), qPrintable(names));
    QVERIFY2(!names.contains(QStringLiteral("namedLineEdit")), qPrintable(names)); // the buddy names it
    const QString chain = checkTabChain(&broken).join(QLatin1Char('\n'));
    QVERIFY2(chain.contains(QStringLiteral("Tab goes back from applyButton")), qPrintable(chain));

    QDialog fixed;
    build(&fixed, false);
    QVERIFY(QTest::qWaitForWindowExposed(&fixed));
    QVERIFY2(checkTabChain(&fixed).isEmpty(), qPrintable(checkTabChain(&fixed).join(QLatin1Char('\n'))));
}

void TestAccessibility::namesAndTabOrder_data() {
    QTest::addColumn<int>("index");
    const auto scenes = m_gallery.scenes();
    for (int i = 0; i < scenes.size(); ++i) {
        QTest::newRow(qPrintable(scenes.at(i).name)) << i;
    }
}

void TestAccessibility::namesAndTabOrder() {
    QFETCH(int, index);
    const auto scene = m_gallery.scenes().at(index);
    const std::unique_ptr<QWidget> window = scene.make();
    QVERIFY2(window, "could not open the window");
    const QStringList problems = checkNames(window.get()) + checkTabChain(window.get());
    for (const QString &p : problems) {
        qWarning("%s: %s", qPrintable(scene.name), qPrintable(p));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s), listed above").arg(problems.size())));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
