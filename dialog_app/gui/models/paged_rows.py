"""The one engine behind every note table: ordered keys, a bounded cache of rows, and pages of rows
read off the GUI thread.

A model holds only the keys of its notes (100 000 notes cost 100 000 ids). When the view asks for a
row that is not cached, the engine asks the row source for the whole page around it, as a
``QueryOp`` on the thread pool, and answers "not yet" (None) meanwhile; when the page arrives its rows
are cached and ``rows_arrived`` names the rows to repaint. So ``data()`` never reads the database,
however fast the writer scrolls.

The rules that keep it right:

- a page is asked for once: keys already asked for are not asked again until their answer comes;
- when a drawn row is known and nothing is being read, the page after it is read ahead, so a page
  down finds its rows (a page already known is not read again);
- every reset (new keys, a new source, ``invalidate``) starts a new generation, and an answer from
  an older one is dropped; after ``invalidate`` the old rows stay on screen until the fresh ones
  arrive, so an edit does not blank the table for a moment; the pages last drawn are read again at
  once, without first repainting what is stale (that paint would hold Python's lock while the
  read waits for it), and when they are in, every row is announced, so that a row drawn but not
  counted among them is asked for then;
- every change to what rows say (``invalidate``, a new source) also bumps the content generation; a
  listing carries the one it was asked in, and once that has moved on the rows it read overwrite
  nothing and only stand in where no row is known, to be read again (rows read before a change
  never replace the fresher ones read after it, nor pass for fresh);
- a key the source did not return (a note deleted meanwhile) is cached as absent, not asked again;
- at most ``cached_pages`` pages of rows are kept, the least recently shown going first.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from dialog_app.gui.ops import ProjectSession, QueryOp

PAGE_SIZE = 100
CACHED_PAGES = 20
STALE = -1  # the generation of a row known to predate a change: shown, never fresh
SHOWN_PAGES = 2  # the pages last drawn, read again at once by ``invalidate`` (a screen spans two)

RowSource = Callable[[Sequence[Any]], dict[Any, Any]]  # keys -> the rows found; called off the GUI thread


@dataclass(frozen=True)
class Listing:
    """A table's keys in order, with the rows of its first page read together with them (off the GUI
    thread), so that the first paint shows text without a second trip; and the source that read them."""

    keys: list
    first: dict = field(default_factory=dict)
    source: RowSource | None = None
    generation: int | None = None  # the rows' content generation it was asked in (None: not known)

    @classmethod
    def read(cls, keys: list, source: RowSource | None, page_size: int = PAGE_SIZE,
             generation: int | None = None) -> Listing:
        return cls(keys, source(keys[:page_size]) if source is not None else {}, source, generation)


class PagedRows(QObject):
    """Keys in order, their rows as far as they are known, and the reads that bring the rest."""

    rows_arrived = Signal(int, int)  # first and last row number (inclusive) whose rows just came
    keys_arrived = Signal(object, object)  # the keys asked for, the rows found: for models that must
    # react to a note that is gone (the capture list drops its card)

    def __init__(self, page_size: int = PAGE_SIZE, cached_pages: int = CACHED_PAGES,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self.capacity = page_size * cached_pages  # rows, so a page partly evicted is refilled
        self._keys: list[Hashable] = []
        self._position: dict[Hashable, int] | None = None  # built when first needed
        self._cache: OrderedDict[Hashable, tuple[int, Any]] = OrderedDict()  # key -> (generation, row)
        self._asked: dict[Hashable, int] = {}  # key -> the read that will answer for it (newest wins)
        self._reads = 0
        self._generation = 0
        self._content = 0  # bumped by every change to what rows say (not by new keys): see ``put_listed``
        self._layout = 0  # bumped when rows move (an insert or a removal above a page)
        self._session: ProjectSession | None = None
        self._source: RowSource | None = None
        self._shown: OrderedDict[int, None] = OrderedDict()  # pages last drawn, newest last
        self._rereads: set[int] = set()  # the reads ``invalidate`` started, still on their way
        self._ahead: tuple[int, int] | None = None  # (generation, page) whose next page is read ahead
        self._ahead_timer = QTimer(self)
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.setInterval(0)
        self._ahead_timer.timeout.connect(self._read_ahead)
        self.fetches = 0  # pages asked for, for tests and benchmarks

    # --- what models call ----------------------------------------------------------------------

    def set_source(self, session: ProjectSession | None, source: RowSource | None) -> None:
        """Read rows from ``source`` through ``session`` from now on; the rows shown stay until
        their fresh page arrives. ``None`` stops all reading (the project is closing)."""
        self._session, self._source = session, source
        if source is None:
            self._cache.clear()
        self._content += 1
        self._new_generation()

    def set_keys(self, keys: list) -> None:
        """A new listing: every cached row is forgotten, every answer on its way dropped."""
        self._keys = keys
        self._position = None
        self._cache.clear()
        self._shown.clear()
        self._ahead = None
        self._layout += 1
        self._new_generation()

    def invalidate(self) -> None:
        """The notes may have changed: read again the pages last shown, now; show the old rows
        until then (``rows_arrived`` repaints them). Other pages are read when next drawn."""
        self._content += 1
        self._new_generation()
        before = self._reads
        for page in reversed(self._shown):
            self._ask_page(page)
        self._rereads = set(range(before + 1, self._reads + 1))
        if not self._rereads:
            self._all_rows_arrived()

    def append(self, keys: Sequence) -> None:
        self._keys = self._keys + list(keys)
        self._position = None

    def insert(self, number: int, key: Hashable) -> None:
        self._keys.insert(number, key)
        self._position = None
        self._layout += 1

    def remove(self, number: int) -> Hashable:
        key = self._keys.pop(number)
        self._cache.pop(key, None)
        self._asked.pop(key, None)
        self._position = None
        self._layout += 1
        return key

    def put(self, key: Hashable, row: Any) -> None:
        """A row known without reading (one the user just changed on screen); a read already on
        its way does not overwrite it."""
        self._asked.pop(key, None)
        self._cache[key] = (self._generation, row)
        self._cache.move_to_end(key)
        self._trim()

    def put_listed(self, listing: Listing) -> None:
        """The rows read with a listing, shown without asking again and announced; rows read by a
        source since replaced (new names) are not used. Rows read before a change since
        (``generation`` behind the content's) overwrite nothing: they only stand in, as old rows
        do after ``invalidate``, where no row is known, and are read again when drawn."""
        if listing.source is None or listing.source is not self._source or not listing.first:
            return
        if listing.generation is not None and listing.generation != self._content:
            for key, row in listing.first.items():
                if key not in self._cache:
                    self._cache[key] = (STALE, row)
            self._trim()
        else:
            for key, row in listing.first.items():
                self.put(key, row)
        shown = [n for n in map(self.position, listing.first) if n >= 0]
        if shown:
            self.rows_arrived.emit(min(shown), max(shown))

    @property
    def keys(self) -> list:
        return self._keys

    @property
    def content_generation(self) -> int:
        """Changes to what rows say so far: a listing asked now carries it (``Listing.generation``)."""
        return self._content

    @property
    def source(self) -> RowSource | None:
        return self._source

    def __len__(self) -> int:
        return len(self._keys)

    def key(self, number: int) -> Hashable:
        return self._keys[number]

    def position(self, key: Hashable) -> int:
        """The row number of a key, or -1 (the map is built once per listing)."""
        if self._position is None:
            self._position = {k: number for number, k in enumerate(self._keys)}
        return self._position.get(key, -1)

    def row(self, number: int) -> Any:
        """The row if it is known (possibly from before an ``invalidate``), else None; a row not
        known fresh has its page asked for."""
        key = self._keys[number]
        page = number // self.page_size
        if page != next(reversed(self._shown), None):  # a paint asks row after row of one page
            self._shown[page] = None
            self._shown.move_to_end(page)
            if len(self._shown) > SHOWN_PAGES:
                self._shown.popitem(last=False)
        entry = self._cache.get(key)
        if entry is not None:
            self._cache.move_to_end(key)
            if entry[0] == self._generation:
                if not self._asked and self._ahead != (self._generation, page):
                    self._ahead = (self._generation, page)  # once per page drawn: a paint asks many rows
                    self._ahead_timer.start()  # after this paint: the read would slow it down
                return entry[1]
        self._ask_page(page)
        return entry[1] if entry is not None else None

    def fresh(self, number: int) -> bool:
        """Whether the row was read since the last reset (tests wait for this)."""
        entry = self._cache.get(self._keys[number])
        return entry is not None and entry[0] == self._generation

    def cached(self, key: Hashable) -> Any:
        """The row of a key as far as it is known, without asking for anything."""
        entry = self._cache.get(key)
        return entry[1] if entry is not None else None

    def fetch(self, keys: Sequence[Hashable]) -> None:
        """Read these keys again now, shown or not (notes changed elsewhere); an answer already on
        its way may predate the change, so this read replaces it. Only ``keys_arrived`` reports it."""
        if keys:
            self._start(list(keys), None)

    def cached_count(self) -> int:
        return len(self._cache)

    # --- reading -------------------------------------------------------------------------------

    def _new_generation(self) -> None:
        self._generation += 1
        self._asked.clear()
        self._rereads = set()

    def _read_ahead(self) -> None:
        """The page after the one last drawn, while nothing else is read (a page down finds it)."""
        if self._ahead is not None and self._ahead[0] == self._generation and not self._asked:
            self._ask_page(self._ahead[1] + 1)

    def _reread_done(self, read: int) -> None:
        if read in self._rereads:
            self._rereads.discard(read)
            if not self._rereads:
                self._all_rows_arrived()

    def _all_rows_arrived(self) -> None:
        if self._keys:
            self.rows_arrived.emit(0, len(self._keys) - 1)

    def _ask_page(self, page: int) -> None:
        start = page * self.page_size
        generation = self._generation
        numbers: dict[Hashable, int] = {}
        for number, key in enumerate(self._keys[start : start + self.page_size], start):
            entry = self._cache.get(key)
            if key not in self._asked and (entry is None or entry[0] != generation):
                numbers[key] = number
        if numbers:
            self._start(list(numbers), numbers)

    def _start(self, wanted: list, numbers: dict[Hashable, int] | None) -> None:
        session, source = self._session, self._source
        if session is None or source is None:
            return
        self._reads += 1
        read, generation, layout = self._reads, self._generation, self._layout
        for key in wanted:
            self._asked[key] = read
        self.fetches += 1
        (QueryOp(session, lambda _project, _job: source(wanted))
         .success(lambda found: self._arrived(read, generation, layout, wanted, numbers, found))
         .failure(lambda error: self._failed(read, generation, wanted, error))
         .run(owner=self))

    def _answered(self, read: int, generation: int, wanted: list) -> list:
        """The keys this read still answers for: none after a reset, and not those asked again
        since or put by hand."""
        if generation != self._generation:
            return []
        answered = [key for key in wanted if self._asked.get(key) == read]
        for key in answered:
            del self._asked[key]
        return answered

    def _arrived(self, read: int, generation: int, layout: int, wanted: list,
                 numbers: dict[Hashable, int] | None, found: dict) -> None:
        answered = self._answered(read, generation, wanted)
        if not answered:
            self._reread_done(read)
            return
        for key in answered:
            self._cache[key] = (generation, found.get(key))
            self._cache.move_to_end(key)
        self._trim()
        self.keys_arrived.emit(answered, found)
        if numbers is None:
            return  # a read of chosen keys (``fetch``): its model knows where they are
        if layout == self._layout:  # no row has moved since: as asked
            shown = [numbers[key] for key in answered]
        else:
            shown = [n for n in map(self.position, answered) if n >= 0]
        if shown:
            self.rows_arrived.emit(min(shown), max(shown))
        self._reread_done(read)

    def _failed(self, read: int, generation: int, wanted: list, error: BaseException) -> None:
        answered = self._answered(read, generation, wanted)
        self._reread_done(read)
        if not answered or self._session is None:
            return
        for key in answered:  # as they were until the next reset: a failing read is not repeated
            self._cache[key] = (generation, self.cached(key))
        self._session.failed.emit(error)

    def _trim(self) -> None:
        while len(self._cache) > self.capacity:
            self._cache.popitem(last=False)
