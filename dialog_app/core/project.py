"""One open project file and its services: the entry point for the GUI, the CLI and scripts.

    from dialog_app.core.project import Project
    with Project.open("regional-strategy.dialog") as project:
        meeting = project.dialogues.find("Dialogmöte med civilsamhället")
        project.notes.add(meeting.id, "Fler mötesplatser för digital hjälp på biblioteken")
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DatabaseError

from dialog_app.core import app_log
from dialog_app.core import presets as preset_data
from dialog_app.core.changes import ChangeFeed, ChangeKind
from dialog_app.core.errors import DamagedProjectError, ProjectAccessError
from dialog_app.core.history import History
from dialog_app.core.models import ProjectSetting, StakeholderGroup
from dialog_app.core.paths import app_dirs
from dialog_app.core.services.capture import CaptureService
from dialog_app.core.services.context import ServiceContext
from dialog_app.core.services.dialogues import DialogueService
from dialog_app.core.services.duplicates import DuplicateService
from dialog_app.core.services.frameworks import FrameworkService
from dialog_app.core.services.merging import MergeService
from dialog_app.core.services.notes import NoteService
from dialog_app.core.services.participation import ParticipationService
from dialog_app.core.services.saved_filters import SavedFilterService
from dialog_app.core.services.search import SearchService
from dialog_app.core.services.stats import StatsService
from dialog_app.core.services.suggestions import SuggestionService
from dialog_app.core.services.synthesis import SynthesisService
from dialog_app.core.services.tagging import TaggingService
from dialog_app.core.services.theme_editing import ThemeEditingService
from dialog_app.core.store import integrity, migrate, summary
from dialog_app.core.store.database import Database
from dialog_app.core.timeutil import utc_now

DEFAULT_FRAMEWORKS = ("se-digital-2017",)
_EXPECTED_TABLES = {"dialogue", "note", "theme", "tagging", "note_fts", "alembic_version"}


class Project:
    """An open project. Use ``Project.create`` or ``Project.open``; close it (or use ``with``)."""

    def __init__(self, path: Path, db: Database, user: str) -> None:
        self.path = path
        self.changes = ChangeFeed()
        self.history = History()
        self.history.subscribe(lambda: self.changes.publish(ChangeKind.HISTORY))
        context = ServiceContext(db=db, changes=self.changes, history=self.history, user=user)
        self._db = db
        self.dialogues = DialogueService(context)
        self.participation = ParticipationService(context)
        self.notes = NoteService(context)
        self.tagging = TaggingService(context)
        self.frameworks = FrameworkService(context)
        self.search = SearchService(context)
        self.stats = StatsService(context)
        self.capture = CaptureService(context, self.notes)
        self.merging = MergeService(context)
        self.synthesis = SynthesisService(context)
        self.saved_filters = SavedFilterService(context)
        self.theme_editing = ThemeEditingService(context)
        self.suggestions = SuggestionService(context, self.tagging, self.frameworks)
        self.duplicates = DuplicateService(context)

    # --- opening and creating ------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path | str,
        *,
        frameworks: Iterable[str] = DEFAULT_FRAMEWORKS,
        language: str = "sv",
        title: str | None = None,
        user: str | None = None,
    ) -> Project:
        """Write a new project file with the default stakeholder groups and the chosen presets."""
        path = Path(path)
        wanted = [preset_data.preset(preset_id) for preset_id in frameworks]  # fail before writing
        migrate.create_file(path)
        project = cls(path, Database(path), user if user is not None else _login_name())
        try:
            project._seed(language, title or path.stem, [p.id for p in wanted])
        except BaseException:
            project.close()
            raise
        app_log.log_project("created", path)
        return project

    @classmethod
    def open(cls, path: Path | str, *, user: str | None = None) -> Project:
        """Open an existing project, upgrading an older file after a backup copy."""
        path = Path(path)
        migrate.ensure_current(path, app_dirs().backups)
        db = Database(path)
        try:
            _probe(db, path)
        except BaseException:
            db.close()
            raise
        app_log.log_project("opened", path)
        return cls(path, db, user if user is not None else _login_name())

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- project-wide --------------------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        with self._db.read() as session:
            row = session.get(ProjectSetting, key)
            return row.value if row else default

    def set_setting(self, key: str, value: Any) -> None:
        with self._db.write() as session:
            session.merge(ProjectSetting(key=key, value=value))

    @property
    def title(self) -> str:
        return self.setting("title") or self.path.stem

    @property
    def language(self) -> str:
        return self.setting("language") or "sv"

    def read_connection(self) -> AbstractContextManager[Connection]:
        """One consistent read of the whole file, for bulk readers such as the exporters."""
        return self._db.read_connection()

    def summary(self) -> dict[str, int | str]:
        return summary.summary(self.path)

    def check(self) -> list[str]:
        return integrity.check(self.path)

    def _seed(self, language: str, title: str, preset_ids: list[str]) -> None:
        with self._db.write() as session:
            for position, group in enumerate(preset_data.default_groups()):
                session.add(
                    StakeholderGroup(
                        key=group["key"],
                        name=preset_data.localised(group["name"], language),
                        description=preset_data.localised(group.get("description", ""), language),
                        position=position,
                    )
                )
            session.add(ProjectSetting(key="title", value=title))
            session.add(ProjectSetting(key="language", value=language))
            session.add(ProjectSetting(key="created_at", value=utc_now().isoformat()))
        for preset_id in preset_ids:
            self.frameworks.add_preset(preset_id, language)


def _probe(db: Database, path: Path) -> None:
    """Fail early, with a clear error, on a file whose tables are missing or unreadable."""
    try:
        with db.read() as session:
            names = set(session.scalars(text("SELECT name FROM sqlite_schema WHERE type = 'table'")))
    except DatabaseError as exc:
        raise DamagedProjectError(path, str(exc.orig)) from exc
    except OSError as exc:
        raise ProjectAccessError.from_os_error(path, exc) from exc
    missing = _EXPECTED_TABLES - names
    if missing:
        raise DamagedProjectError(path, "missing tables: " + ", ".join(sorted(missing)))


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some portable and service setups
        return ""
