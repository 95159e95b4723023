"""A project's retention date (gallring, issue 14): the day after which what it holds about people
is to be deleted or anonymised.

Kept as an ISO date in the project setting ``retain_until``, so a project carries its own date
wherever it is copied; setting or clearing it is one undo step. The date is the last day the data
may be kept: from the day after, the retention is due, and opening the project says so.
"""

from __future__ import annotations

from datetime import date, datetime

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import InvalidValueError
from dialog_app.core.history import Action, Step
from dialog_app.core.models import ProjectSetting
from dialog_app.core.retention_date import SETTING, is_due, parse_until
from dialog_app.core.services.context import ServiceContext


class RetentionService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def until(self) -> date | None:
        """The last day the project's data may be kept, or None when no date is set."""
        with self._ctx.db.read() as session:
            row = session.get(ProjectSetting, SETTING)
            return parse_until(row.value if row else None)

    def set_until(self, value: date | None) -> None:
        """Set (a date) or clear (None) the retention date; one undo step, none when unchanged."""
        if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
            raise InvalidValueError(f"a retention date must be a date, not {value!r}")
        before = self.until()
        if value == before:
            return
        self._write(value)
        self._ctx.history.record(Step(Action.SET_RETENTION, 1, undo=lambda: self._write(before),
                                      redo=lambda: self._write(value)))

    def due(self, today: date | None = None) -> bool:
        """Whether the date has passed (see ``is_due``); False when none is set."""
        return is_due(self.until(), today)

    def _write(self, value: date | None) -> None:
        with self._ctx.db.write() as session:
            if value is None:
                row = session.get(ProjectSetting, SETTING)
                if row is not None:
                    session.delete(row)
            else:
                session.merge(ProjectSetting(key=SETTING, value=value.isoformat()))
        self._ctx.changes.publish(ChangeKind.SETTINGS)
