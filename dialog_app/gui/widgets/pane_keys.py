"""Resize a page's panes by keyboard: View ▸ Wider / Narrower side pane move a splitter handle a step.

The side pane is the one that holds the keyboard (the themes beside the review table, the agenda),
else the last one beside the main pane; the main pane (the one that stretches) gives or takes the
room. The splitter says it moved, as after a drag, so a page that keeps dragged sizes keeps these.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QSplitter, QWidget

STEP_SHARE = 0.05  # of the splitter's width, per key press
LEAST_STEP = 24


def side_pane(splitter: QSplitter) -> int | None:
    """The index of the side pane the keys act on; None when the splitter has one pane."""
    count = splitter.count()
    if count < 2:
        return None
    main = main_pane(splitter)
    focus = QApplication.focusWidget()
    for index in range(count):
        if index != main and focus is not None and splitter.widget(index).isAncestorOf(focus):
            return index
    return max(index for index in range(count) if index != main)


def main_pane(splitter: QSplitter) -> int:
    """The pane that stretches with the window (the first with the largest stretch factor)."""
    stretch = [splitter.widget(i).sizePolicy().horizontalStretch() for i in range(splitter.count())]
    return stretch.index(max(stretch))


def step_side_pane(splitter: QSplitter, wider: bool) -> bool:
    """Widen or narrow the side pane by a step, taking the room from the main pane or giving it
    back; False when nothing moved (one pane, or at the limit)."""
    side = side_pane(splitter)
    if side is None:
        return False
    main = main_pane(splitter)
    sizes = splitter.sizes()
    step = max(LEAST_STEP, int(sum(sizes) * STEP_SHARE))
    step = step if wider else -step
    side_widget, main_widget = splitter.widget(side), splitter.widget(main)
    step = min(step, sizes[main] - main_widget.minimumSizeHint().width())  # the main pane keeps its least
    step = max(step, side_widget.minimumSizeHint().width() - sizes[side])
    if step == 0 or (wider and step < 0) or (not wider and step > 0):
        return False
    sizes[side] += step
    sizes[main] -= step
    splitter.setSizes(sizes)
    handle = max(side, main)
    splitter.splitterMoved.emit(splitter.handle(handle).pos().x(), handle)
    return True


def page_splitter(page: QWidget | None) -> QSplitter | None:
    """The page's main splitter: its ``splitter`` attribute, as every tab names it."""
    found = getattr(page, "splitter", None)
    return found if isinstance(found, QSplitter) and found.isVisible() else None
