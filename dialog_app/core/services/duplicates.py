"""Possible duplicate notes: the same point captured twice, template answers, near-identical texts.

Two kinds of group, both over live notes only:

* **exact**: the same text once case, punctuation and spacing are set aside ("Bättre bredband!" and
  "bättre  bredband"). A template answer given by many notes is one exact group.
* **near**: distinct texts whose Jaccard similarity is at least ``NEAR_THRESHOLD``, over word
  3-shingles when both notes have ``SHINGLE_MIN_WORDS`` words or more, over word sets otherwise.
  Similar texts are chained (if A is near B and B near C, A, B and C are one group); a group's
  ``similarity`` is the lowest similarity among the pairs that joined it. A near group holds every
  note of the texts it joins, so a note may be in one exact and one near group.

Near pairs are found by an exact set-similarity join with prefix filtering (AllPairs): each text
is indexed under its rarest few elements only, and two texts are compared only when they share one
of them and their sizes allow the threshold. No pair above the threshold is missed, and the work
grows with the number of similar texts, not with the square of all notes.
"""

from __future__ import annotations

import dataclasses
import math
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from itertools import chain
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import func, select

from dialog_app.core.jobs import Job
from dialog_app.core.models import Note
from dialog_app.core.services.context import ServiceContext
from dialog_app.core.services.note_filter import NoteFilter, conditions
from dialog_app.core.text_match import tokens

NEAR_THRESHOLD = 0.8
SHINGLE_MIN_WORDS = 8  # shorter notes are compared by their sets of words
SHINGLE = 3
READ_CHUNK = 5000


@dataclass(frozen=True)
class DuplicateGroup:
    """Notes that look like the same input, in capture order."""

    note_ids: tuple[uuid.UUID, ...]
    kind: Literal["exact", "near"]
    similarity: float


class DuplicateService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def find(
        self,
        note_filter: NoteFilter | None = None,
        job: Job | None = None,
    ) -> list[DuplicateGroup]:
        """Duplicate groups among the live notes the filter matches: exact groups first, larger
        groups first. A background job: it reports to ``job`` reading the notes and then comparing
        them, and raises ``Cancelled`` once the job is cancelled."""
        job = job or Job()
        texts = self._read(note_filter, job)
        total = 2 * len(texts) or 1
        done = len(texts)

        # Exact: one key per normalised text; the first note of each key stands for its text.
        by_key: dict[str, list[uuid.UUID]] = {}
        words_of: dict[str, list[str]] = {}
        for note_id, text in texts:
            words = tokens(text)
            key = " ".join(words) if words else "\x00" + " ".join(text.casefold().split())
            members = by_key.get(key)
            if members is None:
                by_key[key] = [note_id]
                words_of[key] = words
            else:
                members.append(note_id)
        groups = [
            DuplicateGroup(tuple(ids), "exact", 1.0) for ids in by_key.values() if len(ids) > 1
        ]

        # Near: similarity joins over the distinct texts, long ones by shingles, short by words.
        keys = [k for k in by_key if words_of[k]]
        words = [words_of[k] for k in keys]
        links = _Links(len(keys))
        short = [len(w) < SHINGLE_MIN_WORDS for w in words]
        long_texts = [i for i, is_short in enumerate(short) if not is_short]
        short_partners = [  # a short text can only be near texts of few distinct words
            i for i, w in enumerate(words)
            if len(w) < SHINGLE_MIN_WORDS or len(set(w)) * NEAR_THRESHOLD <= SHINGLE_MIN_WORDS - 1
        ]
        passes = [
            (long_texts, [_shingles(words[i]) for i in long_texts], None),
            (short_partners, [frozenset(words[i]) for i in short_partners],
             lambda a, b: short[a] or short[b]),
        ]
        work = sum(len(items) for items, _records, _accept in passes) or 1
        probed = 0
        for items, records, accept in passes:
            for count in _join(items, records, accept, links):
                job.report(done + (probed + count) * len(texts) // work, total)
            probed += len(items)
        for members, similarity in links.components():
            ids = tuple(note_id for k in members for note_id in by_key[keys[k]])
            groups.append(DuplicateGroup(ids, "near", round(similarity, 4)))
        job.report(total, total)

        order = {note_id: position for position, (note_id, _text) in enumerate(texts)}
        groups = [
            dataclasses.replace(g, note_ids=tuple(sorted(g.note_ids, key=order.__getitem__)))
            for g in groups
        ]
        groups.sort(key=lambda g: (g.kind != "exact", -len(g.note_ids), order[g.note_ids[0]]))
        return groups

    def _read(self, note_filter: NoteFilter | None, job: Job) -> list[tuple[uuid.UUID, str]]:
        """(id, text) of the live notes the filter matches, in capture order."""
        where = conditions(dataclasses.replace(note_filter or NoteFilter(), deleted=False))
        texts: list[tuple[uuid.UUID, str]] = []
        last_seq: int | None = None
        with self._ctx.db.read_connection() as connection:
            total = connection.execute(select(func.count()).select_from(Note).where(*where)).scalar_one()
        job.report(0, 2 * total or 1)
        while True:
            job.check()
            statement = select(Note.seq, Note.id, Note.text).where(*where)
            if last_seq is not None:
                statement = statement.where(Note.seq > last_seq)
            with self._ctx.db.read_connection() as connection:
                rows = connection.execute(statement.order_by(Note.seq).limit(READ_CHUNK)).all()
            texts.extend((note_id, text) for _seq, note_id, text in rows)
            job.report(len(texts), 2 * max(total, len(texts)))
            if len(rows) < READ_CHUNK:
                return texts
            last_seq = rows[-1][0]


def _shingles(words: list[str]) -> frozenset[int]:
    """The text's word 3-shingles, each as its hash (cheaper to count and compare than tuples; a
    collision of two 64-bit hashes would at worst nudge one similarity)."""
    return frozenset(map(hash, zip(words, words[1:], words[2:])))


def _join(
    items: list[int],
    records: list[frozenset],
    accept: Callable[[int, int], bool] | None,
    links: _Links,
    report_every: int = 2000,
) -> Iterator[int]:
    """AllPairs: link every two items whose records have Jaccard >= NEAR_THRESHOLD (and that
    ``accept`` allows); yields how many items it has probed now and then, to report and cancel.

    Elements are ordered rarest first; a record is indexed and probed under its first
    ``size - ceil(t * size) + 1`` elements only, which two records at or above the threshold always
    share. Elements no other record has come first and can never be shared, so a record whose
    prefix holds only such elements (most notes: people rarely say the same thing twice) is
    skipped without sorting, and the others are probed with their shared prefix elements alone.
    """
    frequency = Counter(chain.from_iterable(records))
    repeated = {element for element, count in frequency.items() if count > 1}
    order = sorted(range(len(items)), key=lambda p: len(records[p]))
    index: dict[object, list[int]] = {}  # element -> positions whose prefix holds it, smallest first
    for step, position in enumerate(order):
        if step % report_every == 0:
            yield step
        record = records[position]
        size = len(record)
        smallest = NEAR_THRESHOLD * size
        shared = record & repeated
        prefix = size - math.ceil(smallest) + 1 - (size - len(shared))
        if prefix <= 0:
            continue
        item = items[position]
        seen: set[int] = set()
        for element in sorted(shared, key=lambda e: (frequency[e], e))[:prefix]:
            bucket = index.setdefault(element, [])
            for other in bucket:
                if other in seen or len(records[other]) < smallest:
                    continue
                seen.add(other)
                other_item = items[other]
                if links.joined(item, other_item) or (accept and not accept(item, other_item)):
                    continue
                other_record = records[other]
                similarity = len(record & other_record) / len(record | other_record)
                if similarity >= NEAR_THRESHOLD:
                    links.join(item, other_item, similarity)
            bucket.append(position)
    yield len(items)


class _Links:
    """Union-find over distinct texts, remembering each component's lowest joining similarity."""

    def __init__(self, size: int) -> None:
        self._parent = list(range(size))
        self._lowest: dict[int, float] = {}

    def joined(self, a: int, b: int) -> bool:
        return self._find(a) == self._find(b)

    def join(self, a: int, b: int, similarity: float) -> None:
        root_a, root_b = self._find(a), self._find(b)
        lowest = min(
            similarity, self._lowest.get(root_a, similarity), self._lowest.pop(root_b, similarity)
        )
        self._parent[root_b] = root_a
        self._lowest[root_a] = lowest

    def components(self) -> list[tuple[list[int], float]]:
        members: dict[int, list[int]] = {}
        for index in range(len(self._parent)):
            members.setdefault(self._find(index), []).append(index)
        return [(m, self._lowest[root]) for root, m in members.items() if len(m) > 1]

    def _find(self, index: int) -> int:
        parent = self._parent
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index
