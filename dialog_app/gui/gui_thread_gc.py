"""Python's cyclic garbage collector runs on the GUI thread only.

A QObject caught in a reference cycle (an operation and the lambda connected to its own signal, a
widget and a slot that names it) is freed by whichever thread the collector happens to run on.
On a worker thread that destroys the QObject there, while the GUI thread may be using it: the
test suite crashed that way in about one run in four. So automatic collection is switched off,
and a timer on the GUI thread collects as Python would, by generation, once the allocation counts
pass Python's own thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 250


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    @staticmethod
    def collect_if_due() -> int:
        """Collect the oldest generation whose count has passed its threshold, as ``gc`` would."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] <= thresholds[0]:
            return 0
        generation = 2 if counts[2] > thresholds[2] else 1 if counts[1] > thresholds[1] else 0
        return gc.collect(generation)


def collect_on_the_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector once per application; later calls return the one installed."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
