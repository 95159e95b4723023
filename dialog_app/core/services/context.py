"""What every service of one open project shares."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from dialog_app.core.changes import ChangeFeed
from dialog_app.core.errors import InvalidValueError, NotFoundError
from dialog_app.core.history import History
from dialog_app.core.store.database import Database


@dataclass
class ServiceContext:
    db: Database
    changes: ChangeFeed
    history: History
    user: str


def as_uuid(value: uuid.UUID | str, what: str = "id") -> uuid.UUID:
    """Accept a UUID or its text form; a malformed id is the caller's mistake, said plainly."""
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise InvalidValueError(f"not a valid {what}: {value!r}") from None


def choice(value: str, allowed: type, what: str) -> str:
    """Check a value against one of the vocabularies in kinds.py."""
    try:
        return allowed(value).value
    except ValueError:
        names = ", ".join(member.value for member in allowed)
        raise InvalidValueError(f"unknown {what} {value!r}; use one of: {names}") from None


def require(session, model, key: uuid.UUID | str, what: str):
    """The row of ``model`` with that key, or a NotFoundError naming ``what``."""
    row = session.get(model, as_uuid(key, f"{what} id"))
    if row is None:
        raise NotFoundError(what, key)
    return row


def required_text(value: str, message: str) -> str:
    """Text with something in it, stripped; otherwise an InvalidValueError with ``message``."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidValueError(message)
    return value.strip()


def aware(value: datetime | None, what: str) -> datetime | None:
    """A timezone-aware time, or None; a naive one is refused rather than guessed at."""
    if value is not None and (not isinstance(value, datetime) or value.tzinfo is None):
        raise InvalidValueError(f"{what} must be a timezone-aware time")
    return value
