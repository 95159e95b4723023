"""What the writer does to the selected notes, by key or from the context menu: tag and untag,
accept or reject suggestions, set the review status, mark key quotes, merge and find duplicates,
confirm or dismiss the possible person names in them.

The keys and menus live here; each action runs a named operation of review_ops.py, one undoable
step, and says what it did in the page's status message.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTableView

from dialog_app.core.services.possible_names import KEEP, MASK
from dialog_app.gui.labels import NOTE_STATUSES, label
from dialog_app.gui.operations.names import decide_names
from dialog_app.gui.ops import ProjectSession, WriteOp
from dialog_app.gui.review import review_menu, review_ops
from dialog_app.gui.review.duplicates_dialog import DuplicatesDialog
from dialog_app.gui.review.filter_bar import FilterBar
from dialog_app.gui.review.review_model import ReviewTableModel
from dialog_app.gui.review.review_ops import FoundDuplicates
from dialog_app.gui.review.review_rows import ReviewNames, ReviewRow
from dialog_app.gui.review.review_table import ReviewTable
from dialog_app.gui.review.theme_picker import ThemePicker
from dialog_app.gui.widgets.key_list import describe


class ReviewView(Protocol):
    """The review page as its actions see it (a QWidget: dialogs open on it)."""

    session: ProjectSession | None
    names: ReviewNames | None
    model: ReviewTableModel
    table: QTableView
    notes_table: ReviewTable
    filters: FilterBar
    message: SignalInstance

    def selected_keys(self) -> list[int]: ...

    def current_key(self) -> int | None: ...

    def show_duplicates(self, found: FoundDuplicates) -> None: ...

    def before_names_decided(self) -> None: ...


STATUS_KEYS = {"reviewed": "Ctrl+R", "approved": "Ctrl+P", "excluded": "Ctrl+E", "captured": "Ctrl+U"}
# What F1 says of the keys (the other actions' own text says it).
STATUS_HELP = {"reviewed": QT_TRANSLATE_NOOP("ShortcutHelp", "Status of the selected notes: reviewed"),
               "approved": QT_TRANSLATE_NOOP("ShortcutHelp", "Status of the selected notes: approved"),
               "excluded": QT_TRANSLATE_NOOP("ShortcutHelp", "Status of the selected notes: excluded"),
               "captured": QT_TRANSLATE_NOOP("ShortcutHelp", "Status of the selected notes: back to captured")}
THEME_KEYS_HELP = QT_TRANSLATE_NOOP("ShortcutHelp", "Theme 1–9 of the list on the selected notes, or off again")


class ReviewActions(QObject):
    def __init__(self, page: ReviewView) -> None:
        super().__init__(page)
        self.page = page
        table = page.table
        self.theme_keys = [self._action(str(n), self.tr("Theme %1").replace("%1", str(n)),
                                        lambda _checked=False, n=n: self.toggle_theme_number(n)) for n in range(1, 10)]
        self.pick = self._action("T", self.tr("Tag with a theme…"), self.pick_theme)
        self.unpick = self._action("Shift+T", self.tr("Remove a theme…"), self.pick_theme_to_remove)
        self.accept = self._action("A", self.tr("Accept the suggested theme"), lambda: self.decide_suggestion(True))
        self.reject = self._action("R", self.tr("Reject the suggested theme"), lambda: self.decide_suggestion(False))
        self.accept_chosen = self._action("Shift+A", self.tr("&Accept a suggestion…"),
                                          lambda: self.choose_suggestion(True))
        self.reject_chosen = self._action("Shift+R", self.tr("Re&ject a suggestion…"),
                                          lambda: self.choose_suggestion(False))
        self.statuses = {status: self._action(keys, label(NOTE_STATUSES, status),
                                              lambda _checked=False, status=status: self.set_status(status))
                         for status, keys in STATUS_KEYS.items()}
        self.key_quote = self._action("K", self.tr("Key quote"), self.toggle_key_quote)
        self.merge = self._action("M", self.tr("Merge the two selected notes"), self.merge_selected)
        self.duplicates = self._action("Ctrl+D", self.tr("Find possible duplicates…"), self.find_duplicates)
        self.delete = self._action(QKeySequence.StandardKey.Delete, self.tr("Move to the bin"), self.delete_selected)
        self.mask_names = self._action("N", self.tr("Mask the possible names (a person’s name)"),
                                       lambda: self.decide_names(MASK))
        self.keep_names = self._action("Shift+N", self.tr("Not a name: keep as written"),
                                       lambda: self.decide_names(KEEP))
        for action in self.theme_keys:
            describe(action, THEME_KEYS_HELP, "1–9")
        for status, help_text in STATUS_HELP.items():
            describe(self.statuses[status], help_text)
        for action in (*self.theme_keys, self.pick, self.unpick, self.accept, self.reject, self.accept_chosen,
                       self.reject_chosen, *self.statuses.values(),
                       self.key_quote, self.merge, self.duplicates, self.delete, self.mask_names, self.keep_names):
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
        self._on_selection(lambda session, keys: review_ops.toggle_theme(session, keys, theme_id),
                           lambda result: self._tagged(theme_id, *result))

    def tag_keys(self, keys: list[int], theme_id: uuid.UUID) -> None:
        """Notes dropped on a theme: tag them (never untag by a drop)."""
        session = self.page.session
        if session is not None:
            self._run(review_ops.tag(session, keys, theme_id), lambda count: self._tagged(theme_id, True, count))

    def pick_theme(self) -> None:
        theme = self._ask_theme(self.tr("Tag the selected notes with"))
        if theme is not None:
            self.tag(theme)

    def pick_theme_to_remove(self) -> None:
        theme = self._ask_theme(self.tr("Remove from the selected notes"))
        if theme is not None:
            self.untag(theme)

    def untag(self, theme_id: uuid.UUID) -> None:
        self._on_selection(lambda session, keys: review_ops.untag(session, keys, theme_id),
                           lambda count: self._tagged(theme_id, False, count))

    def tag(self, theme_id: uuid.UUID) -> None:
        self._on_selection(lambda session, keys: review_ops.tag(session, keys, theme_id),
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

        def done(count: int) -> None:
            theme = names.themes.get(theme_id)
            text = (self.tr("Accepted “%1” for %n note(s).", "", count) if accept
                    else self.tr("Rejected “%1” for %n note(s).", "", count))
            self.page.message.emit(text.replace("%1", theme.name if theme else ""))

        self._on_selection(
            lambda session, keys: review_ops.decide_suggestion(session, keys, theme_id, framework, accept), done)

    def choose_suggestion(self, accept: bool) -> None:
        """Shift+A / Shift+R: choose one of the themes suggested for the selected notes (all of them,
        not only the first suggestion) and accept or reject it for every selected note it is
        suggested for; one undo step."""
        names, session, keys = self.page.names, self.page.session, self.page.selected_keys()
        if names is None or session is None or names.framework_id is None or not keys:
            self.page.message.emit(self.tr("Select one or more notes first."))
            return

        def choose(counts: dict[uuid.UUID, int]) -> None:
            themes = sorted((replace(names.themes[t], depth=0) for t in counts if t in names.themes),
                            key=lambda theme: (-counts[theme.theme_id], theme.order))  # the most common first
            if session is not self.page.session or names is not self.page.names:
                return
            if not themes:
                self.page.message.emit(self.tr("The selected notes have no suggested theme."))
                return
            title = self.tr("Accept for the selected notes") if accept else self.tr("Reject for the selected notes")
            chosen = ThemePicker.pick(themes, title, self.page)
            if chosen is not None:
                self.decide_suggestion(accept, chosen)

        review_ops.suggested_themes(session, keys, names.framework_id).success(choose).run(owner=self.page)

    # --- status, key quotes, merging, the bin --------------------------------------------------

    def set_status(self, status: str) -> None:
        self._on_selection(
            lambda session, keys: review_ops.set_status(session, keys, status),
            lambda count: self.page.message.emit(
                self.tr("Set %n note(s) to “%1”.", "", count).replace("%1", label(NOTE_STATUSES, status))),
        )

    def toggle_key_quote(self) -> None:
        """K: mark the selected notes as key quotes; if all are already, unmark them."""
        self._on_selection(review_ops.toggle_key_quote, lambda count: self.page.message.emit(
            self.tr("Changed the key-quote mark of %n note(s).", "", count)))

    def merge_selected(self) -> None:
        keys, session = self.page.selected_keys(), self.page.session
        if len(keys) != 2:
            self.page.message.emit(self.tr("Select exactly two notes to merge."))
            return
        if session is None:
            return
        keep, absorb = sorted(keys)  # the earlier capture stays; the later one is folded into it
        self._run(review_ops.merge_two(session, keep, absorb), lambda votes: self.page.message.emit(
            self.tr("Merged the two notes; the kept note has %n vote(s).", "", votes)))

    def delete_selected(self) -> None:
        self._on_selection(review_ops.delete_notes, lambda count: self.page.message.emit(
            self.tr("Moved %n note(s) to the bin. Ctrl+Z brings them back.", "", count)))

    def find_duplicates(self) -> None:
        """Look for possible duplicates among the listed notes, off the GUI thread, with a progress
        bar and cancel; then flag them in the table and show the groups."""
        session = self.page.session
        if session is None:
            return
        (review_ops.find_duplicates(session, self.page.filters.current_filter())
         .success(self.page.show_duplicates)
         .with_progress(self.page, self.tr("Looking for possible duplicates…"))
         .run(owner=self.page))

    def open_duplicates(self, found: FoundDuplicates) -> DuplicatesDialog:
        dialog = DuplicatesDialog(found.groups, found.texts, self.page)
        dialog.merge_requested.connect(self.merge_ids)
        dialog.show()
        return dialog

    def merge_ids(self, keep: uuid.UUID, absorb: list[uuid.UUID]) -> None:
        """Fold a duplicate group into its first note, one undoable step."""
        session = self.page.session
        if session is not None:
            self._run(review_ops.merge_duplicates(session, keep, absorb), lambda count: self.page.message.emit(
                self.tr("Merged %n note(s) into the first of their group.", "", count)))

    # --- possible names ------------------------------------------------------------------------

    def decide_names(self, decision: str) -> None:
        """N / Shift+N: confirm (mask in every export) or dismiss the possible names in the selected
        notes that nobody decided yet; when all are decided, change the choice for all of them. One
        undo step; every note with the same name follows."""
        keys, session = self.page.selected_keys(), self.page.session
        if not keys:
            self.page.message.emit(self.tr("Select one or more notes first."))
            return
        if session is None:
            return

        def decide(found: tuple[list[str], list[str]]) -> None:
            undecided, every = found
            names = undecided or every
            if session is not self.page.session:
                return
            if not names:
                self.page.message.emit(self.tr("The selected notes hold no possible names."))
                return
            text = (self.tr("%n name(s) will be masked in every export.", "", len(names)) if decision == MASK
                    else self.tr("%n name(s) marked as not a name; printed as written.", "", len(names)))
            self.page.before_names_decided()
            decide_names(session, names, decision).success(lambda _none: self.page.message.emit(text)).run(
                initiator=self.page)

        review_ops.unconfirmed_keys(session, keys).success(decide).run(owner=self.page)

    # --- the context menu ----------------------------------------------------------------------

    def context_menu(self) -> QMenu:
        """The table's context menu (review_menu.py): every entry is also a key or a menu item."""
        return review_menu.context_menu(self)

    def current_row(self) -> ReviewRow | None:
        key = self.page.current_key()
        if key is None:
            return None
        return self.page.model.row(self.page.model.row_of(key))

    def _current_first(self) -> list[int]:
        current, selected = self.page.current_key(), self.page.selected_keys()
        return ([current] if current is not None and current in selected else []) + selected[:50]

    # --- running ------------------------------------------------------------------------------

    def _on_selection(self, make: Callable[[ProjectSession, list[int]], WriteOp],
                      done: Callable[[Any], None]) -> None:
        """Run the operation ``make`` gives for the selected notes."""
        keys = self.page.selected_keys()
        if not keys:
            self.page.message.emit(self.tr("Select one or more notes first."))
            return
        if self.page.session is not None:
            self._run(make(self.page.session, keys), done)

    def _run(self, op: WriteOp, done: Callable[[Any], None]) -> None:
        op.success(done).run(initiator=self.page)
