"""The time zone of the open project's meetings, as every screen shows times in it (issue 15).

Times are stored in UTC; the computer may be set to another zone than the one the meetings are held
in (a laptop on UTC, a consultant abroad), and the exports already print in the project's zone. One
``ShownZone`` lives beside each ProjectSession: the window hands it the zone read while the project
was opened (off the GUI thread); it reads the project's facts again, as a QueryOp, whenever settings
change (Project ▸ Facts saved, undone or redone), and says so with ``changed`` so views repaint.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtCore import QObject, Qt, Signal
from shiboken6 import isValid

from dialog_app.core.changes import ChangeKind
from dialog_app.core.time_zones import zone as named_zone
from dialog_app.gui.ops import ProjectSession, QueryOp


class ShownZone(QObject):
    changed = Signal()

    def __init__(self, session: ProjectSession, name: str | None = None) -> None:
        super().__init__(session)
        self.setObjectName("shownZone")
        self._session = session
        self.name = name
        self.zone: tzinfo = named_zone(name)
        session.subscribe({ChangeKind.SETTINGS}, lambda _change: self.reread(), owner=self)
        if name is None:  # not handed over: read it now, off the GUI thread
            self.reread()

    def reread(self) -> None:
        QueryOp(self._session, lambda project, _job: project.facts.read().time_zone) \
            .success(self._show).run(owner=self)

    def _show(self, name: str) -> None:
        before, self.name, self.zone = self.zone, name, named_zone(name)
        if self.zone is not before:  # the default zone, read for the first time, repaints nothing
            self.changed.emit()


def shown_zone(session: ProjectSession, name: str | None = None) -> ShownZone:
    """The session's ShownZone, made on first use (``name``: the zone already read, if known)."""
    found = session.findChild(ShownZone, "shownZone", Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else ShownZone(session, name)


def zone_of(session: ProjectSession | None) -> tzinfo | None:
    """The zone to show ``session``'s times in now (None without a project: the default zone)."""
    return None if session is None else shown_zone(session).zone


class ZoneFollower:
    """What a model keeps of its project's zone: the zone to show times in now, and a repaint when
    the project's facts change it."""

    def __init__(self, repaint: Callable[[], None]) -> None:
        self._repaint = repaint
        self._shown: ShownZone | None = None

    @property
    def zone(self) -> tzinfo | None:
        return self._shown.zone if self._shown is not None else None

    def follow(self, session: ProjectSession | None) -> None:
        shown = shown_zone(session) if session is not None else None
        if shown is self._shown:
            return
        if self._shown is not None and isValid(self._shown):
            self._shown.changed.disconnect(self._repaint)
        self._shown = shown
        if shown is not None:
            shown.changed.connect(self._repaint)
