"""The review table's model: every matching note as a row number, the visible rows read a page at a
time off the GUI thread (``gui/models/paged_rows.py``); it never holds all the notes themselves, so
100 000 notes cost 100 000 ints."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Signal,
)

from dialog_app.core.name_detection import PossibleName
from dialog_app.core.services.possible_names import MASK
from dialog_app.gui import formats
from dialog_app.gui.labels import NOTE_KINDS, NOTE_STATUSES, label
from dialog_app.gui.models.paged_rows import Listing, PagedRows
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.review.review_rows import ReviewRow
from dialog_app.gui.review.suggestion_chip import SUGGESTED_LEGEND, spoken, tip_line
from dialog_app.gui.shown_zone import ZoneFollower

RowRole = Qt.ItemDataRole.UserRole + 1  # the whole ReviewRow, for delegates and actions
KeyRole = Qt.ItemDataRole.UserRole + 2
NamesRole = Qt.ItemDataRole.UserRole + 3  # the note's possible names and choices: [(PossibleName, str | None)]
NOTE_KEYS_MIME = "application/x-dialog-app-note-keys"
PAGE_SIZE = 50  # about two screens of rows: the first screen of a listing needs one page
CACHED_PAGES = 40
CHANGED_CELLS = 150  # cells per dataChanged; below the size at which a view repaints all of itself

# column name -> (header, the notes' sort key or None when the column cannot be sorted)
COLUMNS: dict[str, tuple[str, str | None]] = {
    "created_at": (QT_TRANSLATE_NOOP("ReviewTableModel", "Time"), "created_at"),
    "text": (QT_TRANSLATE_NOOP("ReviewTableModel", "Note"), "text"),
    "themes": (QT_TRANSLATE_NOOP("ReviewTableModel", "Themes"), None),
    "suggestions": (QT_TRANSLATE_NOOP("ReviewTableModel", "Suggested"), None),
    "dialogue": (QT_TRANSLATE_NOOP("ReviewTableModel", "Dialogue"), "dialogue"),
    "question": (QT_TRANSLATE_NOOP("ReviewTableModel", "Question"), "question"),
    "group": (QT_TRANSLATE_NOOP("ReviewTableModel", "Stakeholder group"), "group"),
    "kind": (QT_TRANSLATE_NOOP("ReviewTableModel", "Kind"), "kind"),
    "votes": (QT_TRANSLATE_NOOP("ReviewTableModel", "Votes"), "votes"),
    "key_quote": (QT_TRANSLATE_NOOP("ReviewTableModel", "Key quote"), "key_quote"),
    "status": (QT_TRANSLATE_NOOP("ReviewTableModel", "Status"), "status"),
    "duplicate": (QT_TRANSLATE_NOOP("ReviewTableModel", "Duplicate"), None),
}
COLUMN_NAMES = tuple(COLUMNS)

RowFetcher = Callable[[Sequence[int]], dict[int, ReviewRow]]


def column(name: str) -> int:
    return COLUMN_NAMES.index(name)


def column_title(name: str) -> str:
    return QCoreApplication.translate("ReviewTableModel", COLUMNS[name][0])


class ReviewTableModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)  # the notes' sort key, descending

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows = PagedRows(PAGE_SIZE, CACHED_PAGES, self)
        self.rows.rows_arrived.connect(self._rows_arrived)
        self._duplicates: dict[uuid.UUID, int] = {}  # note id -> its duplicate group's number
        self._name_decisions: dict[str, str] = {}  # possible name's key -> "mask" | "keep"
        self._zone = ZoneFollower(self._all_changed)  # the open project's, for the times column

    # --- what the page calls -------------------------------------------------------------------

    def set_keys(self, keys: list[int]) -> None:
        self.beginResetModel()
        self.rows.set_keys(keys)
        self.endResetModel()

    def set_source(self, session: ProjectSession | None, source: RowFetcher | None) -> None:
        """Where rows come from (a ReviewRowSource with new names after themes or dialogues changed);
        the rows shown stay until their fresh page arrives. None: read nothing (no project)."""
        self.rows.set_source(session, source)
        self._zone.follow(session)
        self._all_changed()

    def append_keys(self, keys: list[int]) -> None:
        """More rows at the end (the rest of a listing whose first part is shown)."""
        if not keys:
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(keys) - 1)
        self.rows.append(keys)
        self.endInsertRows()

    def keys(self) -> list[int]:
        return self.rows.keys

    def key(self, row: int) -> int:
        return self.rows.key(row)

    def row_of(self, key: int) -> int:
        """The row showing a note, or -1 (built once per listing: a selection is restored by key)."""
        return self.rows.position(key)

    def row(self, number: int) -> ReviewRow | None:
        """The row as far as it is known (None until its page has been read, which this asks for)."""
        return self.rows.row(number)

    def reading(self, number: int) -> bool:
        """Whether the row is still to come from the database (not read since the last change)."""
        return not self.rows.fresh(number)

    def show_listed(self, listing: Listing) -> None:
        """Rows read with the listing (its first page): shown at once, without a read of their own,
        unless the rows changed since it was asked (``invalidate``): then they are read again."""
        self.rows.put_listed(listing)

    def invalidate(self) -> None:
        """Read the shown rows again (notes or their tags changed); they show as they were until then, and repainted when they come."""
        self.rows.invalidate()

    def _all_changed(self) -> None:
        if len(self.rows):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def _rows_arrived(self, first: int, last: int) -> None:
        """A page is announced a few rows at a time: a view repaints all of itself for a change of
        more than about 200 cells, on screen or not, and a page read ahead below the screen (after
        every search) would repaint the screen for nothing. Longer spans (every row, after a
        change) go in one signal: they hold the screen anyway."""
        step = max(1, CHANGED_CELLS // len(COLUMNS))
        if last - first >= PAGE_SIZE:
            step = last - first + 1
        for start in range(first, last + 1, step):
            self.dataChanged.emit(self.index(start, 0), self.index(min(start + step - 1, last), len(COLUMNS) - 1))

    def set_duplicates(self, groups: dict[uuid.UUID, int]) -> None:
        self._duplicates = groups
        if len(self.rows):
            self.dataChanged.emit(self.index(0, column("duplicate")),
                                  self.index(len(self.rows) - 1, column("duplicate")))

    def duplicate_group(self, note_id: uuid.UUID) -> int | None:
        return self._duplicates.get(note_id)

    def set_name_decisions(self, decisions: dict[str, str]) -> None:
        """The writer's choices for possible names (read with the page's names); the note column
        is repainted when they changed."""
        if decisions == self._name_decisions:
            return
        self._name_decisions = dict(decisions)
        if len(self.rows):
            self.dataChanged.emit(self.index(0, column("text")), self.index(len(self.rows) - 1, column("text")))

    def name_states(self, row: ReviewRow) -> list[tuple[PossibleName, str | None]]:
        """The row's possible names, each with the writer's choice ("mask", "keep", or None: not yet)."""
        return [(name, self._name_decisions.get(name.key)) for name in row.possible_names]

    def unconfirmed_names(self, row: ReviewRow) -> list[str]:
        """The names in the row the writer has not decided, as written, each once."""
        return list(dict.fromkeys(name.text for name, decision in self.name_states(row) if decision is None))

    # --- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        name = COLUMN_NAMES[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return "★" if name == "key_quote" else column_title(name)  # a narrow column's short title
        if role == Qt.ItemDataRole.ToolTipRole:  # the suggestions' tooltip is their legend
            return QCoreApplication.translate("SuggestionChip", SUGGESTED_LEGEND) if name == "suggestions" \
                else column_title(name)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == KeyRole:
            return self.rows.key(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, RowRole, NamesRole,
                        Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        name = COLUMN_NAMES[index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole:  # a screen reader hears where each suggestion came from
            row = self.row(index.row()) if name == "suggestions" else None
            return spoken(row.suggestions) if row is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter) if name in ("votes", "key_quote") else None
        row = self.row(index.row())
        if row is None or role == RowRole:
            return row
        if role == NamesRole:
            return self.name_states(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, name)
        return self._display(row, name)

    def _display(self, row: ReviewRow, name: str) -> str:
        if name == "created_at":
            return formats.date_time(row.created_at, self._zone.zone)
        if name == "text":
            return " ".join(row.text.split())
        if name in ("themes", "suggestions"):
            return ", ".join(chip.label for chip in getattr(row, name))
        if name == "kind":
            return label(NOTE_KINDS, row.kind)
        if name == "status":
            return label(NOTE_STATUSES, row.status)
        if name == "votes":
            return str(row.votes) if row.votes else ""
        if name == "key_quote":
            return "★" if row.key_quote else ""
        if name == "duplicate":
            group = self._duplicates.get(row.note_id)
            return self.tr("Group %1").replace("%1", str(group)) if group is not None else ""
        return getattr(row, name)

    def _tooltip(self, row: ReviewRow, name: str) -> str | None:
        if name == "text":
            return "\n\n".join([row.text, *self._name_tips(row)])
        if name == "themes":
            return "\n".join(chip.name for chip in row.themes) or None
        if name == "suggestions":
            return "\n".join(tip_line(chip) for chip in row.suggestions) or None
        if name == "key_quote" and row.key_quote:
            return self.tr("Key quote")
        return None

    def _name_tips(self, row: ReviewRow) -> list[str]:
        """A line per possible name in the note: what it is and which key decides it."""
        tips: dict[str, str] = {}
        for name, decision in self.name_states(row):
            if decision is None:
                tip = self.tr("Possible name: %1 — N: mask, Shift+N: not a name")
            elif decision == MASK:
                tip = self.tr("%1 will be masked in exports — Shift+N: not a name")
            else:
                continue
            tips.setdefault(name.key, tip.replace("%1", name.text))
        return list(tips.values())

    def sort(self, section: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The header was clicked: the page asks the database for the new order."""
        sort_key = COLUMNS[COLUMN_NAMES[section]][1]
        if sort_key is not None:
            self.sort_requested.emit(sort_key, order == Qt.SortOrder.DescendingOrder)

    # --- dragging notes onto the theme tree ----------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [NOTE_KEYS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        keys = sorted({index.data(KeyRole) for index in indexes if index.isValid()})
        mime = QMimeData()
        mime.setData(NOTE_KEYS_MIME, QByteArray(" ".join(map(str, keys)).encode("ascii")))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


def keys_from_mime(mime: QMimeData) -> list[int]:
    """The note row numbers a drag from the review table carries; [] for anything else."""
    if not mime.hasFormat(NOTE_KEYS_MIME):
        return []
    raw = bytes(mime.data(NOTE_KEYS_MIME).data()).decode("ascii", "replace")
    return [int(part) for part in raw.split() if part.isdigit()]
