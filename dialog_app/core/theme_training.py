"""Training the themes' classifiers (``theme_learning``) incrementally: sums kept, notes added and taken away.

A ``Training`` keeps, per framework, the running sums a Rocchio classifier needs: how many training
notes carry each feature (for the IDF), the sum of the unit vectors of all tagged notes, of each
theme's positive notes, and of each theme's refused-but-untagged notes. ``update`` hands it the
training set as it now is; only notes that are new, changed or gone touch the sums, so retraining
after a tag change costs the themes' weights (one pass over the vocabulary per theme) and a
calibration on a sample, not a pass over every note.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from dialog_app.core.theme_learning import (
    CALIBRATION_NOTES, EXAMPLES_PER_FEATURE, EXPLAINING_NOTES, KEEP_FEATURES, MIN_EXAMPLES, NEGATIVE_WEIGHT, SURE,
    ThemeModel, ThemeModelSet, Vector, unit,
)


@dataclass(frozen=True)
class Example:
    """One training note: its features, the themes it is tagged with, and those it refused."""

    note_id: Hashable  # the learner uses the stored hex id
    counts: dict[str, int]
    positive: frozenset[Hashable]
    rejected: frozenset[Hashable] = frozenset()


@dataclass(frozen=True)
class _Doc:
    example: Example
    vector: Vector


class Training:
    def __init__(self) -> None:
        self._docs: dict[Hashable, _Doc] = {}
        self._df: dict[str, int] = {}
        self._tagged: Vector = {}
        self._positive: dict[Hashable, Vector] = {}
        self._extra: dict[Hashable, Vector] = {}  # refused for the theme, tagged with nothing

    def update(self, examples: Iterable[Example]) -> None:
        """Make the training set ``examples`` (notes with neither tags nor refusals are left out)."""
        wanted = {e.note_id: e for e in examples if e.positive or e.rejected}
        for note_id in [n for n, doc in self._docs.items() if wanted.get(n) != doc.example]:
            self._apply(self._docs.pop(note_id), -1)
        for note_id, example in wanted.items():
            if note_id not in self._docs:
                doc = self._docs[note_id] = _Doc(example, unit(example.counts))
                self._apply(doc, 1)

    def _apply(self, doc: _Doc, sign: int) -> None:
        e, vector = doc.example, doc.vector
        for f in vector:
            self._df[f] = self._df.get(f, 0) + sign
        sums = [self._positive.setdefault(t, {}) for t in e.positive]
        if e.positive:
            sums.append(self._tagged)
        sums += [self._extra.setdefault(t, {}) for t in e.rejected - e.positive]
        for total in sums:
            for f, v in vector.items():
                total[f] = total.get(f, 0.0) + sign * v

    def model(self, theme_ids: Iterable[Hashable]) -> ThemeModelSet:
        """One classifier per theme of ``theme_ids`` that has at least ``MIN_EXAMPLES`` tagged notes."""
        wanted = set(theme_ids)
        positives: dict[Hashable, list[_Doc]] = {}
        tagged: list[_Doc] = []
        extra: dict[Hashable, list[_Doc]] = {}
        for doc in self._docs.values():
            for t in doc.example.positive:
                positives.setdefault(t, []).append(doc)
            if doc.example.positive:
                tagged.append(doc)
            for t in doc.example.rejected - doc.example.positive:
                extra.setdefault(t, []).append(doc)
        n = len(self._docs)
        idf = {f: math.log((n + 1) / (d + 1)) + 1.0 for f, d in self._df.items() if d > 0}
        models: dict[Hashable, ThemeModel] = {}
        index: dict[str, list[tuple[Hashable, float]]] = {}
        for theme_id in wanted:
            pos = positives.get(theme_id, [])
            if len(pos) < MIN_EXAMPLES:
                continue
            pos_sum, extra_sum = self._positive[theme_id], self._extra.get(theme_id, {})
            n_neg = max(1, len(tagged) - len(pos) + len(extra.get(theme_id, ())))
            scale = NEGATIVE_WEIGHT / n_neg
            weights = {f: idf[f] * (v / len(pos) - scale * (self._tagged[f] - v))
                       for f, v in pos_sum.items() if f in idf}
            for f, v in self._tagged.items():
                if f not in pos_sum and f in idf:
                    weights[f] = -idf[f] * scale * v
            for f, v in extra_sum.items():
                if f in idf:
                    weights[f] = weights.get(f, 0.0) - idf[f] * scale * v
            kept = dict(sorted(weights.items(), key=lambda fw: -abs(fw[1]))[:KEEP_FEATURES])
            for f, w in kept.items():
                index.setdefault(f, []).append((theme_id, w))
            negatives = [d for d in tagged if theme_id not in d.example.positive] + extra.get(theme_id, [])
            models[theme_id] = _calibrated(theme_id, pos, negatives, kept)
        return ThemeModelSet(models, index)


def train(examples: Iterable[Example], theme_ids: Iterable[Hashable]) -> ThemeModelSet:
    """A model from scratch (tests, benchmarks)."""
    training = Training()
    training.update(examples)
    return training.model(theme_ids)


def _calibrated(theme_id: Hashable, pos: list[_Doc], neg: list[_Doc], weights: Vector) -> ThemeModel:
    """The theme's model: a logistic curve through the middle of the positives' and negatives' median
    raw scores (on an even sample), sure at the positives' median; and its explaining notes."""
    def raw(doc: _Doc) -> float:
        return sum(v * weights.get(f, 0.0) for f, v in doc.vector.items())

    pos_scores = sorted(raw(d) for d in _sample(pos))
    neg_scores = sorted(raw(d) for d in _sample(neg)) or [0.0]
    high, low = pos_scores[len(pos_scores) // 2], neg_scores[len(neg_scores) // 2]
    middle = (high + low) / 2
    spread = max(high - middle, 1e-6)
    model = ThemeModel(theme_id, len(pos), middle, math.log(SURE / (1 - SURE)) / spread)
    by_feature: dict[str, list[tuple[float, Hashable]]] = {}
    for doc in pos[:EXPLAINING_NOTES]:
        for f, v in doc.vector.items():
            if weights.get(f, 0.0) > 0:
                by_feature.setdefault(f, []).append((v, doc.example.note_id))
    model.examples_by_feature = {
        f: tuple(note_id for _v, note_id in sorted(found, key=lambda x: -x[0])[:EXAMPLES_PER_FEATURE])
        for f, found in by_feature.items()
    }
    return model


def _sample(docs: list[_Doc]) -> list[_Doc]:
    """At most about ``CALIBRATION_NOTES`` of the notes, evenly spread: medians need no more."""
    return docs[:: max(1, len(docs) // CALIBRATION_NOTES)]
