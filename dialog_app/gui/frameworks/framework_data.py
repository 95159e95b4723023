"""What the framework editor shows, and the small reckonings over it (the next code, a new colour).

framework_ops.py reads it off the GUI thread through the services."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from dialog_app.core import presets as preset_data
from dialog_app.core.records import FrameworkRecord, ThemeRecord

# Distinct, readable colours for new top-level themes (a sub-theme takes its parent's colour).
PALETTE = ("#2E7DD1", "#C9721E", "#2E9462", "#B8478F", "#8C5BD6", "#D0533F", "#1E8FA6", "#6F7F1F",
           "#C98631", "#5B64D4")


@dataclass(frozen=True)
class EditorData:
    """The project's frameworks, which one is in use, and the shown framework's themes with the
    number of notes tagged with each."""

    frameworks: list[FrameworkRecord]
    active_id: uuid.UUID | None
    framework_id: uuid.UUID | None
    themes: list[ThemeRecord] = field(default_factory=list)
    notes: dict[uuid.UUID, int] = field(default_factory=dict)
    language: str = "sv"  # the project's own language: presets are copied in it

    @property
    def framework(self) -> FrameworkRecord | None:
        return next((f for f in self.frameworks if f.id == self.framework_id), None)

    def theme(self, theme_id: uuid.UUID | None) -> ThemeRecord | None:
        return next((t for t in self.themes if t.id == theme_id), None)


@dataclass(frozen=True)
class PresetChoice:
    id: str
    name: str
    themes: int
    present: bool  # already copied into the project


def preset_choices(language: str, frameworks: list[FrameworkRecord]) -> list[PresetChoice]:
    """The shipped presets, named in ``language``, each marked if the project already has it."""
    present = {f.preset_id for f in frameworks if f.preset_id}
    return [PresetChoice(p.id, p.name(language), p.theme_count(), p.id in present)
            for p in preset_data.presets().values()]


def subtree_ids(themes: list[ThemeRecord], theme_id: uuid.UUID) -> set[uuid.UUID]:
    """The theme and its sub-themes at any depth."""
    found = {theme_id}
    for theme in themes:  # reading order: a parent comes before its sub-themes
        if theme.parent_id in found:
            found.add(theme.id)
    return found


def next_code(themes: list[ThemeRecord], parent_id: uuid.UUID | None) -> str:
    """The code that follows the siblings' ("4" after "3", "2.3" after "2.2"); empty when the
    framework numbers its themes some other way."""
    parent = next((t for t in themes if t.id == parent_id), None)
    if parent is not None and not parent.code:
        return ""
    prefix = f"{parent.code}." if parent is not None else ""
    numbers = []
    for theme in themes:
        if theme.parent_id != parent_id or not theme.code:
            continue
        last = theme.code[len(prefix):] if theme.code.startswith(prefix) else ""
        if not last.isdigit():
            return ""
        numbers.append(int(last))
    return f"{prefix}{max(numbers, default=0) + 1}"


def new_colour(themes: list[ThemeRecord], parent_id: uuid.UUID | None) -> str:
    """A sub-theme's parent's colour; for a top-level theme, a palette colour not yet in use."""
    parent = next((t for t in themes if t.id == parent_id), None)
    if parent is not None:
        return parent.colour
    used = {t.colour.upper() for t in themes if t.parent_id is None}
    free = [c for c in PALETTE if c not in used]
    return free[0] if free else PALETTE[len(used) % len(PALETTE)]
