"""Where every unexpected exception in the window ends: one log entry, one calm dialog, and the app goes on.

``install`` routes what escapes a slot or a callback (``sys.excepthook``) and what escapes a plain
Python thread (``threading.excepthook``) here; background operations report their own (worker.py).
One dialog at a time: a failure that repeats in every repaint is logged and counted, not stacked.
"""

from __future__ import annotations

import sys
import threading
from types import TracebackType

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from dialog_app.core import app_log

_REPORTED = "_dialog_app_reported"  # set on an exception once it is logged and shown

_dialog: QWidget | None = None
_relay: _Relay | None = None
_previous: tuple | None = None


class _Relay(QObject):
    """Carries an exception from any thread to the GUI thread, where it lives and widgets may be made."""

    raised = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.raised.connect(self.deliver)  # a method of a GUI-thread object: queued from other threads

    def deliver(self, error: BaseException) -> None:
        report(error)


def report(error: BaseException, parent: QWidget | None = None, lead: str = "") -> None:
    """Log ``error`` and show the calm dialog, unless one is open; ``lead`` says what it means here.

    Reporting the same exception again does nothing, so that a callback that reports it with its
    own words and the operation that ran it never show two dialogs.
    """
    global _dialog
    if getattr(error, _REPORTED, False):
        return
    try:
        setattr(error, _REPORTED, True)
    except AttributeError:
        pass  # an exception class with __slots__: it may then be logged twice, never shown twice
    app_log.log_unexpected(error, "in the window")
    if is_showing() or QApplication.instance() is None or QApplication.closingDown():
        return
    from dialog_app.gui.dialogs.crash_dialog import CrashDialog  # not at import: dialogs import widgets

    owner = parent if parent is not None and shiboken6.isValid(parent) else QApplication.activeWindow()
    try:
        _dialog = CrashDialog(error, lead, owner.window() if owner is not None else None)
        _dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _dialog.open()  # window-modal, without a nested event loop: the app goes on behind it
    except Exception as failure:  # never a second failure out of the hook; the log has both
        app_log.log_unexpected(failure, "while showing the crash dialog")


def is_showing() -> bool:
    """True while a crash dialog is on screen."""
    return _dialog is not None and shiboken6.isValid(_dialog) and _dialog.isVisible()


def current_dialog() -> QWidget | None:
    return _dialog if is_showing() else None


def install() -> None:
    """Route uncaught exceptions of slots, callbacks and threads here (the app's start calls this)."""
    global _relay, _previous
    if _relay is not None:
        return
    _relay = _Relay()
    _previous = (sys.excepthook, threading.excepthook)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook


def uninstall() -> None:
    """Give the hooks back (the window has closed; tests)."""
    global _relay, _previous
    if _previous is not None:
        sys.excepthook, threading.excepthook = _previous
    if _relay is not None:
        _relay.deleteLater()
    _relay = _previous = None


def _excepthook(kind: type[BaseException], error: BaseException, traceback: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt) or _relay is None:
        sys.__excepthook__(kind, error, traceback)
        return
    if error.__traceback__ is None and traceback is not None:
        error = error.with_traceback(traceback)
    _relay.raised.emit(error)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None or issubclass(args.exc_type, SystemExit) or _relay is None:
        return
    _relay.raised.emit(args.exc_value)
