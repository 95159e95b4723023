"""One open project file and its services: the entry point for the GUI, the CLI and scripts.

    from dialog_app.core.project import Project
    with Project.open("regional-strategy.dialog") as project:
        meeting = project.dialogues.find("Dialogmöte med civilsamhället")
        project.notes.add(meeting.id, "Fler mötesplatser för digital hjälp på biblioteken")
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable
from datetime import timedelta
from pathlib import Path
from typing import Any

from dialog_app.core import app_log
from dialog_app.core import presets as preset_data
from dialog_app.core import table_projects
from dialog_app.core.changes import ChangeFeed, ChangeKind
from dialog_app.core.history import History
from dialog_app.core.jobs import Job
from dialog_app.core.models import ProjectSetting, StakeholderGroup
from dialog_app.core.services.bin_service import BinService
from dialog_app.core.services.capture import CaptureService
from dialog_app.core.services.context import ServiceContext
from dialog_app.core.services.dialogue_editing import DialogueEditing
from dialog_app.core.services.dialogues import DialogueService
from dialog_app.core.services.duplicates import DuplicateService
from dialog_app.core.services.frameworks import FrameworkService
from dialog_app.core.services.group_editing import GroupEditing
from dialog_app.core.services.importing import ImportService
from dialog_app.core.services.merging import MergeService
from dialog_app.core.services.note_refs import NoteRefs
from dialog_app.core.services.notes import NoteService
from dialog_app.core.services.participation import ParticipationService
from dialog_app.core.services.participant_register import ParticipantRegister
from dialog_app.core.services.person_data import PersonDataService
from dialog_app.core.services.possible_names import PossibleNameService
from dialog_app.core.services.project_facts import ProjectFactsService
from dialog_app.core.services.project_merging import ProjectMergeService
from dialog_app.core.services.report_data import ReportDataService
from dialog_app.core.services.retention import RetentionService
from dialog_app.core.services.saved_filters import SavedFilterService
from dialog_app.core.services.search import SearchService
from dialog_app.core.services.stats import StatsService
from dialog_app.core.services.suggestions import SuggestionService
from dialog_app.core.services.synthesis import SynthesisService
from dialog_app.core.services.tagging import TaggingService
from dialog_app.core.services.theme_editing import ThemeEditingService
from dialog_app.core.store import backups, integrity, migrate, summary
from dialog_app.core.store.database import Database
from dialog_app.core.store.opening import Notice, OpenedFile, open_for_editing, open_read_only
from dialog_app.core.store.writer_lock import WriterLock
from dialog_app.core.timeutil import utc_now

DEFAULT_FRAMEWORKS = ("se-digital-2017",)


class Project:
    """An open project. Use ``Project.create`` or ``Project.open``; close it (or use ``with``)."""

    def __init__(self, opened: OpenedFile, user: str) -> None:
        self.path = opened.path
        self.opened = opened
        db = Database(opened.database_path, read_only=opened.read_only, shown_as=opened.path)
        self.changes = ChangeFeed()
        self.history = History()
        self.history.subscribe(lambda: self.changes.publish(ChangeKind.HISTORY))
        context = ServiceContext(db=db, changes=self.changes, history=self.history, user=user)
        self._db = db
        self.dialogues = DialogueService(context)
        self.dialogue_editing = DialogueEditing(context, self.dialogues)
        self.participation = ParticipationService(context)
        self.group_editing = GroupEditing(context)
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
        self.report_data = ReportDataService(context)
        self.imports = ImportService(context)
        self.project_merge = ProjectMergeService(context, self.path)
        self.possible_names = PossibleNameService(context)
        self.participant_register = ParticipantRegister(context)
        self.person_data = PersonDataService(context, self.path)
        self.retention = RetentionService(context)
        self.note_refs = NoteRefs(context)  # notes by their export reference ("D2-017")
        self.bin = BinService(context, self.notes, self.note_refs)  # what is in the bin; emptying it
        self.facts = ProjectFactsService(context, self.path.stem)

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
        opened = OpenedFile(path, path, read_only=False, lock=WriterLock.acquire(path))
        project = cls(opened, user if user is not None else _login_name())
        try:
            project._seed(language, title or path.stem, [p.id for p in wanted])
        except BaseException:
            project.close()
            raise
        app_log.log_project("created", path)
        return project

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        user: str | None = None,
        read_only: bool = False,
        quick_check: bool = False,
        backup_unless_within: timedelta = timedelta(0),
        back_up: bool = True,
    ) -> Project:
        """Open an existing project (store/opening.py says how, and what it refuses).

        For editing it holds the project's writer lock until closed, backs it up (unless the
        newest backup holds this state, or is younger than ``backup_unless_within``; never with
        ``back_up=False``, for an erasure) and upgrades an older file after a backup. ``read_only``
        never writes the file; ``quick_check`` then also has SQLite check its pages (editing always does).
        """
        path = Path(path)
        if read_only:
            opened = open_read_only(path, quick_check=quick_check)
        else:
            opened = open_for_editing(path, backup_unless_within=backup_unless_within, back_up=back_up)
        try:
            project = cls(opened, user if user is not None else _login_name())
        except BaseException:
            opened.close()
            raise
        app_log.log_project("opened", path)
        return project

    @property
    def read_only(self) -> bool:
        return self.opened.read_only

    @property
    def notices(self) -> list[Notice]:
        """What opening did or found, for the user to hear of."""
        return self.opened.notices

    def close(self) -> None:
        try:
            if getattr(self, "suggestions", None) is not None:
                self.suggestions.learner.close()  # no retraining reads a closed database
            self._db.close()
        finally:
            self.opened.close()  # the writer lock goes even when the connections fail to close

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

    @property
    def table_label(self) -> str | None:
        """The table this project was prepared for (``prepare_tables``), or None."""
        return self.setting(table_projects.TABLE_SETTING)

    def prepare_tables(self, planned: list[table_projects.TableProject], job: Job | None = None) -> list[Path]:
        """One copy of this project per planned table, each labelled with its table (never replacing
        a file: see table_projects)."""
        return table_projects.prepare_tables(self.opened.database_path, planned, self.title, job)

    def summary(self) -> dict[str, int | str]:
        return summary.summary(self.opened.database_path)

    def check(self) -> list[str]:
        return integrity.check(self.path)

    # --- the file ------------------------------------------------------------------------------

    def back_up(self, reason: backups.BackupReason = backups.BackupReason.PERIODIC,
                unless_unchanged: bool = True) -> backups.Backup | None:
        """A backup of the file as it is now (call it where no write runs beside it: the write
        queue); None when the newest backup already holds this state."""
        return backups.take(self.path, reason, unless_unchanged_within=timedelta(0) if unless_unchanged else None)

    def keep_lock_alive(self) -> None:
        """The writer lock's heartbeat, for other computers on a shared folder."""
        if self.opened.lock is not None:
            self.opened.lock.refresh()

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


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some portable and service setups
        return ""
