"""Theme frameworks and their themes: presets copied into the project, the active framework, the
tree and how much a theme is used, and the checks every theme and framework edit goes through.

The framework editor's undoable actions (edit, move, merge, delete ...) are in theme_editing.py.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import distinct, func, select

from dialog_app.core import presets as preset_data
from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import InvalidValueError, NotFoundError
from dialog_app.core.models import (
    Note, ProjectSetting, SynthesisQuote, Tagging, Theme, ThemeFramework, ThemeSynthesis,
)
from dialog_app.core.services.context import ServiceContext, as_uuid, require, required_text

ACTIVE_FRAMEWORK = "active_framework"
THEME_FIELDS = frozenset({"name", "code", "description", "colour", "keywords", "aliases"})
FRAMEWORK_FIELDS = frozenset({"name", "description", "version"})

_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_THEME, _TAG, _NOTE = Theme.__table__, Tagging.__table__, Note.__table__


@dataclass(frozen=True)
class ThemeUsage:
    """What deleting a theme would touch: the live notes tagged with it, those tagged with it or a
    sub-theme, and whether it or a sub-theme has a written synthesis or picked quotes."""

    notes: int
    with_subthemes: int
    synthesis: bool


class FrameworkService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def add_preset(self, preset_id: str, language: str = "sv") -> ThemeFramework:
        """Copy a shipped preset into the project, so the file stays self-contained."""
        preset = preset_data.preset(preset_id)
        loc = lambda value: preset_data.localised(value, language)  # noqa: E731
        with self._ctx.db.write() as session:
            framework = ThemeFramework(
                name=loc(preset.data["name"]),
                version=preset.version,
                description=loc(preset.data.get("description", "")),
                source=preset.source,
                preset_id=preset.id,
                position=_next_position(session),
            )
            session.add(framework)
            session.flush()  # no ORM relationships: the framework row must exist before its themes

            def copy(themes: list[dict[str, Any]], parent: uuid.UUID | None) -> None:
                for position, data in enumerate(themes):
                    keywords = data.get("keywords", {})
                    theme = Theme(
                        framework_id=framework.id,
                        parent_id=parent,
                        position=position,
                        code=str(data.get("code", "")),
                        name=loc(data["name"]),
                        description=loc(data.get("description", "")),
                        colour=data.get("colour", "#808080"),
                        keywords=_all_languages(keywords, language),
                        aliases=list(data.get("aliases", [])),
                    )
                    session.add(theme)
                    copy(data.get("children", []), theme.id)

            copy(preset.data["themes"], None)
            if _setting(session, ACTIVE_FRAMEWORK) is None:
                session.merge(ProjectSetting(key=ACTIVE_FRAMEWORK, value=str(framework.id)))
        self._ctx.changes.publish(ChangeKind.THEMES, [framework.id])
        return framework

    def create(self, name: str, description: str = "", version: str = "") -> ThemeFramework:
        with self._ctx.db.write() as session:
            framework = ThemeFramework(
                **framework_values({"name": name, "description": description, "version": version}),
                position=_next_position(session),
            )
            session.add(framework)
        self._ctx.changes.publish(ChangeKind.THEMES, [framework.id])
        return framework

    def add_theme(
        self,
        framework_id: uuid.UUID | str,
        name: str,
        *,
        parent_id: uuid.UUID | str | None = None,
        code: str = "",
        description: str = "",
        colour: str = "#808080",
        keywords: list[str] | None = None,
    ) -> Theme:
        framework_id = as_uuid(framework_id, "framework id")
        values = theme_values({"name": name, "code": code, "description": description,
                               "colour": colour, "keywords": list(keywords or [])})
        with self._ctx.db.write() as session:
            require(session, ThemeFramework, framework_id, "framework")
            parent = as_uuid(parent_id) if parent_id else None
            if parent is not None and require(session, Theme, parent, "theme").framework_id != framework_id:
                raise InvalidValueError("a theme's parent must be in the same framework")
            same_parent = Theme.parent_id.is_(None) if parent is None else Theme.parent_id == parent
            last = session.execute(
                select(func.max(Theme.position)).where(Theme.framework_id == framework_id, same_parent)
            ).scalar_one()
            theme = Theme(
                framework_id=framework_id,
                parent_id=parent,
                position=(last + 1) if last is not None else 0,
                **values,
            )
            session.add(theme)
        self._ctx.changes.publish(ChangeKind.THEMES, [theme.id])
        return theme

    def frameworks(self) -> list[ThemeFramework]:
        with self._ctx.db.read() as session:
            return list(session.scalars(select(ThemeFramework).order_by(ThemeFramework.position)))

    def themes(self, framework_id: uuid.UUID | str) -> list[Theme]:
        """The framework's themes in reading order: each theme followed by its sub-themes."""
        with self._ctx.db.read() as session:
            rows = list(
                session.scalars(
                    select(Theme)
                    .where(Theme.framework_id == as_uuid(framework_id, "framework id"))
                    .order_by(Theme.position)
                )
            )
        children: dict[uuid.UUID | None, list[Theme]] = {}
        for theme in rows:
            children.setdefault(theme.parent_id, []).append(theme)
        ordered: list[Theme] = []

        def walk(parent: uuid.UUID | None) -> None:
            for theme in children.get(parent, []):
                ordered.append(theme)
                walk(theme.id)

        walk(None)
        return ordered

    def theme(self, theme_id: uuid.UUID | str) -> Theme:
        with self._ctx.db.read() as session:
            return require(session, Theme, theme_id, "theme")

    def theme_usage(self, theme_id: uuid.UUID | str) -> ThemeUsage:
        """How many live notes carry the theme, and the theme or one of its sub-themes: what the
        editor says before a delete ("37 notes lose this theme")."""
        with self._ctx.db.read() as session:
            theme = require(session, Theme, theme_id, "theme")
            connection = session.connection()
            scope = subtree(theme_parents(connection, theme.framework_id), theme.id)
            written = ThemeSynthesis.__table__
            picked = SynthesisQuote.__table__
            synthesis = connection.execute(
                select(func.count()).select_from(written)
                .where(written.c.theme_id.in_(scope), func.trim(written.c.text) != "")
            ).scalar_one() or connection.execute(
                select(func.count()).select_from(picked).where(picked.c.theme_id.in_(scope))
            ).scalar_one()
            return ThemeUsage(live_note_count(connection, {theme.id}),
                              live_note_count(connection, scope), bool(synthesis))

    def find_theme(self, framework_id: uuid.UUID | str, code_or_name: str) -> Theme:
        """A theme of a framework by code ("2"), name or alias, in any case."""
        wanted = code_or_name.strip().casefold()
        for theme in self.themes(framework_id):
            names = {theme.code.casefold(), theme.name.casefold(), *(a.casefold() for a in theme.aliases)}
            if wanted in names:
                return theme
        raise NotFoundError("theme", code_or_name)

    def active_framework(self) -> ThemeFramework | None:
        with self._ctx.db.read() as session:
            value = _setting(session, ACTIVE_FRAMEWORK)
            framework = session.get(ThemeFramework, uuid.UUID(value)) if value else None
            if framework is None:
                framework = session.scalars(
                    select(ThemeFramework).order_by(ThemeFramework.position)
                ).first()
            return framework

    def set_active(self, framework_id: uuid.UUID | str) -> None:
        framework_id = as_uuid(framework_id, "framework id")
        with self._ctx.db.write() as session:
            require(session, ThemeFramework, framework_id, "framework")
            session.merge(ProjectSetting(key=ACTIVE_FRAMEWORK, value=str(framework_id)))
        self._ctx.changes.publish(ChangeKind.SETTINGS, [framework_id])


def _next_position(session) -> int:
    last = session.execute(select(func.max(ThemeFramework.position))).scalar_one()
    return (last + 1) if last is not None else 0


def _setting(session, key: str) -> Any:
    row = session.get(ProjectSetting, key)
    return row.value if row else None


# --- the tree of one framework -------------------------------------------------------------------


def theme_parents(connection, framework_id: uuid.UUID) -> dict[uuid.UUID, uuid.UUID | None]:
    """Each theme of the framework with its parent's id."""
    statement = select(_THEME.c.id, _THEME.c.parent_id).where(_THEME.c.framework_id == framework_id)
    return dict(connection.execute(statement).all())


def ancestors(parents: dict[uuid.UUID, uuid.UUID | None], theme_id: uuid.UUID) -> list[uuid.UUID]:
    """The theme's parent, grandparent ... up to the top level."""
    found: list[uuid.UUID] = []
    current = parents.get(theme_id)
    while current is not None and current not in found:
        found.append(current)
        current = parents.get(current)
    return found


def subtree(parents: dict[uuid.UUID, uuid.UUID | None], theme_id: uuid.UUID) -> set[uuid.UUID]:
    """The theme and all its sub-themes, at any depth."""
    return {theme_id} | {i for i in parents if theme_id in ancestors(parents, i)}


def child_ids(connection, framework_id: uuid.UUID, parent_id: uuid.UUID | None) -> list[uuid.UUID]:
    """The themes under a parent (None: the top level), in their order."""
    same_parent = _THEME.c.parent_id.is_(None) if parent_id is None else _THEME.c.parent_id == parent_id
    return list(connection.execute(
        select(_THEME.c.id).where(_THEME.c.framework_id == framework_id, same_parent)
        .order_by(_THEME.c.position, _THEME.c.code, _THEME.c.name)
    ).scalars())


def live_note_count(connection, theme_ids: Iterable[uuid.UUID]) -> int:
    """How many notes not in the bin carry at least one of the themes."""
    return connection.execute(
        select(func.count(distinct(_TAG.c.note_id)))
        .select_from(_TAG.join(_NOTE, _NOTE.c.id == _TAG.c.note_id))
        .where(_TAG.c.theme_id.in_(list(theme_ids)), _NOTE.c.deleted_at.is_(None))
    ).scalar_one()


# --- checks --------------------------------------------------------------------------------------


def theme_values(fields: dict[str, Any]) -> dict[str, Any]:
    """Checked, tidied theme fields: a name, text, a #RRGGBB colour (upper case), word lists."""
    unknown = set(fields) - THEME_FIELDS
    if unknown:
        raise InvalidValueError(f"a theme has no field {', '.join(sorted(unknown))}")
    values: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "name":
            values[key] = required_text(value, "a theme needs a name")
        elif key == "colour":
            if not isinstance(value, str) or not _COLOUR.fullmatch(value.strip()):
                raise InvalidValueError(f"a colour is written #RRGGBB, not {value!r}")
            values[key] = value.strip().upper()
        elif key in ("keywords", "aliases"):
            if isinstance(value, str) or not isinstance(value, (list, tuple)):
                raise InvalidValueError(f"{key} must be a list of words")
            if any(not isinstance(word, str) or not word.strip() for word in value):
                raise InvalidValueError(f"{key} must not hold empty entries")
            values[key] = unique_words(value)
        else:
            values[key] = _text(value, key)
    return values


def framework_values(fields: dict[str, Any]) -> dict[str, Any]:
    """Checked framework fields: a name, a description and a version."""
    unknown = set(fields) - FRAMEWORK_FIELDS
    if unknown:
        raise InvalidValueError(f"a framework has no field {', '.join(sorted(unknown))}")
    return {
        key: required_text(value, "a framework needs a name") if key == "name" else _text(value, key)
        for key, value in fields.items()
    }


def unique_words(words: Iterable[str]) -> list[str]:
    """Stripped, in their first order, each once whatever its case ("AI" and "ai" are one)."""
    seen: dict[str, str] = {}
    for word in words:
        seen.setdefault(word.strip().casefold(), word.strip())
    return list(seen.values())


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise InvalidValueError(f"{what} must be text")
    return value.strip()


def _all_languages(keywords: dict[str, list[str]], language: str) -> list[str]:
    """A preset's keywords in the project's language first, then the others' (issue 17: an English
    note in a Swedish project is matched too), each spelling once."""
    ordered = [language, "sv", *sorted(keywords)]
    seen: set[str] = set()
    kept: list[str] = []
    for code in dict.fromkeys(ordered):
        for keyword in keywords.get(code) or []:
            if keyword.casefold() not in seen:
                seen.add(keyword.casefold())
                kept.append(keyword)
    return kept
