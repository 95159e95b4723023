"""Undo and redo, kept in the core so every front end shares it.

A service performs an action, then records a ``Step`` that knows how to reverse and repeat it. The
step names its action with an ``Action`` and a count; the GUI phrases that for people (every
action has a phrase in both languages: a test checks). Several service calls that are one thing to
the user (merging a group of duplicates, a dialogue with its questions, an import) become one step
inside ``with history.group(Action.X):``.

Undo reaches back to the opening of the project: there is no cap that silently drops old steps.
The lock guards the two lists only; the database write of an undo or redo runs outside it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum


class Action(StrEnum):
    """Every undoable action the app knows."""

    CAPTURE = "capture"
    EDIT = "edit"
    DELETE = "delete"
    RESTORE = "restore"
    TAG = "tag"
    UNTAG = "untag"
    STATUS = "status"
    KEY_QUOTE = "key_quote"
    MERGE = "merge"
    MERGE_DUPLICATES = "merge_duplicates"
    REJECT_SUGGESTION = "reject_suggestion"
    ACCEPT_SUGGESTIONS = "accept_suggestions"
    EDIT_THEME = "edit_theme"
    MOVE_THEME = "move_theme"
    DELETE_THEME = "delete_theme"
    MERGE_THEMES = "merge_themes"
    ADD_THEME = "add_theme"
    RENAME_FRAMEWORK = "rename_framework"
    EDIT_FRAMEWORK = "edit_framework"
    DELETE_FRAMEWORK = "delete_framework"
    CREATE_FRAMEWORK = "create_framework"
    ADD_PRESET = "add_preset"
    SET_ACTIVE = "set_active"
    ADD_QUOTE = "add_quote"
    REMOVE_QUOTE = "remove_quote"
    ORDER_QUOTES = "order_quotes"
    CREATE_DIALOGUE = "create_dialogue"
    IMPORT = "import"
    MERGE_PROJECTS = "merge_projects"
    DECIDE_NAMES = "decide_names"
    ADD_PARTICIPANT = "add_participant"
    EDIT_PARTICIPANT = "edit_participant"
    REMOVE_PARTICIPANT = "remove_participant"
    ERASE_PERSON = "erase_person"  # also anonymising: its count is the number of names erased
    SET_RETENTION = "set_retention"
    EDIT_DIALOGUE = "edit_dialogue"
    DELETE_DIALOGUE = "delete_dialogue"
    PROJECT_FACTS = "project_facts"
    ADD_GROUP = "add_group"
    RENAME_GROUP = "rename_group"
    MOVE_GROUP = "move_group"
    MERGE_GROUPS = "merge_groups"
    DELETE_GROUP = "delete_group"
    EMPTY_BIN = "empty_bin"  # final once the project is closed, like ERASE_PERSON


@dataclass(frozen=True)
class Step:
    """One undoable action: what it was, on how many notes, and the two functions that move it."""

    action: Action
    count: int
    undo: Callable[[], None]
    redo: Callable[[], None]

    def __post_init__(self) -> None:
        object.__setattr__(self, "action", Action(self.action))  # an unknown code fails here, loudly


class _Group:
    """The steps recorded inside one ``History.group`` block, on the thread that opened it."""

    def __init__(self, action: Action, count: int | None) -> None:
        self.action = action
        self.count = count
        self.steps: list[Step] = []

    def as_step(self) -> Step:
        steps = list(self.steps)

        def undo() -> None:
            for step in reversed(steps):
                step.undo()

        def redo() -> None:
            for step in steps:
                step.redo()

        count = self.count if self.count is not None else sum(s.count for s in steps)
        return Step(self.action, count, undo, redo)


class History:
    def __init__(self) -> None:
        self._done: list[Step] = []
        self._undone: list[Step] = []
        self._lock = threading.Lock()
        self._groups = threading.local()
        self._listeners: list[Callable[[], None]] = []

    def record(self, step: Step) -> None:
        group = self._open_group()
        if group is not None:
            group.steps.append(step)
            return
        with self._lock:
            self._done.append(step)
            self._undone.clear()
        self._notify()

    @contextmanager
    def group(self, action: Action, count: int | None = None) -> Iterator[None]:
        """Make every step recorded inside the block, on this thread, one step named ``action``.

        ``count`` is what the Edit menu says; by default the sum of the steps' counts. When the
        block fails, what it did so far is undone (newest first) and the error goes on: the user
        sees the whole action happen, or none of it.
        """
        outer = self._open_group()
        if outer is not None:  # a group inside a group joins the outer one
            yield
            return
        group = _Group(Action(action), count)
        self._groups.current = group
        try:
            yield
        except BaseException:
            self._groups.current = None
            for step in reversed(group.steps):
                step.undo()
            raise
        self._groups.current = None
        if group.steps:
            self.record(group.as_step())

    def undo(self) -> Step | None:
        """Reverse the newest step and return it, or None when there is nothing to undo."""
        with self._lock:
            if not self._done:
                return None
            step = self._done.pop()
        try:
            step.undo()
        except BaseException:
            with self._lock:
                self._done.append(step)
            raise
        with self._lock:
            self._undone.append(step)
        self._notify()
        return step

    def redo(self) -> Step | None:
        with self._lock:
            if not self._undone:
                return None
            step = self._undone.pop()
        try:
            step.redo()
        except BaseException:
            with self._lock:
                self._undone.append(step)
            raise
        with self._lock:
            self._done.append(step)
        self._notify()
        return step

    @property
    def next_undo(self) -> Step | None:
        with self._lock:
            return self._done[-1] if self._done else None

    @property
    def next_redo(self) -> Step | None:
        with self._lock:
            return self._undone[-1] if self._undone else None

    def clear(self) -> None:
        with self._lock:
            self._done.clear()
            self._undone.clear()
        self._notify()

    def subscribe(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def _open_group(self) -> _Group | None:
        return getattr(self._groups, "current", None)

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener()
