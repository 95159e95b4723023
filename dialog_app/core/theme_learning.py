"""A small model of how the writer tags: which themes a note is like, learned from the project's own tags.

Pure Python over dict-sparse vectors, no numpy (training keeps running sums, see ``theme_training``,
so a retrain after a tag change touches only the notes that changed); the per-feature work runs in
``map``s and C sorts, not bytecode.

Features are the note's Swedish Snowball stems (``text_match.stem``; an English word mostly stems to
itself), pairs of neighbouring stems, and the five-letter pieces of its words: Swedish joins words
("bredbandsutbyggnaden", "informationssäkerhetsarbetet"), so two notes about the same thing often
share no whole word but many pieces (measured on the labelled set of real statements, the pieces
took the learned model's first guess from 53 % right to 71 % after 25 tagged notes per theme). All
TF-IDF weighted (log counts at unit length; IDF in the weights). Each theme gets a Rocchio-style
linear classifier: the mean of its positive notes minus half the mean of its negative notes (notes
tagged with other themes of the framework, and notes whose suggestion of this theme was rejected).
Its raw score on a note is a dot product; Platt's curve (``theme_calibration``) turns it into the
chance the writer would tag the note with the theme, and a theme is suggested from ``SUGGEST_AT``.
A theme is learned only once it has ``MIN_EXAMPLES`` tagged notes.

For the explanation, each feature remembers a few positive notes that carry it strongly, so a
suggestion can name the tagged notes it looks like ("like 12 notes you tagged, e.g. D2-017").
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Container, Hashable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from operator import add, mul, sub, truediv
from sys import intern

from dialog_app.core.text_match import stem, tokens

MIN_EXAMPLES = 5  # tagged notes a theme needs before it is learned
NEGATIVE_WEIGHT = 0.5  # how much the negatives' mean is taken off the positives' mean
KEEP_FEATURES = 3000  # the strongest weights kept per theme (speed; the tail adds nothing)
EXAMPLES_PER_FEATURE = 3  # positive notes remembered per feature, for the explanation
EXPLAINING_NOTES = 300  # positive notes a theme's explanations are drawn from (speed)
CALIBRATION_NOTES = 500  # notes per side whose scores place a theme's calibration curve
SUGGEST_AT = 0.5  # the chance from which a learned theme is suggested: more likely than not
PIECE = 5  # letters in a word piece
PIECE_WORDS = 4  # words shorter than this give no pieces (their stem says it all)

Vector = dict[str, float]


@lru_cache(maxsize=20_000)  # a page of notes is asked about again and again; callers never change the dict
def features(text: str) -> dict[str, int]:
    """Counts of the stems of a text's words (of 2 letters or more), of pairs of neighbouring stems and
    of the words' pieces of ``PIECE`` letters ("#<bred", "#bredb" … "#aden>", marked so that no
    piece is taken for a stem)."""
    words = [word for word in tokens(text) if len(word) > 1 and not word.isdigit()]
    stems = [stem(word) for word in words]
    counts: dict[str, int] = {}
    for s in stems:
        counts[s] = counts.get(s, 0) + 1
    for first, second in zip(stems, stems[1:]):
        pair = first + " " + second
        counts[pair] = counts.get(pair, 0) + 1
    for word in words:
        if len(word) >= PIECE_WORDS:
            marked = "<" + word + ">"
            for at in range(len(marked) - PIECE + 1):
                piece = intern("#" + marked[at : at + PIECE])  # one string however many notes hold it
                counts[piece] = counts.get(piece, 0) + 1
    return counts


def unit(counts: Mapping[str, int], summable: bool = False) -> Vector:
    """Log-scaled counts at unit length (the IDF half of TF-IDF is in the themes' weights, so a note's
    vector never changes when other notes are tagged, and training can add and take away notes).
    ``summable``: each part rounded to a multiple of 2**-32 (by 1e-10 at most), so that sums of up
    to 2**21 vectors are exact, the same in any order and after some are taken away again."""
    logged = list(map(add, repeat(1.0), map(math.log, counts.values())))  # map: no bytecode per feature
    norm = math.sqrt(sum(map(mul, logged, logged))) or 1.0
    parts = map(truediv, logged, repeat(norm))
    if summable:  # adding 2**20 keeps 32 bits after the point (a float holds 53)
        parts = map(sub, map(add, parts, repeat(2.0**20)), repeat(2.0**20))
    return dict(zip(counts, parts))


@dataclass
class ThemeModel:
    theme_id: Hashable
    examples: int  # tagged notes it learned from
    middle: float  # raw score where the calibrated score is 0.5
    slope: float
    examples_by_feature: dict[str, tuple[Hashable, ...]] = field(default_factory=dict)

    def calibrated(self, raw: float) -> float:
        z = max(-30.0, min(30.0, self.slope * (raw - self.middle)))
        return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True)
class Learned:
    """A theme the model sees in a note: its 0..1 score, how many notes it learned from, and the
    ids of the tagged notes the note is most like (strongest shared features first)."""

    theme_id: Hashable
    score: float
    examples: int
    like: tuple[Hashable, ...]


class ThemeModelSet:
    """The learned themes of one framework; ``score(text)`` says which themes a note is like."""

    def __init__(self, models: dict[Hashable, ThemeModel], weights: Mapping[Hashable, Vector]) -> None:
        self.models = models
        self._themes = list(models)
        self._weights = [weights[t] for t in self._themes]  # each theme's kept weights, by feature
        self._known = frozenset().union(*self._weights)  # the features some theme weighs

    @property
    def empty(self) -> bool:
        return not self.models

    def weights(self, theme_id: Hashable) -> Vector:
        return self._weights[self._themes.index(theme_id)]

    def rekeyed(self, keys: Mapping[Hashable, Hashable]) -> ThemeModelSet:
        """The same model with its themes named by ``keys[theme]`` (trained on cheap keys, asked with UUIDs)."""
        models = {keys[t]: dataclasses.replace(m, theme_id=keys[t]) for t, m in self.models.items()}
        return ThemeModelSet(models, {keys[t]: w for t, w in zip(self._themes, self._weights)})

    def raw_scores(self, text: str) -> tuple[Vector, dict[Hashable, float]]:
        """The note's vector and each theme's dot product with it, summed in the note's feature order
        (a ``map`` per theme: no bytecode per feature)."""
        vector = _vector(text)
        return vector, dict(zip(self._themes, self._raw(vector)))

    def _raw(self, vector: Vector) -> list[float]:
        """Only the note's features some theme weighs are looked up (a note's word pieces are many,
        most of them weighed by none), in the note's order."""
        known = self._known
        keys = [f for f in vector if f in known]
        values, zero = list(map(vector.__getitem__, keys)), repeat(0.0)
        return [sum(map(mul, values, map(weights.get, keys, zero))) for weights in self._weights]

    def score(self, text: str, threshold: float = SUGGEST_AT, like: int = 3,
              unexplained: Container[Hashable] = ()) -> dict[Hashable, Learned]:
        """The learned themes whose calibrated score reaches ``threshold``, with up to ``like``
        tagged notes each that share the note's strongest features (none for the themes
        ``unexplained``: those the note carries or refused, never shown)."""
        if self.empty:
            return {}
        vector = _vector(text)
        found: dict[Hashable, Learned] = {}
        for theme_id, model, raw in zip(self._themes, self.models.values(), self._raw(vector)):
            p = model.calibrated(raw)
            if p >= threshold:
                similar = () if theme_id in unexplained else _like(model, vector, like)
                found[theme_id] = Learned(theme_id, p, model.examples, similar)
        return found


@lru_cache(maxsize=4_096)  # as ``features``: a page of notes is scored again and again; nobody changes it
def _vector(text: str) -> Vector:
    return unit(features(text))


def _like(model: ThemeModel, vector: Vector, wanted: int) -> tuple[Hashable, ...]:
    votes: dict[Hashable, float] = {}
    vote = votes.get
    for note_ids, v in zip(map(model.examples_by_feature.get, vector, repeat(())), vector.values()):
        for note_id in note_ids:
            votes[note_id] = vote(note_id, 0.0) + v
    return tuple(sorted(votes, key=votes.__getitem__, reverse=True)[:wanted])  # ties: the first found first
