"""What a screen reader and a keyboard meet on one shown screen: the controls, the name each is
announced with, and where real Tab and Shift+Tab presses take the focus. The accessibility walk
(test_accessibility_walk.py) turns these into problems; each function says what counts as one."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit,
               QTextEdit, QAbstractSlider, QTabBar)
TAB = Qt.FocusPolicy.TabFocus
NO_OUTLINE = re.compile(r"outline\s*:\s*(none|0)\b", re.IGNORECASE)
MNEMONIC = re.compile(r"&[^\s&]")
ROW_NUMBER = re.compile(r"_?[0-9a-f]*[0-9][0-9a-f]*$")  # "importRole3", "headcount_02783d45"


def where(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    return f"{widget.objectName() or '(no objectName)'} [{type(widget).__name__}]"


def owner(widget: QWidget) -> QWidget:
    """The control a focused widget belongs to: a spin box's or a combo box's own line edit is
    the spin box or the combo box."""
    parent = widget.parentWidget()
    if isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return parent
    return widget


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.window() is root and widget.isVisible() and widget.isEnabled() and widget.width() > 1 \
        and widget.height() > 1


def controls(root: QWidget) -> list[QWidget]:
    """Every visible, enabled control of the screen that takes Tab focus or is interactive; the
    inner line edit of a spin box or a combo box stands for its owner, a header or a scroll bar for
    the view it belongs to."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not _shown(widget, root) or owner(widget) is not widget or isinstance(widget, QHeaderView):
            continue
        if widget.objectName().startswith("qt_") and (not isinstance(widget, INTERACTIVE) or
                                                      widget.focusPolicy() == Qt.FocusPolicy.NoFocus):
            continue  # Qt's own parts a keyboard never meets: a table's corner button
        if isinstance(widget, QAbstractSlider) and widget.focusPolicy() & TAB != TAB:
            continue  # a scroll area's own scroll bar: the area is the control
        proxy = widget.focusProxy()
        if proxy is not None and owner(proxy) is not widget:
            continue  # a tab widget: its tab bar is the control
        if widget.focusPolicy() & TAB == TAB or isinstance(widget, INTERACTIVE):
            found.append(widget)
    return found


def tab_stops(root: QWidget) -> list[QWidget]:
    """The controls Tab should reach: those that take Tab focus (a tab widget through its tab bar,
    a spin box through its line edit). Of a group of radio buttons Tab reaches the chosen one; the
    arrows move to the others."""
    return [w for w in controls(root) if w.focusPolicy() & TAB == TAB and not _other_radio_chosen(w)]


def _other_radio_chosen(widget: QWidget) -> bool:
    if not isinstance(widget, QRadioButton) or widget.isChecked():
        return False
    group = widget.group()
    if group is not None and group.exclusive():
        return any(button.isChecked() for button in group.buttons())
    siblings = widget.parentWidget().findChildren(QRadioButton, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return widget.autoExclusive() and any(button.isChecked() for button in siblings)


def announced(widget: QWidget) -> str:
    """The name a screen reader reads. A combo box's own name on Linux is its current text, so
    there only an accessibleName or a label made its buddy count."""
    if isinstance(widget, QComboBox):
        return widget.accessibleName() or _buddy_text(widget)
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "").strip()


def _buddy_text(widget: QWidget) -> str:
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget:
            return label.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    return ""


def name_problems(screen: str, root: QWidget, checked: list[QWidget]) -> list[str]:
    """Unnamed controls, fields named only by the group box around them, mnemonics that lead
    nowhere, and two different kinds of control announced with one name."""
    found = []
    for widget in checked:
        name = announced(widget)
        if not name:
            found.append(f"{screen}: {where(widget)} has no accessible name")
        elif _named_by_group_box(widget, name):
            found.append(f"{screen}: {where(widget)} is announced only by its group box's title {name!r}")
    for label in root.findChildren(QLabel):
        if _shown(label, root) and label.textFormat() != Qt.TextFormat.RichText and MNEMONIC.search(label.text()) \
                and label.buddy() is None:
            found.append(f"{screen}: label {where(label)} {label.text()!r} has a mnemonic but no buddy")
    by_name: dict[str, list[QWidget]] = defaultdict(list)
    for widget in checked:
        if announced(widget) and not isinstance(widget, QTabBar):  # a tab bar is called by its open tab
            by_name[announced(widget).casefold()].append(widget)
    for name, sharing in by_name.items():
        if len({type(w) for w in sharing}) > 1 or not _same_row_kind(sharing):
            found.append(f"{screen}: {len(sharing)} controls are all announced {announced(sharing[0])!r}: "
                         + ", ".join(where(w) for w in sharing))
    return found


def _named_by_group_box(widget: QWidget, name: str) -> bool:
    box = widget.parentWidget()
    if widget.accessibleName() or _buddy_text(widget) or isinstance(widget, QAbstractButton):
        return False
    return isinstance(box, QGroupBox) and name == box.title().replace("&", "").strip()


def _same_row_kind(sharing: list[QWidget]) -> bool:
    """One kind of control repeated row after row (a combo box per column, a spin box per group:
    one objectName but for a number) may share a name, and so may a second button for the same
    action; two different actions ("Delete…" for a framework and for a theme) or two controls side
    by side in one row may not."""
    stems = sorted({ROW_NUMBER.sub("", w.objectName()).casefold() for w in sharing}, key=len)
    if len(stems) == 2 and isinstance(sharing[0], QAbstractButton) and stems[0] and stems[0] in stems[1]:
        return True  # an empty state's own way to the same action: "emptyNewDialogueButton"
    tops = [w.mapTo(w.window(), w.rect().topLeft()).y() for w in sharing]
    return len(stems) == 1 and len(set(tops)) == len(tops)


def keyboard_at(qtbot, root):
    """Activate the screen's window and return where its keyboard starts: the focus it gives
    itself, else its first Tab stop."""
    root.activateWindow()
    root.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is root, timeout=3_000)
    focus = QApplication.focusWidget()
    if focus is None or focus.window() is not root or not focus.isVisible():
        root.focusNextChild()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3_000)
    return owner(QApplication.focusWidget())


def walk(qtbot, start: QWidget, presses: int, backwards: bool = False) -> list[QWidget | None]:
    """The focus widget after each of up to ``presses`` real Tab (or Shift+Tab) presses, sent to
    wherever the focus is, stopping once the focus is back at ``start``."""
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    reached: list[QWidget | None] = []
    for _ in range(presses):
        focus = QApplication.focusWidget()
        if focus is None:
            break
        qtbot.keyClick(focus, key, modifier)
        now = QApplication.focusWidget()
        reached.append(None if now is None else owner(now))
        if reached[-1] is start or now is None:
            break
    return reached


def steps_inside(widget: QWidget) -> int:
    """How many Tab presses a control may keep by design before it lets go: a date edit steps
    through its sections, a text browser through its links; a table or an editor none."""
    if isinstance(widget, QDateTimeEdit):
        return widget.sectionCount()
    if isinstance(widget, QTextBrowser):
        return widget.toHtml().count("href=") + 1
    return 0


def presses_for(stops: list[QWidget]) -> int:
    return 4 * len(stops) + 20 + sum(steps_inside(w) for w in stops)


def trap_problems(screen: str, root: QWidget, start: QWidget, reached: list, direction: str) -> list[str]:
    """A press that left the focus where it was (a table moving its cell, an editor typing a tab)
    more often than the control steps inside by design, a focus that left the window, a cycle that
    never came back to where it began."""
    found, before, kept = [], start, 0
    for widget in reached:
        if widget is None or widget.window() is not root:
            found.append(f"{screen}: {direction} from {where(before)} took the focus out of the window "
                         f"to {where(widget)}")
            break
        kept = kept + 1 if widget is before else 0
        if kept > steps_inside(widget) and len(tab_stops(root)) > 1:
            found.append(f"{screen}: {direction} in {where(widget)} did not move the focus (a trap)")
            break
        before = widget
    else:
        if reached and reached[-1] is not start:
            found.append(f"{screen}: {direction} never came back to {where(start)} in {len(reached)} presses")
    return found


def unreached(screen: str, stops: list[QWidget], reached: list) -> list[str]:
    got = {id(w) for w in reached if w is not None}
    missed = [f"{screen}: Tab never reaches {where(w)} {announced(w)!r}" for w in stops if id(w) not in got]
    if missed:
        missed.append(f"{screen}: Tab went " + " → ".join(where(w) for w in reached))
    return missed


def box(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def order_problems(screen: str, cycle: list[QWidget]) -> list[str]:
    """Consecutive Tab stops in one container that go clearly backwards: the later one wholly above
    and to the left of the earlier, wholly above it in the same column, or wholly left of it in the
    same row (a button box's Cancel reached before its OK to the left of it)."""
    found = []
    for before, after in zip(cycle, cycle[1:]):
        if after is cycle[0] or before.parentWidget() is not after.parentWidget():
            continue
        a, b = box(before), box(after)
        above = b.bottom() < a.top()
        left = b.right() < a.left()
        same_column = b.left() < a.right() and a.left() < b.right()
        same_row = b.top() < a.bottom() and a.top() < b.bottom()
        if above and (left or same_column) or same_row and left:
            found.append(f"{screen}: Tab goes back from {where(before)} {announced(before)!r} to "
                         f"{where(after)} {announced(after)!r}")
    return found


def outline_problems(screen: str, root: QWidget) -> list[str]:
    """A style sheet that hides where the focus is."""
    sheets = [("the application", QApplication.instance().styleSheet())]
    sheets += [(where(w), w.styleSheet()) for w in [root, *root.findChildren(QWidget)] if w.styleSheet()]
    return [f"{screen}: {name}'s style sheet hides the focus ({NO_OUTLINE.search(sheet).group(0)})"
            for name, sheet in sheets if NO_OUTLINE.search(sheet)]


def open_overlay(root: QWidget) -> QWidget | None:
    """A sheet over the screen that holds the keyboard as a modal popup would (the F1 list), if open."""
    from dialog_app.gui.widgets.key_help import KeyHelp

    return next((sheet for sheet in root.findChildren(KeyHelp) if sheet.isVisible()), None)


def overlay_problems(qtbot, screen: str, root: QWidget, overlay: QWidget, presses: int = 4) -> list[str]:
    """Tab and Shift+Tab that take the keyboard off an open overlay to the covered controls under
    it; Esc that does not close it and give the keyboard back to where it was before."""
    keyboard_at(qtbot, root)
    overlay.setFocus()
    found = []
    for key, modifier, name in ((Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier, "Tab"),
                                (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier, "Shift+Tab")):
        for _ in range(presses):
            qtbot.keyClick(QApplication.focusWidget(), key, modifier)
            now = QApplication.focusWidget()
            if now is None or not (now is overlay or overlay.isAncestorOf(now)) or not overlay.isVisible():
                found.append(f"{screen}: {name} on the open overlay took the focus to {where(now)} beneath it")
                break
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    now = QApplication.focusWidget()
    if overlay.isVisible() or now is None or now is overlay or overlay.isAncestorOf(now):
        found.append(f"{screen}: Esc left the overlay open or the keyboard on it ({where(now)})")
    return found
