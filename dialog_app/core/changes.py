"""What changed in a project, told to whoever listens (the GUI refreshes from this).

The core knows nothing of Qt: the GUI subscribes a callable and moves the news to its own thread.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum


class ChangeKind(StrEnum):
    DIALOGUES = "dialogues"
    AGENDA = "agenda"
    PARTICIPATION = "participation"
    NOTES = "notes"
    TAGS = "tags"
    THEMES = "themes"
    SYNTHESIS = "synthesis"
    SETTINGS = "settings"
    HISTORY = "history"  # what can be undone or redone changed


@dataclass(frozen=True)
class Change:
    """What one operation changed: per kind, the ids it touched, and who asked for it.

    An operation run in ``ChangeFeed.batch`` is told once, whatever number of service calls it
    made; a call outside a batch (the CLI, a script) is told on its own. ``initiator`` is the
    object that started the operation (a GUI view, say), so that it can tell its own news apart.
    """

    ids_by_kind: Mapping[ChangeKind, frozenset[uuid.UUID]]
    initiator: object | None = None

    @property
    def kinds(self) -> frozenset[ChangeKind]:
        return frozenset(self.ids_by_kind)

    def touches(self, *kinds: ChangeKind) -> bool:
        return any(kind in self.ids_by_kind for kind in kinds)

    def ids(self, *kinds: ChangeKind) -> frozenset[uuid.UUID]:
        """The ids touched under any of ``kinds`` (empty: none named one by one)."""
        return frozenset().union(*(self.ids_by_kind.get(kind, frozenset()) for kind in kinds))


Listener = Callable[[Change], None]


class _Batch:
    def __init__(self, initiator: object | None) -> None:
        self.initiator = initiator
        self.ids: dict[ChangeKind, set[uuid.UUID]] = {}

    def change(self) -> Change:
        return Change({kind: frozenset(ids) for kind, ids in self.ids.items()}, self.initiator)


class ChangeFeed:
    """A list of listeners; they are called on the thread that made the change."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()
        self._batches = threading.local()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, kind: ChangeKind, ids=()) -> None:
        batch = getattr(self._batches, "current", None)
        if batch is not None:
            batch.ids.setdefault(kind, set()).update(ids)
            return
        self._deliver(Change({kind: frozenset(ids)}))

    @contextmanager
    def batch(self, initiator: object | None = None) -> Iterator[None]:
        """Collect what the block changes, on this thread, into one ``Change`` told at its end,
        also when the block fails (what it did is then told as it is). A batch inside a batch
        joins the outer one."""
        if getattr(self._batches, "current", None) is not None:
            yield
            return
        batch = self._batches.current = _Batch(initiator)
        try:
            yield
        finally:
            self._batches.current = None
            if batch.ids:
                self._deliver(batch.change())

    def _deliver(self, change: Change) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(change)
