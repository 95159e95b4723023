"""Garbage in reference cycles is freed on the GUI thread, never on a worker thread."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject


class Marked(QObject):
    """A QObject in a cycle with itself; it notes which thread freed it."""

    freed_on: list[threading.Thread] = []

    def __init__(self) -> None:
        super().__init__()
        self.me = self

    def __del__(self) -> None:
        Marked.freed_on.append(threading.current_thread())


def test_a_cycle_holding_a_qobject_is_freed_on_the_gui_thread(app, qtbot):
    # given automatic collection handed to the GUI thread, and a QObject left in a cycle
    assert not gc.isenabled()
    Marked.freed_on.clear()
    Marked()
    # when a worker thread allocates enough to set Python's collector off (kept, so that the
    # allocation count stays above the threshold: freed objects count down again)
    kept: list[list] = []
    worker = threading.Thread(target=lambda: kept.extend([] for _ in range(50 * gc.get_threshold()[0])))
    worker.start()
    worker.join()
    assert Marked.freed_on == []  # not freed by the worker
    # then the GUI thread's timer frees it
    qtbot.waitUntil(lambda: Marked.freed_on != [], timeout=5_000)
    assert Marked.freed_on == [threading.main_thread()]
