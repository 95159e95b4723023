"""Which dialogue the capture screen shows, read off the GUI thread.

The facilitator may pick a dialogue while change news about the last one is still arriving: only the
newest read counts (an older one may have read stale data), a burst of news makes one reload, and a
reload shows the dialogue last asked for, never the one shown before it.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, QTimer, Signal

from dialog_app.core.errors import NotFoundError
from dialog_app.core.kinds import DialogueStatus
from dialog_app.core.records import DialogueRecord
from dialog_app.core.timeutil import utc_now
from dialog_app.gui.capture.capture_data import Loaded, list_dialogues, read_dialogue
from dialog_app.gui.ops import ProjectSession

RELOAD_DELAY_MS = 25


class DialogueLoader(QObject):
    listed = Signal(object)  # the project's dialogues, for the picker
    opening = Signal(object)  # the id of the dialogue about to be shown
    loaded = Signal(object, bool)  # a Loaded; True when it is another dialogue than the one shown
    failed = Signal(object)  # an exception a read met

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: ProjectSession | None = None
        self.shown: Loaded | None = None
        self._wanted: uuid.UUID | None = None  # the dialogue last asked for
        self._generation = 0  # only the newest load is shown
        self._reload_timer = QTimer(self)  # a burst of change news makes one reload
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self._reload_current)

    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session
        self.shown = None
        self._wanted = None
        self._generation += 1  # a read of the old project still under way is not shown
        self._reload_timer.stop()

    @property
    def current_id(self) -> uuid.UUID | None:
        """The dialogue last asked for, else the one shown."""
        return self._wanted or (self.shown.dialogue.id if self.shown is not None else None)

    def reload_dialogues(self, select: uuid.UUID | None = None) -> None:
        """List the dialogues again; then show ``select``, else the one shown, else a good default."""
        session = self.session
        if session is not None:
            list_dialogues(session).success(lambda found: self._listed(session, found, select)) \
                .failure(self.failed.emit).run(owner=self)

    def _listed(self, session: ProjectSession, dialogues: list[DialogueRecord], select: uuid.UUID | None) -> None:
        if session is not self.session:
            return
        shown = self.current_id
        if shown not in {d.id for d in dialogues}:
            shown = None  # gone (its creation undone, deleted elsewhere): another one is shown
        if not dialogues:
            self.set_session(session)  # nothing is shown, nothing is on its way
        self.listed.emit(dialogues)
        if not dialogues:
            return
        wanted = select or shown or default_dialogue(dialogues)
        if wanted == shown:
            self.opening.emit(wanted)
            self.schedule_reload()  # its title or status may have changed
        else:
            self.open(wanted)

    def open(self, dialogue_id: uuid.UUID | None) -> None:
        session = self.session
        if session is None or dialogue_id is None:
            return
        self._wanted = dialogue_id
        self.opening.emit(dialogue_id)
        self._generation += 1
        generation = self._generation
        read_dialogue(session, dialogue_id).success(lambda loaded: self._loaded(generation, loaded)) \
            .failure(lambda error: self._not_loaded(generation, error)).run(owner=self)

    def _loaded(self, generation: int, loaded: Loaded) -> None:
        if generation != self._generation or self.session is None:
            return  # a newer load is on its way
        switched = self.shown is None or self.shown.dialogue.id != loaded.dialogue.id
        self.shown = loaded
        self.loaded.emit(loaded, switched)

    def _not_loaded(self, generation: int, error: BaseException) -> None:
        if generation != self._generation or self.session is None:
            return  # a newer load is on its way
        if isinstance(error, NotFoundError):  # gone meanwhile (its creation undone): show another
            self.reload_dialogues()
        else:
            self.failed.emit(error)

    def schedule_reload(self) -> None:
        self._reload_timer.start()

    def _reload_current(self) -> None:
        """Show the current dialogue as it is now; the one last asked for, if it is still loading
        (reloading the one shown before would undo the facilitator's choice of a new dialogue)."""
        self.open(self.current_id)


def default_dialogue(dialogues: list[DialogueRecord]) -> uuid.UUID:
    """The running dialogue, else the next planned one, else the most recent."""
    for status in (DialogueStatus.RUNNING, DialogueStatus.PLANNED):
        candidates = [d for d in dialogues if d.status == status]
        if candidates:
            return min(candidates, key=lambda d: d.starts_at or utc_now()).id
    return dialogues[0].id
