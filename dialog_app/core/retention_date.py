"""The retention date's rules without the database (issue 14): where it is stored, how it is read,
and when it is due. Apart from services/retention.py so that ``dialog-app info``, which reads the
file with plain sqlite3 to start at once, applies the same rules without importing the ORM.
"""

from __future__ import annotations

from datetime import date

SETTING = "retain_until"  # the project setting: the last day the data may be kept, "YYYY-MM-DD"


def parse_until(value: object) -> date | None:
    """The stored ISO date, or None where none is set (or a received file holds something else)."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def is_due(until: date | None, today: date | None = None) -> bool:
    """Whether the retention date has passed: ``today`` (the local date by default) is after it."""
    return until is not None and (today or date.today()) > until
