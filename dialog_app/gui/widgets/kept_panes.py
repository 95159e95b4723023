"""A page's pane sizes kept from one session to the next: the sizes the writer gave a splitter (by
dragging its handle, or View ▸ Wider / Narrower side pane, which says it moved too) are saved in
the app's settings and given back when the page is built again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QSplitter

from dialog_app.core import app_settings

SAVE_DELAY_MS = 400  # a drag moves the handle many times: write once it rests


class KeptPanes(QObject):
    """Gives ``splitter`` the sizes saved under ``view`` (``restored`` says whether there were any)
    and saves them whenever it is moved; the last move is written before the app quits."""

    def __init__(self, splitter: QSplitter, view: str) -> None:
        super().__init__(splitter)
        self._splitter, self._view = splitter, view
        sizes = app_settings.pane_sizes(view)
        self.restored = sizes is not None and len(sizes) == splitter.count()
        if self.restored:
            splitter.setSizes(sizes)
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        splitter.splitterMoved.connect(lambda *_: self._timer.start())
        QCoreApplication.instance().aboutToQuit.connect(self._save_pending)

    def save(self) -> None:
        self._timer.stop()
        sizes = self._splitter.sizes()
        if sum(sizes) > 0:  # a splitter never laid out says nothing of what the writer chose
            app_settings.set_pane_sizes(self._view, sizes)

    def _save_pending(self) -> None:
        if self._timer.isActive():
            self.save()


def keep_panes(splitter: QSplitter, view: str) -> bool:
    """Keep ``splitter``'s sizes under ``view``; True when saved sizes were given back."""
    return KeptPanes(splitter, view).restored
