"""The review page's search box and filters; together they make one NoteFilter, always with the count
of notes it matches beside it."""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.gui import formats
from dialog_app.gui.labels import NOTE_KINDS, NOTE_STATUSES, label
from dialog_app.gui.review.review_rows import ReviewNames
from dialog_app.gui.widgets.choice_button import ChoiceButton
from dialog_app.gui.widgets.date_range_button import DateRangeButton
from dialog_app.gui.widgets.flow_layout import FlowLayout
from dialog_app.gui.widgets.readable import readable_placeholder

UNTAGGED = "untagged"  # the theme filter's choice for notes without any theme
SEARCH_PAUSE_MS = 0  # typing: search on every key (the page drops a listing a newer key made stale)


def ask_filter_name(parent: QWidget, suggestion: str) -> str | None:
    """The name to save the current filter under; None when cancelled (tests replace this)."""
    name, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("FilterBar", "Save filter"),
        QCoreApplication.translate("FilterBar", "Name of the saved filter:"), text=suggestion,
    )
    return name.strip() if ok and name.strip() else None


class FilterBar(QWidget):
    filter_changed = Signal(object)  # a NoteFilter
    save_requested = Signal(str)
    load_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewFilters")
        self.search = QLineEdit()
        readable_placeholder(self.search)
        self.search.setObjectName("reviewSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search notes (Ctrl+F) — words, or the start of a word"))
        self.search.setAccessibleName(self.tr("Search notes"))
        self._typing = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._typing.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _text: self._typing.start(SEARCH_PAUSE_MS))
        self.search.returnPressed.connect(self._emit)

        self.dialogues = ChoiceButton(self.tr("Dialogue"))
        self.dialogues.setObjectName("filterDialogues")
        self.questions = ChoiceButton(self.tr("Question"))
        self.questions.setObjectName("filterQuestions")
        self.groups = ChoiceButton(self.tr("Stakeholder group"))
        self.groups.setObjectName("filterGroups")
        self.kinds = ChoiceButton(self.tr("Kind"))
        self.kinds.setObjectName("filterKinds")
        self.themes = ChoiceButton(self.tr("Theme"))
        self.themes.setObjectName("filterThemes")
        self.statuses = ChoiceButton(self.tr("Status"))
        self.statuses.setObjectName("filterStatuses")
        self.key_quotes = QToolButton()
        self.key_quotes.setObjectName("filterKeyQuotes")
        self.key_quotes.setText(self.tr("★ Key quotes"))
        self.key_quotes.setCheckable(True)
        self.unconfirmed = QToolButton()
        self.unconfirmed.setObjectName("filterUnconfirmedNames")
        self.unconfirmed.setText(self.tr("Unconfirmed names"))
        self.unconfirmed.setToolTip(self.tr("Only notes with a possible person’s name not yet confirmed or dismissed "
                                            "(N: mask, Shift+N: not a name)"))
        self.unconfirmed.setCheckable(True)
        self.dates = DateRangeButton()
        self.dates.setObjectName("filterDates")
        self.dialogues.changed.connect(self._offer_questions)  # first: the questions then fit the dialogues
        for button in (self.dialogues, self.questions, self.groups, self.kinds, self.themes, self.statuses,
                       self.dates):
            button.changed.connect(self._emit)
        self.key_quotes.toggled.connect(self._emit)
        self.unconfirmed.toggled.connect(self._emit)
        self.kinds.set_choices((value, label(NOTE_KINDS, value)) for value in NOTE_KINDS)
        self.statuses.set_choices((value, label(NOTE_STATUSES, value)) for value in NOTE_STATUSES)

        # A set of notes another window chose (a merge's report): shown, and one click lets go of it.
        self._note_ids: frozenset[uuid.UUID] = frozenset()
        self.chosen = QToolButton()
        self.chosen.setObjectName("filterChosenNotes")
        self.chosen.setToolTip(self.tr("Show all notes again, not only these"))
        self.chosen.clicked.connect(lambda: self.set_filter(replace(self.current_filter(), note_ids=frozenset())))
        self.chosen.hide()

        self.clear_button = QToolButton()
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.clicked.connect(lambda: self.set_filter(NoteFilter()))
        self.saved = QToolButton()
        self.saved.setObjectName("savedFilters")
        self.saved.setText(self.tr("Saved filters"))
        self.saved.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.saved.setMenu(QMenu(self.saved))
        self._saved_names: list[str] = []
        self.set_saved_names([])

        self.count = QLabel()
        self.count.setObjectName("reviewCount")
        font = self.count.font()
        font.setBold(True)
        self.count.setFont(font)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        row = QWidget()  # the buttons wrap onto a second line on a small screen: the table keeps its width
        flow = FlowLayout(row)
        for widget in (self.chosen, self.dialogues, self.questions, self.groups, self.kinds, self.themes,
                       self.statuses, self.key_quotes, self.unconfirmed, self.dates, self.clear_button, self.saved):
            flow.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(row)
        self._names: ReviewNames | None = None
        self._quiet = False

    # --- what the page calls -------------------------------------------------------------------

    def set_names(self, names: ReviewNames) -> None:
        """Offer the project's dialogues, groups and the active framework's themes."""
        self._names = names
        self._quiet = True
        self.dialogues.set_choices(names.dialogues.items())
        self.groups.set_choices(names.groups.items())
        themes = [(UNTAGGED, self.tr("(no theme)"))]
        themes += [(t.theme_id, "    " * t.depth + t.title)
                   for t in names.active_themes()]
        self.themes.set_choices(themes)
        self._offer_questions()
        self._quiet = False

    def current_filter(self) -> NoteFilter:
        themes = self.themes.selected()
        start, end = self.dates.range()
        return NoteFilter(
            text=self.search.text(),
            dialogue_ids=frozenset(self.dialogues.selected()),
            agenda_item_ids=frozenset(self.questions.selected()),
            group_ids=frozenset(self.groups.selected()),
            kinds=frozenset(self.kinds.selected()),
            statuses=frozenset(self.statuses.selected()),
            theme_ids=frozenset(t for t in themes if isinstance(t, uuid.UUID)),
            untagged=UNTAGGED in themes,
            key_quotes_only=self.key_quotes.isChecked(),
            created_from=start,
            created_to=end,
            note_ids=self._note_ids,
            unconfirmed_names=self.unconfirmed.isChecked(),
        )

    def set_filter(self, note_filter: NoteFilter) -> None:
        """Show a filter (a saved one, or one the overview asked for) and apply it."""
        self._quiet = True
        self.search.setText(note_filter.text)
        self._typing.stop()
        self.dialogues.set_selected(note_filter.dialogue_ids)
        self._offer_questions()
        self.questions.set_selected(note_filter.agenda_item_ids)
        self.groups.set_selected(note_filter.group_ids)
        self.kinds.set_selected(note_filter.kinds)
        self.statuses.set_selected(note_filter.statuses)
        self.themes.set_selected({*note_filter.theme_ids, *([UNTAGGED] if note_filter.untagged else [])})
        self.key_quotes.setChecked(note_filter.key_quotes_only)
        self.unconfirmed.setChecked(note_filter.unconfirmed_names)
        self.dates.set_range(note_filter.created_from, note_filter.created_to)
        self._note_ids = note_filter.note_ids
        self.chosen.setText(self.tr("Only %n chosen note(s) ✕", "", len(self._note_ids)))
        self.chosen.setVisible(bool(self._note_ids))
        self._quiet = False
        self._emit()

    def add_theme(self, theme_id: uuid.UUID | None) -> None:
        """Filter by one theme only (None: by no theme), keeping the other filters."""
        themes = frozenset({theme_id}) if theme_id is not None else frozenset()
        self.set_filter(replace(self.current_filter(), theme_ids=themes, untagged=theme_id is None))

    def clear_theme(self) -> None:
        """Stop filtering by theme, keeping the other filters."""
        self.set_filter(replace(self.current_filter(), theme_ids=frozenset(), untagged=False))

    def set_count(self, shown: int, total: int | None, partial: bool = False) -> None:
        self._counted = (shown, total, partial)  # said again in a new language
        if partial:  # the first rows are shown; the rest are being read
            self.count.setText(self.tr("%Ln or more note(s)…", "", shown))
        elif total is None or shown == total:
            self.count.setText(self.tr("%Ln note(s)", "", shown))
        else:
            self.count.setText(self.tr("%Ln of %1 note(s)", "", shown).replace("%1", formats.number(total)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_counted", None) is not None:
            self.set_count(*self._counted)

    def set_saved_names(self, names: list[str]) -> None:
        self._saved_names = names
        menu = self.saved.menu()
        menu.clear()
        save = menu.addAction(self.tr("Save current filter…"))
        save.triggered.connect(self._ask_save)
        if names:
            menu.addSeparator()
        for name in names:
            action = menu.addAction(name)
            action.triggered.connect(lambda _checked=False, name=name: self.load_requested.emit(name))
        if names:
            delete_menu = menu.addMenu(self.tr("Delete saved filter"))
            for name in names:
                action = delete_menu.addAction(name)
                action.triggered.connect(lambda _checked=False, name=name: self.delete_requested.emit(name))

    # --- inside --------------------------------------------------------------------------------

    def _ask_save(self) -> None:
        name = ask_filter_name(self, self.search.text().strip())
        if name:
            self.save_requested.emit(name)

    def _offer_questions(self) -> None:
        names = self._names
        if names is None:
            return
        picked = self.dialogues.selected()
        items = sorted(
            ((qid, dialogue, position, question) for qid, (dialogue, position, question) in names.questions.items()
             if not picked or dialogue in picked),
            key=lambda item: (names.dialogues.get(item[1], ""), item[2]),
        )
        several = len({item[1] for item in items}) > 1
        self.questions.set_choices(
            (qid, f"{names.dialogues.get(dialogue, '')} — {question}" if several else question)
            for qid, dialogue, _position, question in items
        )

    def _emit(self) -> None:
        self._typing.stop()
        if not self._quiet:
            self.filter_changed.emit(self.current_filter())
