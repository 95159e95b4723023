"""What the log and a copied report may say about a failure: versions, classes and stack frames.

Never an exception's message, arguments or local variables: SQLAlchemy's messages hold the SQL
parameters, which are note text, and an OS error's message holds a file name with a person's name.
"""

from __future__ import annotations

import platform
import sqlite3
import sys
from dataclasses import dataclass
from types import TracebackType

from dialog_app import __version__

MAX_CHAIN = 5  # causes followed: enough to see a typed error's origin, bounded against cycles
MAX_FRAMES = 40  # per exception; a deep recursion keeps its start and its end


@dataclass(frozen=True)
class Frame:
    module: str
    line: int
    function: str

    def __str__(self) -> str:
        return f"{self.module}:{self.line} in {self.function}"


def class_name(error: BaseException) -> str:
    """``TypeError`` for a built-in, ``sqlalchemy.exc.OperationalError`` for the rest."""
    kind = type(error)
    return kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"


def frames(traceback: TracebackType | None) -> list[Frame]:
    """The frames by module name (never a file path, which holds the user's name), in call order."""
    found: list[Frame] = []
    while traceback is not None:
        frame = traceback.tb_frame
        here = Frame(str(frame.f_globals.get("__name__", "?")), traceback.tb_lineno, frame.f_code.co_name)
        if not found or found[-1] != here:  # a recursion repeats one frame; once is enough
            found.append(here)
        traceback = traceback.tb_next
    if len(found) > MAX_FRAMES:
        half = MAX_FRAMES // 2
        found = [*found[:half], Frame("…", 0, f"{len(found) - MAX_FRAMES} frames left out"), *found[-half:]]
    return found


def chain(error: BaseException) -> list[BaseException]:
    """The error and what caused it (``raise ... from``, or raised while handling), newest first."""
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and len(seen) < MAX_CHAIN and not any(current is s for s in seen):
        seen.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    return seen


def failure_lines(error: BaseException) -> list[str]:
    """The classes and frames of an error and its causes, one line each."""
    lines: list[str] = []
    for position, link in enumerate(chain(error)):
        lines.append(("caused by " if position else "") + class_name(link))
        lines.extend(f"  at {frame}" for frame in frames(link.__traceback__))
    return lines


def signature(error: BaseException) -> tuple[str, tuple[Frame, ...]]:
    """What tells one failure from another, to count repeats of the same one."""
    return class_name(error), tuple(frames(error.__traceback__))


def environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The versions a report needs: the app, Python, SQLite, the OS (no host or user name)."""
    facts = {
        "dialog_app": __version__,
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "SQLite": sqlite3.sqlite_version,
        "OS": f"{platform.system()} {platform.release()} {platform.machine()}".strip(),
    }
    sqlalchemy = sys.modules.get("sqlalchemy")  # only when already loaded: the quick commands never load it
    if sqlalchemy is not None:
        facts["SQLAlchemy"] = str(getattr(sqlalchemy, "__version__", "?"))
    facts.update(extra or {})
    return facts


def report_text(error: BaseException, extra: dict[str, str] | None = None) -> str:
    """A report to paste into an e-mail to whoever supports the app."""
    facts = environment(extra)
    width = max(map(len, facts))
    lines = ["dialog_app problem report", ""]
    lines.extend(f"{key + ':':<{width + 1}} {value}" for key, value in facts.items())
    lines.append("")
    lines.extend(failure_lines(error))
    return "\n".join(lines) + "\n"
