"""The app's log file: when it started, what failed and where; never what anyone wrote.

One rotating file (about 1 MB, five files kept) in the log folder, set up by both the command line
and the window. It records events, and for a failure its class and stack frames (module, line,
function): never an exception's message, arguments or local variables, which may hold note text,
names or e-mail addresses; a project file only as a short keyed hash and its suffix.
"""

from __future__ import annotations

import hashlib
import logging
import logging.handlers
import os
from pathlib import Path
from typing import Any

from dialog_app.core.failure_report import class_name, environment, failure_lines, signature
from dialog_app.core.paths import app_dirs

LOGGER_NAME = "dialog_app"  # every module's logging.getLogger(__name__) sits below it
FILE_NAME = "dialog_app.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 4  # five files in all
KEY_FILE = "log-key"

log = logging.getLogger(LOGGER_NAME)

_handler: logging.Handler | None = None
_file: Path | None = None
_keys: dict[Path, bytes] = {}
_seen: dict[tuple, int] = {}


class _QuietFileHandler(logging.handlers.RotatingFileHandler):
    def handleError(self, record: logging.LogRecord) -> None:
        """A full disk or a locked file loses a log line; it must never print a traceback or stop the app."""


class _PrivateFormatter(logging.Formatter):
    """Writes an exception as its classes and frames, whoever logged it and however."""

    def format(self, record: logging.LogRecord) -> str:
        cached = record.exc_text
        record.exc_text = None  # another handler may have cached the full traceback, messages and all
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: Any) -> str:
        error = ei[1]
        return "\n".join(failure_lines(error)) if isinstance(error, BaseException) else ""

    def formatStack(self, stack_info: str) -> str:
        return ""  # a formatted stack holds file paths, which hold the user's name


class _NoExceptionMessages(logging.Filter):
    """An exception given as an argument (``log.warning("failed: %s", error)``) is written as its class."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, BaseException):
            record.msg = class_name(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(_scrubbed(arg) for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {key: _scrubbed(value) for key, value in record.args.items()}
        return True


def _scrubbed(value: object) -> object:
    return class_name(value) if isinstance(value, BaseException) else value


def setup() -> Path | None:
    """Send the app's log to the log folder; the file, or None when the folder cannot be written.

    Calling it again is harmless; it follows ``DIALOG_APP_HOME`` when that has changed (tests).
    """
    global _handler, _file
    folder = app_dirs().logs
    target = folder / FILE_NAME
    if _handler is not None and _file == target:
        return _file
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
    handler: logging.Handler
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not os.access(folder, os.W_OK):
            raise PermissionError(folder)
        handler = _QuietFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                    encoding="utf-8", errors="backslashreplace", delay=True)
    except OSError:
        handler, target = logging.NullHandler(), None  # no log; never a message on stderr instead
    handler.setFormatter(_PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_NoExceptionMessages())
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False  # only this handler, with its formatter, ever writes the app's records
    _handler, _file = handler, target
    return target


def log_file() -> Path | None:
    """The file being written, once ``setup`` found a folder for it."""
    return _file


def log_startup(interface: str, extra: dict[str, str] | None = None) -> None:
    facts = "; ".join(f"{key} {value}" for key, value in environment(extra).items())
    log.info("start (%s): %s", interface, facts)


def log_failure_shown(error: BaseException) -> None:
    """A typed failure was put into words for the user: its class is enough to follow what happened."""
    log.info("failure shown: %s", class_name(error))


def log_unexpected(error: BaseException, where: str) -> None:
    """An exception nobody expected, with its frames; the same one again is counted, not repeated.

    A failing paint handler raises hundreds of times a second: logged in full the first time, then
    at its 10th, 100th, 1000th... time, so that the log keeps its history.
    """
    key = signature(error)
    if len(_seen) > 1000:
        _seen.clear()
    count = _seen[key] = _seen.get(key, 0) + 1
    if count == 1:
        log.error("unexpected failure %s", where, exc_info=(type(error), error, error.__traceback__))
    elif str(count).rstrip("0") == "1":
        log.error("the same unexpected failure %s, %d times so far: %s", where, count, class_name(error))


def log_project(event: str, path: Path | str) -> None:
    """``opened project 3f2a9c41d0.dialog``: which file, without its name (only once the log is set up)."""
    if log.isEnabledFor(logging.INFO):
        log.info("%s project %s", event, project_tag(path))


def project_tag(path: Path | str) -> str:
    """How the log names a project file: a short keyed hash and the suffix, never its name or folder.

    The key is this installation's own, so that nobody can confirm a guessed path from a log sent in.
    """
    absolute = os.fsencode(os.path.abspath(path))
    digest = hashlib.blake2s(absolute, key=_key(), digest_size=5).hexdigest()
    return digest + Path(path).suffix[:12]


def _key() -> bytes:
    place = app_dirs().config / KEY_FILE
    if place not in _keys:
        try:
            key = place.read_bytes()[:32]
            if len(key) < 16:
                raise FileNotFoundError(place)
        except OSError:
            key = os.urandom(16)
            try:
                place.parent.mkdir(parents=True, exist_ok=True)
                place.write_bytes(key)
            except OSError:
                pass  # then only this run's lines share their tags
        _keys[place] = key
    return _keys[place]
