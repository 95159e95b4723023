"""The import dialog (File ▸ Import…, or a file dropped on the window): the file, its columns, where
the notes go, and what came in — one step at a time, each slow part off the GUI thread with a
progress bar and a Cancel button. Nothing is stored until the user presses Import.

The file dialog is a classmethod, so that tests can replace it and never block.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QStackedWidget, QVBoxLayout, QWidget

from dialog_app.core.errors import DialogAppError
from dialog_app.core.import_plan import ImportPlan, SourceKind
from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.gui import error_text
from dialog_app.gui.dialogs import failures
from dialog_app.gui.imports import import_memory, import_ops
from dialog_app.gui.imports.import_chrome import ImportChrome
from dialog_app.gui.imports.mapping_page import MappingPage
from dialog_app.gui.imports.source_page import SourcePage
from dialog_app.gui.imports.summary_page import SummaryPage
from dialog_app.gui.imports.target_page import TargetPage
from dialog_app.gui.operation_run import OperationRun
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.shown_zone import zone_of
from dialog_app.io.imports import layouts
from dialog_app.io.imports.reading import SUFFIXES
from dialog_app.io.imports.source_facts import SourceFacts


class ImportDialog(QDialog):
    inspected = Signal()  # the source step shows what the file is (or why it cannot be read)
    planned = Signal()  # the target step shows the plan
    imported = Signal(object)  # the ImportResult: the notes are stored
    import_failed = Signal(str)  # the message shown; nothing was stored
    review_requested = Signal(object)  # a NoteFilter for the review table

    def __init__(self, session: ProjectSession, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import"))
        self.session = session
        self.path = Path(path)
        self.facts: SourceFacts | None = None
        self.plan: ImportPlan | None = None
        self.result = None
        self._then = None  # what the running step's result goes to
        self._looks = 0  # looks at the file asked for; an answer to an older one is dropped
        self.runner = OperationRun(self)
        self.runner.succeeded.connect(lambda result: self._then(result))
        self.runner.progressed.connect(lambda done, total: self.chrome.show_progress(done, total))
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self._cancelled)
        self._build()
        self.setMinimumSize(760, 520)
        self.resize(980, 640)
        self._inspect()

    def _build(self) -> None:
        self.source = SourcePage()
        self.source.options_changed.connect(self._inspect)
        self.mapping = MappingPage()
        self.target = TargetPage()
        self.target.zone = self.mapping.preview.zone = zone_of(self.session)  # times as the project's zone has them
        self.target.changed.connect(self._update_buttons)
        self.target.dialogue_chosen.connect(self._count_already_there)
        self.summary = SummaryPage()
        self.summary.review_requested.connect(self._show_in_review)
        self.pages = QStackedWidget()
        for page in (self.source, self.mapping, self.target, self.summary):
            self.pages.addWidget(page)
        self.chrome = ImportChrome()
        self.chrome.back_button.clicked.connect(self._back)
        self.chrome.next_button.clicked.connect(self._next)
        self.chrome.cancel_run.clicked.connect(self.cancel_running)
        self.chrome.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chrome.steps)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.chrome)
        self._show(self.source)

    # --- moving between the steps --------------------------------------------------------------

    @property
    def is_table(self) -> bool:
        return self.facts is not None and self.facts.kind is SourceKind.TABLE

    def _show(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self.chrome.show_step(self.pages.currentIndex(), self.is_table or self.facts is None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page, running = self.pages.currentWidget(), self.runner.running
        ready = {self.source: self.facts is not None, self.mapping: bool(self.mapping.facts and self.mapping.roles
                 and self.mapping.mapping().text), self.target: self.target.complete}.get(page, False)
        self.chrome.set_buttons(back=page in (self.mapping, self.target) and not running,
                                forward=ready and not running, importing=page is self.target,
                                done=page is self.summary, running=running)
        self.pages.setEnabled(not running)

    def _next(self) -> None:
        page = self.pages.currentWidget()
        if page is self.source and self.is_table:
            self._show(self.mapping)
        elif page in (self.source, self.mapping):
            self._read()
        elif page is self.target:
            self._store()

    def _back(self) -> None:
        self._show(self.mapping if self.pages.currentWidget() is self.target and self.is_table else self.source)

    # --- looking, reading, storing -------------------------------------------------------------

    def _inspect(self) -> None:
        """Look at the file (again, with the options chosen); only the latest look is shown."""
        self.facts = None
        self._looks += 1
        self.source.show_file(self.path)
        self._update_buttons()
        import_ops.inspect_file(self.path, self.source.options()).success(partial(self._inspected, self._looks)) \
            .failure(partial(self._inspect_failed, self._looks)).run(owner=self)

    def _inspected(self, look: int, facts: SourceFacts) -> None:
        if look != self._looks:
            return
        self.facts = facts
        self.source.show_facts(facts)
        if facts.kind is SourceKind.TABLE:
            self.mapping.set_facts(facts, import_memory.recalled(layouts.layout_key(facts.header), facts.header))
        self._show(self.source)
        self.inspected.emit()

    def _inspect_failed(self, look: int, error: BaseException) -> None:
        if look != self._looks:
            return
        self.source.show_problem(error_text.describe(error))
        self._update_buttons()
        self.inspected.emit()
        if not isinstance(error, DialogAppError):
            failures.show_error(self, error)

    def _read(self) -> None:
        options = self.source.options()
        if self.is_table:
            mapping = self.mapping.mapping()
            import_memory.remember(layouts.layout_key(self.facts.header), mapping)
            options = replace(options, mapping=mapping)
        self.chrome.show_running(self.tr("Reading %1…").replace("%1", error_text.shown_name(self.path)))
        self._run(import_ops.read_plan(self.session, self.path, options), self._read_done)
        self._update_buttons()

    def _run(self, op, then, writes: bool = False) -> None:
        self._then = then
        self.runner.start(op, writes)

    def _read_done(self, plan: ImportPlan) -> None:
        self.plan = plan
        self._run(import_ops.read_surroundings(self.session, plan), self._surroundings_read)

    def _surroundings_read(self, surroundings) -> None:
        self.chrome.show_done("")
        self.target.set_plan(self.plan, surroundings, self.path.stem)
        self._show(self.target)
        self.planned.emit()

    def _count_already_there(self, dialogue_id) -> None:
        if dialogue_id is not None and self.plan is not None:
            import_ops.count_already_there(self.session, self.plan, dialogue_id) \
                .success(self.target.show_already_there).failure(lambda _e: None).run(owner=self)

    def _store(self) -> None:
        if not self.target.complete or self.runner.running:
            return
        target = self.target.target(keep_persons=self.is_table and self.mapping.mapping().keep_personal)
        self.chrome.show_running(self.tr("Importing %n note(s)…", "", len(self.plan.notes)))
        self._run(import_ops.store_plan(self.session, self.plan, target), self._stored, writes=True)
        self._update_buttons()

    def _stored(self, result) -> None:
        self.result = result
        self.chrome.show_done("")
        self.summary.show_result(result, self.target.dialogue_title())
        self._show(self.summary)
        self.imported.emit(result)

    def _failed(self, error: BaseException) -> None:
        text = error_text.describe(error)
        self.chrome.show_done(text, problem=True)
        if self.pages.currentWidget() is self.source:
            self.source.show_problem(text)
        self._update_buttons()
        self.import_failed.emit(text)
        if not isinstance(error, DialogAppError):  # the calm dialog with a report
            failures.show_error(self, error)

    def cancel_running(self) -> None:
        if self.runner.running:
            self.runner.cancel()
            self.chrome.show_running(self.tr("Cancelling…"))

    def _cancelled(self) -> None:
        self.chrome.show_done(self.tr("Cancelled; nothing was imported."))
        self._update_buttons()

    def _show_in_review(self) -> None:
        if self.result is not None and self.result.dialogue_id is not None:
            self.review_requested.emit(NoteFilter(dialogue_ids=frozenset({self.result.dialogue_id})))
            self.accept()

    # --- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc: cancels a running step (the dialog stays), or closes the dialog."""
        if self.runner.running:
            self.cancel_running()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window cancels a running step; a cancelled import stores nothing."""
        self.runner.cancel()
        super().closeEvent(event)

    @classmethod
    def choose_file(cls, parent: QWidget) -> Path | None:
        patterns = " ".join(f"*{suffix}" for suffix in SUFFIXES)
        path, _filter = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("ImportDialog", "Import a file"), "",
            QCoreApplication.translate("ImportDialog", "Files to import (%1)").replace("%1", patterns))
        return Path(path) if path else None
