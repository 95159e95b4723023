"""What changed in a project, told to whoever listens (the GUI refreshes from this).

The core knows nothing of Qt: the GUI subscribes a callable and moves the news to its own thread.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
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
    kind: ChangeKind
    ids: frozenset[uuid.UUID] = field(default_factory=frozenset)


Listener = Callable[[Change], None]


class ChangeFeed:
    """A list of listeners; ``publish`` calls them on the caller's thread."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, kind: ChangeKind, ids=()) -> None:
        change = Change(kind, frozenset(ids))
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(change)
