"""The project's own facts: its title, its organiser (the report's cover), the time zone of its
meetings (every time is printed there) and its language (an export's default). Issue 15.

Kept as project settings, so a copy of the file carries them; a save of the form is one undo step.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import InvalidValueError
from dialog_app.core.history import Action, Step
from dialog_app.core.models import ProjectSetting
from dialog_app.core.services.context import ServiceContext, required_text
from dialog_app.core.time_zones import DEFAULT_ZONE, is_known

LANGUAGES = ("sv", "en")
KEYS = ("title", "organiser", "time_zone", "language")


@dataclass(frozen=True)
class ProjectFacts:
    title: str
    organiser: str = ""
    time_zone: str = DEFAULT_ZONE
    language: str = "sv"


class ProjectFactsService:
    def __init__(self, context: ServiceContext, default_title: str) -> None:
        self._ctx = context
        self._default_title = default_title  # the file's name, when no title was ever stored

    def read(self) -> ProjectFacts:
        stored = self._stored()
        return ProjectFacts(
            title=str(stored.get("title") or self._default_title),
            organiser=str(stored.get("organiser") or ""),
            time_zone=str(stored.get("time_zone") or DEFAULT_ZONE),
            language=stored.get("language") if stored.get("language") in LANGUAGES else "sv",
        )

    def save(self, facts: ProjectFacts) -> ProjectFacts:
        """Store these facts (checked first); one undo step (PROJECT_FACTS), none when unchanged."""
        checked = ProjectFacts(
            title=required_text(facts.title, "a project needs a title"),
            organiser=(facts.organiser or "").strip(),
            time_zone=(facts.time_zone or "").strip(),
            language=facts.language,
        )
        if not is_known(checked.time_zone):
            raise InvalidValueError(f"unknown time zone {checked.time_zone!r}; use a name like {DEFAULT_ZONE}")
        if checked.language not in LANGUAGES:
            raise InvalidValueError(f"unknown language {checked.language!r}; use one of: {', '.join(LANGUAGES)}")
        if checked == self.read():
            return checked
        before = self._stored()
        after = asdict(checked)
        self._write(after)
        self._ctx.history.record(Step(Action.PROJECT_FACTS, 1, undo=lambda: self._write(before),
                                      redo=lambda: self._write(after)))
        return checked

    def _stored(self) -> dict[str, object]:
        with self._ctx.db.read() as session:
            rows = {key: session.get(ProjectSetting, key) for key in KEYS}
            return {key: row.value for key, row in rows.items() if row is not None}

    def _write(self, values: dict[str, object]) -> None:
        """Make the four settings what ``values`` holds; a key it lacks is removed (never stored)."""
        with self._ctx.db.write() as session:
            for key in KEYS:
                if key in values:
                    session.merge(ProjectSetting(key=key, value=values[key]))
                else:
                    row = session.get(ProjectSetting, key)
                    if row is not None:
                        session.delete(row)
        self._ctx.changes.publish(ChangeKind.SETTINGS)
