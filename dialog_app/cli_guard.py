"""How a command ends when something goes wrong: one plain line, the right exit status, a log entry.

Exit status 2 for a usage error, 1 for any other failure; never a traceback (``DIALOG_APP_DEBUG=1``
lets an unexpected one through, for developers). A reader that closes the pipe early
(``dialog-app search ... | head -1``) ends the command quietly, with status 1.
"""

from __future__ import annotations

import argparse
import codecs
import os
import shlex
import sys
from collections.abc import Callable, Iterable

from dialog_app.core import app_log
from dialog_app.core.errors import DamagedProjectError, DialogAppError, os_error_words

PROG = "dialog-app"
PRINTABLE = "dialog_app.printable"
NO_MEMORY = "not enough memory to finish; close other programs and try again"


def run_guarded(work: Callable[[], int], command: str | None) -> int:
    """Run ``work`` (parsing and the command) and turn every failure into a line and a status.

    ``command`` is the command's name, for the log and the hints; None when the window opens
    (the window logs its own start).
    """
    make_streams_safe()
    if command is not None:
        app_log.setup()
        app_log.log_startup(f"command {command}")
    try:
        try:
            code = work()
        except SystemExit as stop:  # argparse: --help, --version and usage errors
            code = stop.code if isinstance(stop.code, int) else 0 if stop.code is None else 2
        if sys.stdout is not None:
            sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's last flush
        return code
    except BrokenPipeError:
        return _pipe_closed()
    except DialogAppError as exc:
        app_log.log_failure_shown(exc)
        return fail(_with_hint(exc, command))
    except KeyboardInterrupt:
        return fail("interrupted")
    except MemoryError:
        app_log.log_failure_shown(MemoryError())  # no frames: recording them may need the memory that ran out
        return fail(NO_MEMORY)
    except Exception as exc:  # the promise: one line, never a traceback, unless asked for
        if os.environ.get("DIALOG_APP_DEBUG"):
            raise
        return _unexpected(exc, command)


def fail(message: str) -> int:
    say(f"{PROG}: error: {message}")
    return 1


def interactive() -> bool:
    """A person at a terminal can be asked (a script or a pipe cannot: it must say ``--yes``)."""
    stdin = sys.stdin
    return stdin is not None and stdin.isatty()


def confirmed(question: str) -> bool:
    """Ask on the terminal; yes in English or Swedish is yes, anything else no."""
    say(question)
    answer = sys.stdin.readline()
    return answer.strip().casefold() in {"y", "yes", "j", "ja"}


def say(line: str) -> None:
    """A line on stderr; a closed stderr loses it, without a second failure."""
    try:
        print(line, file=sys.stderr)
    except (OSError, ValueError):
        pass


def unreadable_text_argument(options: argparse.Namespace, file_options: Iterable[str]) -> str | None:
    """Name the first text argument holding bytes that are not UTF-8, or None when all are readable.

    A file name may hold such bytes and still name a real file (Python keeps them, and gives them
    back to the file system); words to search or note down cannot be stored or matched.
    """
    for name, value in vars(options).items():
        if name in file_options:
            continue
        for text in _texts(value):
            if isinstance(text, str) and not _is_unicode(text):
                return (f"the {name.replace('_', ' ')} holds characters that are not UTF-8 text; "
                        "set the terminal to UTF-8 and type it again")
    return None


def _texts(value: object) -> Iterable[object]:
    """The value, or each value of a list of them (``dialogue --question``'s are [text, minutes])."""
    if isinstance(value, list | tuple):
        for each in value:
            yield from _texts(each)
    else:
        yield value


def make_streams_safe() -> None:
    """Let stdout and stderr print anything, such as a file name with bytes that are not UTF-8.

    Such a name prints with "�" where the odd byte is; a character the terminal's code page lacks
    prints as "?". Without this, printing the name of the very file just created would fail.
    """
    for stream in (sys.stdout, sys.stderr):  # None in a windowed build on Windows
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors=PRINTABLE)
            except (ValueError, OSError):
                pass


def _stand_in(error: UnicodeError) -> tuple[bytes, int]:
    """The encoding error handler: bytes, since the UTF-8 encoder takes only ASCII text from a handler."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    try:
        mark = "\ufffd".encode(error.encoding)
    except (UnicodeError, LookupError):
        mark = b"?"
    return b"".join(mark if _is_surrogate(ch) else b"?" for ch in error.object[error.start:error.end]), error.end


codecs.register_error(PRINTABLE, _stand_in)


def _is_surrogate(ch: str) -> bool:
    return "\ud800" <= ch <= "\udfff"


def _is_unicode(text: str) -> bool:
    return not any(map(_is_surrogate, text))


def _with_hint(error: DialogAppError, command: str | None) -> str:
    message = str(error)
    if isinstance(error, DamagedProjectError) and command != "check":
        message += f"; '{PROG} check {shlex.quote(os.fspath(error.path))}' tells more"
    return message


def _pipe_closed() -> int:
    """The reader has gone: stop quietly, and let nothing more reach the closed pipe (Python docs)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    return 1


def _unexpected(error: Exception, command: str | None) -> int:
    log_file = app_log.setup()
    app_log.log_unexpected(error, f"in command {command}" if command else "before the window opened")
    if isinstance(error, OSError) and isinstance(error.filename, str | bytes):  # a file problem to act on
        return fail(f"{os.fsdecode(error.filename)}: {os_error_words(error.errno)}")
    where = f"the details are in the log file {log_file}" if log_file else "no log file could be written"
    return fail(f"dialog_app met a problem it did not expect and stopped; {where}")
