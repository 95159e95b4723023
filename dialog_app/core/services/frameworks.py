"""Theme frameworks and their themes: presets copied into the project, and the active framework."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select

from dialog_app.core import presets as preset_data
from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import InvalidValueError, NotFoundError
from dialog_app.core.models import ProjectSetting, Theme, ThemeFramework
from dialog_app.core.services.context import ServiceContext, as_uuid, require, required_text

ACTIVE_FRAMEWORK = "active_framework"


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
                        keywords=list(keywords.get(language) or keywords.get("sv") or []),
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
                name=required_text(name, "a framework needs a name"),
                description=description,
                version=version,
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
                code=code,
                name=required_text(name, "a theme needs a name"),
                description=description,
                colour=colour,
                keywords=list(keywords or []),
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

