"""Training the themes' classifiers (``theme_learning``) incrementally: sums kept, notes added and taken away.

A ``Training`` keeps, per framework, the running sums a Rocchio classifier needs: how many training
notes carry each feature (for the IDF), the sum of the unit vectors of all tagged notes, of each
theme's positive notes, and of each theme's refused-but-untagged notes. ``change`` hands it only the
notes that changed (``update``, the whole set, finds them itself), so a retrain after a tag change
costs the changed notes and the themes whose sums moved, not a pass over every note.

Kept in step it equals a training from scratch bit for bit: the sums add up vector parts rounded to
a multiple of 2**-32 (``unit(summable=True)``), so every sum below 2**21 notes is exact, the same in
any order and after notes are taken away; and every list a theme samples or draws
its explanations from is in note id order, however the notes came.
"""

from __future__ import annotations

import math
from bisect import bisect_left, insort
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from itertools import compress, filterfalse, repeat
from operator import add, gt, itemgetter, mul, neg, truediv
from typing import Any

from dialog_app.core.theme_calibration import platt
from dialog_app.core.theme_learning import (
    CALIBRATION_NOTES, EXAMPLES_PER_FEATURE, EXPLAINING_NOTES, KEEP_FEATURES, MIN_EXAMPLES, NEGATIVE_WEIGHT,
    ThemeModel, ThemeModelSet, Vector, unit,
)

ALONE_SLOPE = math.log(9)  # a lone theme's curve: 0.9 at its notes' middle score, 0.5 halfway there


@dataclass(frozen=True)
class Example:
    """One training note: its features, the themes it is tagged with, and those it refused."""

    note_id: Hashable  # the learner uses the stored hex id; ids of one training must be orderable
    counts: dict[str, int]
    positive: frozenset[Hashable]
    rejected: frozenset[Hashable] = frozenset()


class _Doc:
    __slots__ = ("example", "vector")

    def __init__(self, example: Example) -> None:
        self.example = example
        self.vector = unit(example.counts, summable=True)

    def raw(self, weights: Vector) -> float:
        """The dot product with ``weights``, summed in the note's feature order."""
        return sum(map(mul, self.vector.values(), map(weights.get, self.vector, repeat(0.0))))

    def extra_themes(self) -> frozenset[Hashable]:
        return self.example.rejected - self.example.positive


class _Ordered:
    """A set of note ids that also lists them in order; a few changes are sorted in, many re-sorted."""

    def __init__(self) -> None:
        self.members: set[Hashable] = set()
        self._order: list[Hashable] = []
        self._added: list[Hashable] = []
        self._gone: list[Hashable] = []

    def add(self, note_id: Hashable) -> None:
        self.members.add(note_id)
        self._added.append(note_id)

    def discard(self, note_id: Hashable) -> None:
        self.members.discard(note_id)
        self._gone.append(note_id)

    def ordered(self) -> list[Hashable]:
        if len(self._added) + len(self._gone) > len(self._order) // 16:
            self._order = sorted(self.members)
        else:
            for note_id in self._gone:
                at = bisect_left(self._order, note_id)
                if at < len(self._order) and self._order[at] == note_id and note_id not in self.members:
                    del self._order[at]
            for note_id in self._added:
                at = bisect_left(self._order, note_id)
                if note_id in self.members and (at == len(self._order) or self._order[at] != note_id):
                    insort(self._order, note_id)
        self._added, self._gone = [], []
        return self._order

    def __len__(self) -> int:
        return len(self.members)


class Training:
    def __init__(self) -> None:
        self._docs: dict[Hashable, _Doc] = {}
        self._df: dict[str, int] = {}
        self._tagged: Vector = {}
        self._positive: dict[Hashable, Vector] = {}
        self._extra: dict[Hashable, Vector] = {}  # refused for the theme, not tagged with it
        self._tagged_ids = _Ordered()
        self._positive_ids: dict[Hashable, _Ordered] = {}
        self._extra_ids: dict[Hashable, _Ordered] = {}
        self._built: dict[Hashable, tuple[ThemeModel, Vector]] = {}  # per theme, until its sums move
        self._idf: dict[str, float] | None = None
        self._explaining: dict[Hashable, tuple[list[_Doc], dict[str, tuple[Hashable, ...]]]] = {}

    def update(self, examples: Iterable[Example]) -> None:
        """Make the training set ``examples`` (notes with neither tags nor refusals are left out)."""
        wanted = {e.note_id: e for e in examples}
        docs = self._docs
        changed = [e for n, e in wanted.items() if n not in docs or docs[n].example != e]
        self.change(changed, [n for n in docs if n not in wanted])

    def change(self, examples: Iterable[Example], gone: Iterable[Hashable] = ()) -> None:
        """Put in ``examples`` (new notes, or notes whose text, tags or refusals changed) and take out
        the notes ``gone``; notes with neither tags nor refusals are left out."""
        for note_id in gone:
            if note_id in self._docs:
                self._moved(self._docs[note_id], None)
                self._apply(self._docs.pop(note_id), -1)
        for example in examples:
            old = self._docs.pop(example.note_id, None)
            new = _Doc(example) if example.positive or example.rejected else None
            self._moved(old, new)
            if old is not None:
                self._apply(old, -1)
            if new is not None:
                self._docs[example.note_id] = new
                self._apply(new, 1)

    def _moved(self, old: _Doc | None, new: _Doc | None) -> None:
        """Forget the built themes whose sums a note's change moves: all of them when the notes' count,
        the IDF or the tagged notes change (every theme's negatives), else those it joined or left."""
        if old is None and new is None:
            return
        if old is None or new is None or old.vector != new.vector \
                or bool(old.example.positive) != bool(new.example.positive):
            self._built.clear()
            self._idf = None
            return
        for t in (old.example.positive ^ new.example.positive) | (old.extra_themes() ^ new.extra_themes()):
            self._built.pop(t, None)

    def _apply(self, doc: _Doc, sign: int) -> None:
        e = doc.example
        extra = doc.extra_themes()
        _add(self._df, doc.vector, repeat(1), sign)
        for t in e.positive:
            if t not in self._positive:
                self._positive[t], self._positive_ids[t] = {}, _Ordered()
        for t in extra:
            if t not in self._extra:
                self._extra[t], self._extra_ids[t] = {}, _Ordered()
        sums = [self._positive[t] for t in e.positive] + [self._extra[t] for t in extra]
        lists = [self._positive_ids[t] for t in e.positive] + [self._extra_ids[t] for t in extra]
        if e.positive:
            sums.append(self._tagged)
            lists.append(self._tagged_ids)
        for total in sums:
            _add(total, doc.vector, doc.vector.values(), sign)
        for ids in lists:
            (ids.add if sign > 0 else ids.discard)(e.note_id)

    def model(self, theme_ids: Iterable[Hashable]) -> ThemeModelSet:
        """One classifier per theme of ``theme_ids`` that has at least ``MIN_EXAMPLES`` tagged notes
        (in the order given); a theme whose sums did not move since the last call keeps its own."""
        models: dict[Hashable, ThemeModel] = {}
        weights: dict[Hashable, Vector] = {}
        for theme_id in dict.fromkeys(theme_ids):
            if len(self._positive_ids.get(theme_id, ())) < MIN_EXAMPLES:
                continue
            if theme_id not in self._built:
                self._built[theme_id] = self._theme(theme_id)
            models[theme_id], weights[theme_id] = self._built[theme_id]
        return ThemeModelSet(models, weights)

    def _theme(self, theme_id: Hashable) -> tuple[ThemeModel, Vector]:
        if self._idf is None:
            n = len(self._docs)
            ratios = map(truediv, repeat(n + 1), map(add, self._df.values(), repeat(1)))
            self._idf = dict(zip(self._df, map(add, map(math.log, ratios), repeat(1.0))))  # log((n+1)/(d+1)) + 1
        idf, tagged = self._idf, self._tagged
        pos_ids, tagged_ids = self._positive_ids[theme_id], self._tagged_ids
        extra_ids = self._extra_ids.get(theme_id, _Ordered())
        pos_sum, extra_sum = self._positive[theme_id], self._extra.get(theme_id, {})
        n_pos = len(pos_ids)
        scale = NEGATIVE_WEIGHT / max(1, len(tagged_ids) - n_pos + len(extra_ids))
        # every tagged note's feature as a negative one (a map: the vocabulary may be large), then the
        # theme's own (each a tagged note's) in its place
        vocabulary = tagged.keys()
        weights = dict(zip(vocabulary, map(mul, map(mul, map(neg, map(idf.__getitem__, vocabulary)), repeat(scale)),
                                           tagged.values())))
        weights.update({f: idf[f] * (v / n_pos - scale * (tagged[f] - v)) for f, v in pos_sum.items()})
        for f, v in extra_sum.items():
            weights[f] = weights.get(f, 0.0) - idf[f] * scale * v
        kept = _strongest(weights)
        docs, positives = self._docs, pos_ids.ordered()
        negatives = [*filterfalse(pos_ids.members.__contains__, tagged_ids.ordered()), *extra_ids.ordered()]
        model = _calibrated(theme_id, _Sides([docs[n] for n in _sample(positives)], n_pos,
                                             [docs[n] for n in _sample(negatives)], len(negatives)),
                            kept, idf, pos_sum, scale)
        first = [docs[n] for n in positives[:EXPLAINING_NOTES]]
        if theme_id not in self._explaining or self._explaining[theme_id][0] != first:  # the same notes as they were
            self._explaining[theme_id] = first, _explaining(first)
        model.examples_by_feature = {f: ids for f, ids in self._explaining[theme_id][1].items() if kept.get(f, 0.0) > 0}
        return model, kept


def train(examples: Iterable[Example], theme_ids: Iterable[Hashable]) -> ThemeModelSet:
    """A model from scratch (tests, benchmarks)."""
    training = Training()
    training.update(examples)
    return training.model(theme_ids)


def _add(total: dict[str, Any], keys: Iterable[str], values: Iterable[Any], sign: int) -> None:
    """Add (``sign`` 1) or take away (-1) ``values`` to ``total``; a sum come to zero leaves it.
    (A plain loop: Python 3.11 runs it faster than ``dict.update`` over ``map``s.)"""
    get = total.get
    if sign > 0:
        for f, v in zip(keys, values):
            total[f] = get(f, 0) + v
        return
    for f, v in zip(keys, values):
        left = get(f, 0) - v
        if left:
            total[f] = left
        else:
            del total[f]


def _strongest(weights: Vector) -> Vector:
    """The ``KEEP_FEATURES`` weights largest in size; ties at the cut go by feature, as the order
    the features came in differs between a training kept in step and one from scratch."""
    if len(weights) <= KEEP_FEATURES:
        return weights
    cut = sorted(map(abs, weights.values()), reverse=True)[KEEP_FEATURES - 1]  # all in C, as the next line
    kept = dict(compress(weights.items(), map(gt, map(abs, weights.values()), repeat(cut))))
    for f in sorted(f for f, w in weights.items() if abs(w) == cut)[: KEEP_FEATURES - len(kept)]:
        kept[f] = weights[f]
    return kept


@dataclass(frozen=True)
class _Sides:
    """A theme's sampled positive and negative notes, and how many of each there are in all."""

    pos: list[_Doc]
    positives: int
    neg: list[_Doc]
    negatives: int


def _calibrated(theme_id: Hashable, sides: _Sides, weights: Vector, idf: Vector, pos_sum: Vector,
                scale: float) -> ThemeModel:
    """The theme's model: Platt's curve (``theme_calibration``) fitted to the scores the sampled notes
    would get had they not been learned from. Taking a positive note out of the theme's mean moves a
    weight by idf·(P/(n(n-1)) - v/(n-1)) (P the positives' sum, v the note's own part, n their number);
    taking a negative one out of the negatives' mean, by idf·scale·v."""
    n = sides.positives

    def left_out_positive(doc: _Doc) -> float:
        return sum(v * (w + idf[f] * (pos_sum[f] / (n * (n - 1)) - v / (n - 1)))
                   for f, v in doc.vector.items() if (w := weights.get(f)) is not None)

    def left_out_negative(doc: _Doc) -> float:
        return sum(v * (w + idf[f] * scale * v) for f, v in doc.vector.items()
                   if (w := weights.get(f)) is not None)

    if not sides.neg:  # the only theme tagged yet: nothing to fit against; halfway between a note that
        # shares nothing and its notes' own middle score (a note shares little with the others' mean)
        own = sorted(doc.raw(weights) for doc in sides.pos)
        middle = own[len(own) // 2] / 2
        return ThemeModel(theme_id, n, middle, ALONE_SLOPE / middle) if middle > 0 else _never(theme_id, n)
    positive = list(map(left_out_positive, sides.pos))
    scores = [*positive, *map(left_out_negative, sides.neg)]
    labels = [True] * len(positive) + [False] * len(sides.neg)
    stands_for = [sides.positives / len(positive)] * len(positive) + [sides.negatives / len(sides.neg)] * len(sides.neg)
    fitted = platt(scores, labels, stands_for, sides.positives, sides.negatives)
    if fitted is None:  # its notes score no higher than the others: it tells nothing
        return _never(theme_id, n)
    a, b = fitted
    return ThemeModel(theme_id, n, middle=-b / a, slope=a)


def _never(theme_id: Hashable, examples: int) -> ThemeModel:
    return ThemeModel(theme_id, examples, middle=math.inf, slope=1.0)


def _explaining(pos: list[_Doc]) -> dict[str, tuple[Hashable, ...]]:
    """Per feature, the positive notes (of ``pos``) that carry it most; a theme explains with those of
    its features that speak for it (kept while its first positive notes stay the same)."""
    by_feature: dict[str, list[tuple[float, Hashable]]] = {}
    for doc in pos:
        note_id = doc.example.note_id
        for f, v in doc.vector.items():
            by_feature.setdefault(f, []).append((v, note_id))
    first = itemgetter(0)
    return {f: tuple(note_id for _v, note_id in sorted(found, key=first, reverse=True)[:EXAMPLES_PER_FEATURE])
            for f, found in by_feature.items()}


def _sample(docs: list) -> list:
    """At most about ``CALIBRATION_NOTES`` of the notes, evenly spread: medians need no more."""
    return docs[:: max(1, len(docs) // CALIBRATION_NOTES)]
