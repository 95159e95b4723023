"""What the writer does to the selected notes, by key or from the context menu: tag and untag,
accept or reject suggestions, set the review status, mark key quotes, merge and find duplicates.
Every action is one undoable step in the core, run on the project's write queue."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QProgressDialog

from dialog_app.core import jobs
from dialog_app.core.project import Project
from dialog_app.gui.labels import NOTE_STATUSES, label
from dialog_app.gui.review.duplicates_dialog import DuplicatesDialog
from dialog_app.gui.review.review_rows import ReviewRow
from dialog_app.gui.review.theme_picker import ThemePicker
from dialog_app.gui.worker import run_in_background

if TYPE_CHECKING:
    from dialog_app.gui.review.review_page import ReviewPage

STATUS_KEYS = {"reviewed": "Ctrl+R", "approved": "Ctrl+P", "excluded": "Ctrl+E", "captured": ""}


class ReviewActions(QObject):
    def __init__(self, page: ReviewPage) -> None:
        super().__init__(page)
        self.page = page
        table = page.table
        self.theme_keys = [self._action(str(n), self.tr("Theme %1").replace("%1", str(n)),
                                        lambda _checked=False, n=n: self.toggle_theme_number(n)) for n in range(1, 10)]
        self.pick = self._action("T", self.tr("Tag with a theme…"), self.pick_theme)
        self.unpick = self._action("Shift+T", self.tr("Remove a theme…"), self.pick_theme_to_remove)
        self.accept = self._action("A", self.tr("Accept the suggested theme"), lambda: self.decide_suggestion(True))
        self.reject = self._action("R", self.tr("Reject the suggested theme"), lambda: self.decide_suggestion(False))
        self.statuses = {status: self._action(keys, label(NOTE_STATUSES, status),
                                              lambda _checked=False, status=status: self.set_status(status))
                         for status, keys in STATUS_KEYS.items()}
        self.key_quote = self._action("K", self.tr("Key quote"), self.toggle_key_quote)
        self.merge = self._action("M", self.tr("Merge the two selected notes"), self.merge_selected)
        self.duplicates = self._action("Ctrl+D", self.tr("Find possible duplicates…"), self.find_duplicates)
        self.delete = self._action(QKeySequence.StandardKey.Delete, self.tr("Move to the bin"), self.delete_selected)
        for action in (*self.theme_keys, self.pick, self.unpick, self.accept, self.reject, *self.statuses.values(),
                       self.key_quote, self.merge, self.duplicates, self.delete):
            table.addAction(action)

    def _action(self, keys: str | QKeySequence.StandardKey, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # keys typed in the search box stay there
        action.triggered.connect(slot)
        return action

    # --- tagging -------------------------------------------------------------------------------

    def toggle_theme_number(self, number: int) -> None:
        """Keys 1–9: put the n-th theme on the selected notes; if all have it already, take it off."""
        themes = self.page.names.active_themes() if self.page.names else []
        if number > len(themes):
            self.page.message.emit(self.tr("The active framework has no theme number %1.").replace("%1", str(number)))
            return
        self.toggle_theme(themes[number - 1].theme_id)

    def toggle_theme(self, theme_id: uuid.UUID) -> None:
        def work(project: Project, ids: list[uuid.UUID]) -> tuple[bool, int]:
            tags = project.tagging.themes_by_note(ids)
            if all(theme_id in tags.get(note_id, ()) for note_id in ids):
                return False, project.tagging.untag(ids, theme_id)
            return True, project.tagging.tag(ids, theme_id)

        self._on_selection(work, lambda result: self._tagged(theme_id, *result))

    def tag_keys(self, keys: list[int], theme_id: uuid.UUID) -> None:
        """Notes dropped on a theme: tag them (never untag by a drop)."""
        self._run(keys, lambda project, ids: project.tagging.tag(ids, theme_id),
                  lambda count: self._tagged(theme_id, True, count))

    def pick_theme(self) -> None:
        theme = self._ask_theme(self.tr("Tag the selected notes with"))
        if theme is not None:
            self._on_selection(lambda project, ids: project.tagging.tag(ids, theme),
                               lambda count: self._tagged(theme, True, count))

    def pick_theme_to_remove(self) -> None:
        theme = self._ask_theme(self.tr("Remove from the selected notes"))
        if theme is not None:
            self.untag(theme)

    def untag(self, theme_id: uuid.UUID) -> None:
        self._on_selection(lambda project, ids: project.tagging.untag(ids, theme_id),
                           lambda count: self._tagged(theme_id, False, count))

    def tag(self, theme_id: uuid.UUID) -> None:
        self._on_selection(lambda project, ids: project.tagging.tag(ids, theme_id),
                           lambda count: self._tagged(theme_id, True, count))

    def _ask_theme(self, title: str) -> uuid.UUID | None:
        names = self.page.names
        if names is None or not self.page.selected_keys():
            return None
        return ThemePicker.pick(names.active_themes(), title, self.page)

    def _tagged(self, theme_id: uuid.UUID, added: bool, count: int) -> None:
        theme = self.page.names.themes.get(theme_id) if self.page.names else None
        name = theme.name if theme else ""
        text = (self.tr("Tagged %n note(s) with “%1”.", "", count) if added
                else self.tr("Removed “%1” from %n note(s).", "", count))
        self.page.message.emit(text.replace("%1", name))

    # --- suggestions ---------------------------------------------------------------------------

    def suggested_theme(self) -> uuid.UUID | None:
        """The first suggestion of the current note (or of the first selected note that has one)."""
        rows = [self.page.model.row(self.page.model.row_of(key)) for key in self._current_first()]
        for row in rows:
            if row is not None and row.suggestions:
                return row.suggestions[0].theme_id
        return None

    def decide_suggestion(self, accept: bool, theme_id: uuid.UUID | None = None) -> None:
        """A / R: accept or reject that suggestion for every selected note it is suggested for."""
        names = self.page.names
        theme_id = theme_id or self.suggested_theme()
        if theme_id is None or names is None or names.framework_id is None:
            self.page.message.emit(self.tr("The selected notes have no suggested theme."))
            return
        framework = names.framework_id

        def work(project: Project, ids: list[uuid.UUID]) -> int:
            found = project.suggestions.for_notes(ids, framework)
            chosen = [i for i in ids if any(s.theme_id == theme_id for s in found.get(i, ()))]
            if not chosen:
                return 0
            return (project.suggestions.accept if accept else project.suggestions.reject)(chosen, theme_id)

        def done(count: int) -> None:
            theme = names.themes.get(theme_id)
            text = (self.tr("Accepted “%1” for %n note(s).", "", count) if accept
                    else self.tr("Rejected “%1” for %n note(s).", "", count))
            self.page.message.emit(text.replace("%1", theme.name if theme else ""))

        self._on_selection(work, done)

    # --- status, key quotes, merging, the bin --------------------------------------------------

    def set_status(self, status: str) -> None:
        self._on_selection(
            lambda project, ids: project.notes.set_status(ids, status),
            lambda count: self.page.message.emit(
                self.tr("Set %n note(s) to “%1”.", "", count).replace("%1", label(NOTE_STATUSES, status))),
        )

    def toggle_key_quote(self) -> None:
        """K: mark the selected notes as key quotes; if all are already, unmark them."""
        def work(project: Project, ids: list[uuid.UUID]) -> int:
            notes = project.notes.by_ids(ids)
            return project.notes.set_key_quote(ids, not all(note.key_quote for note in notes.values()))

        self._on_selection(work, lambda count: self.page.message.emit(
            self.tr("Changed the key-quote mark of %n note(s).", "", count)))

    def merge_selected(self) -> None:
        keys = self.page.selected_keys()
        if len(keys) != 2:
            self.page.message.emit(self.tr("Select exactly two notes to merge."))
            return
        keep, absorb = sorted(keys)  # the earlier capture stays; the later one is folded into it

        def work(project: Project, ids: list[uuid.UUID]) -> int:
            return project.merging.merge(ids[0], ids[1])

        self._run([keep, absorb], work, lambda votes: self.page.message.emit(
            self.tr("Merged the two notes; the kept note has %n vote(s).", "", votes)))

    def delete_selected(self) -> None:
        self._on_selection(lambda project, ids: project.notes.delete(ids), lambda count: self.page.message.emit(
            self.tr("Moved %n note(s) to the bin. Ctrl+Z brings them back.", "", count)))

    def find_duplicates(self) -> None:
        """Look for possible duplicates among the listed notes, off the GUI thread, with a progress
        bar and cancel; then flag them in the table and show the groups."""
        project, note_filter = self.page.project, self.page.filters.current_filter()
        if project is None:
            return
        dialog = QProgressDialog(self.tr("Looking for possible duplicates…"), self.tr("Cancel"), 0, 0, self.page)
        dialog.setObjectName("duplicatesProgress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)

        relay = []  # the worker's way back to the GUI thread, once the work runs
        job = jobs.Job(on_progress=lambda done, total: relay[0].report(done, total))

        def work(progress):
            relay.append(progress)
            groups = project.duplicates.find(note_filter, job=job)
            notes = project.notes.by_ids([i for group in groups for i in group.note_ids])
            return groups, {note_id: note.text for note_id, note in notes.items()}

        def progressed(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)

        def done(found) -> None:
            dialog.reset()
            if not job.cancelled:
                self.page.show_duplicates(*found)

        def failed(error: BaseException) -> None:
            dialog.reset()
            if not isinstance(error, jobs.Cancelled):
                self.page.failed.emit(error)

        run_in_background(work, done, failed, progressed, owner=self.page)
        dialog.canceled.connect(job.cancel)
        self.progress_dialog = dialog

    def open_duplicates(self, groups, texts) -> DuplicatesDialog:
        dialog = DuplicatesDialog(groups, texts, self.page)
        dialog.merge_requested.connect(self.merge_ids)
        dialog.show()
        return dialog

    def merge_ids(self, keep: uuid.UUID, absorb: list[uuid.UUID]) -> None:
        """Fold several notes into one (a duplicate group), one undoable step each."""
        project, queue = self.page.project, self.page.queue
        if project is None or queue is None:
            return

        def work(_progress) -> int:
            for note_id in absorb:
                project.merging.merge(keep, note_id)
            return len(absorb)

        queue.submit(work, lambda count: self.page.message.emit(
            self.tr("Merged %n note(s) into the first of their group.", "", count)), self.page.failed.emit,
            owner=self.page)

    # --- the context menu ----------------------------------------------------------------------

    def context_menu(self) -> QMenu:
        page, names = self.page, self.page.names
        menu = QMenu(page)
        menu.setObjectName("reviewContextMenu")
        selected = page.selected_keys()
        if names is not None and selected:
            tag_menu = menu.addMenu(self.tr("Tag with"))
            themes = names.active_themes()
            for number, theme in enumerate(themes, start=1):
                text = "    " * theme.depth + theme.title
                action = tag_menu.addAction(text, lambda _checked=False, theme=theme.theme_id: self.tag(theme))
                if number <= 9:
                    action.setShortcut(QKeySequence(str(number)))
            tag_menu.addSeparator()
            tag_menu.addAction(self.pick)
            current = self._current_row()
            on_notes = [chip for chip in current.themes] if current else []
            if on_notes:
                remove_menu = menu.addMenu(self.tr("Remove theme"))
                for chip in on_notes:
                    remove_menu.addAction(chip.name, lambda _checked=False, theme=chip.theme_id: self.untag(theme))
            suggested = current.suggestions if current else ()
            if suggested:
                accept_menu = menu.addMenu(self.tr("Accept suggestion"))
                reject_menu = menu.addMenu(self.tr("Reject suggestion"))
                for chip in suggested:
                    hint = f"{chip.name} ({', '.join(chip.keywords)})"
                    accept_menu.addAction(hint, lambda _checked=False, theme=chip.theme_id: self.decide_suggestion(True, theme))
                    reject_menu.addAction(hint, lambda _checked=False, theme=chip.theme_id: self.decide_suggestion(False, theme))
            menu.addSeparator()
            status_menu = menu.addMenu(self.tr("Status"))
            for action in self.statuses.values():
                status_menu.addAction(action)
            menu.addAction(self.key_quote)
            self.merge.setEnabled(len(selected) == 2)
            menu.addAction(self.merge)
            menu.addSeparator()
            menu.addAction(self.delete)
        menu.addAction(self.duplicates)
        return menu

    def _current_row(self) -> ReviewRow | None:
        key = self.page.current_key()
        if key is None:
            return None
        return self.page.model.row(self.page.model.row_of(key))

    def _current_first(self) -> list[int]:
        current, selected = self.page.current_key(), self.page.selected_keys()
        return ([current] if current is not None and current in selected else []) + selected[:50]

    # --- running on the write queue ------------------------------------------------------------

    def _on_selection(self, work: Callable[[Project, list[uuid.UUID]], Any],
                      done: Callable[[Any], None]) -> None:
        keys = self.page.selected_keys()
        if not keys:
            self.page.message.emit(self.tr("Select one or more notes first."))
            return
        self._run(keys, work, done)

    def _run(self, keys: list[int], work: Callable[[Project, list[uuid.UUID]], Any],
             done: Callable[[Any], None]) -> None:
        project, queue = self.page.project, self.page.queue
        if project is None or queue is None:
            return
        queue.submit(lambda _p: work(project, project.notes.ids_of_keys(keys)), done, self.page.failed.emit,
                     owner=self.page)
