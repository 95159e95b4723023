"""What the editor's action classes need of the editor window, as a shape.

FrameworkActions and ThemeActions are made by the editor and act on it; naming the window through
this protocol, not its class, keeps them from importing the module that imports them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, Protocol

from dialog_app.core.records import ThemeRecord
from dialog_app.gui.frameworks.framework_data import EditorData
from dialog_app.gui.frameworks.theme_form import ThemeForm
from dialog_app.gui.frameworks.theme_tree_model import ThemeTreeModel
from dialog_app.gui.ops import ProjectSession, WriteOp


class EditorView(Protocol):
    """The framework editor as its actions see it (a QWidget: prompts and questions open on it)."""

    session: ProjectSession
    data: EditorData | None
    form: ThemeForm
    model: ThemeTreeModel

    def apply_edits(self) -> None: ...

    def write(self, op: WriteOp, on_done: Callable[[Any], None] | None = None) -> None: ...

    def read(self, op: WriteOp, on_done: Callable[[Any], None]) -> None: ...

    def say(self, text: str) -> None: ...

    def select_after(self, theme: uuid.UUID | None = None, framework: uuid.UUID | None = None,
                     edit: bool = False) -> None: ...

    def current_theme_id(self) -> uuid.UUID | None: ...

    def current_theme(self) -> ThemeRecord | None: ...

    def neighbour_of(self, theme_id: uuid.UUID) -> uuid.UUID | None: ...
