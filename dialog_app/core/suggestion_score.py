"""How strongly a note matches a theme, and why: the suggestion's score and explanation (issue 17).

A theme's score for a note is the sum, over the theme's keywords the note holds, of

    weight = words × (1 + ln((N + 1) / (n + 1)))

where ``words`` is how many words the keyword has (a phrase says more than a single word), ``N``
is how many of the project's live notes were counted (the newest ``SAMPLE`` of them) and ``n`` how
many of those hold the keyword; each of the note's words counts for one keyword only, the heaviest.
A keyword every counted note holds weighs 1, a rarer one more, up to 1 + ln(N + 1) for one none of
them holds (a note newer than the count). Suggestions for a note are ordered by score, then by how
many keywords matched, and only then by the theme's code: never by where a theme stands in its
framework.

The counts come from one pass of the matcher over the sample (about 100 ms for 5 000 notes, off the
GUI thread), cached with the matcher and counted again only once the notes changed by a tenth.
"""

from __future__ import annotations

import math
import re
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from dialog_app.core.text_match import ThemeMatcher, normalise, tokens

SAMPLE = 5000  # newest live notes counted for the rarity of each keyword
STALE_SHARE = 0.1  # recount once this share of the sample (at least STALE_MIN notes) has changed
STALE_MIN = 20
KEYWORDS = "keywords"  # Explanation.kind of a keyword match
LEARNED = "learned"  # Explanation.kind of a suggestion learned from the writer's tags (issue 17, later)


@dataclass(frozen=True)
class Explanation:
    """Why a theme was suggested: the keywords matched, each as the note has it ("bredbandet"
    for "bredband"), or, for a learned suggestion, how many tagged notes it is like and a few refs."""

    kind: str = KEYWORDS
    matched: tuple[tuple[str, str], ...] = ()  # (keyword, the note's words)
    similar: int = 0  # learned: how many tagged notes it is like
    examples: tuple[str, ...] = ()  # learned: refs of some of them ("D2-017")


class KeywordRarity:
    """How many notes of a sample hold each keyword (case-folded), and the weight that gives it."""

    def __init__(self, counts: Mapping[str, int], notes: int) -> None:
        self.counts = dict(counts)
        self.notes = notes

    @classmethod
    def count(cls, matcher: ThemeMatcher, texts: Iterable[str]) -> KeywordRarity:
        counts: dict[str, int] = {}
        notes = 0
        for text in texts:
            notes += 1
            if matcher.empty:
                continue
            held = {normalise(k) for keywords in matcher.match(text).values() for k in keywords}
            for keyword in held:
                counts[keyword] = counts.get(keyword, 0) + 1
        return cls(counts, notes)

    def weight(self, keyword: str) -> float:
        words = max(1, len(tokens(keyword)))
        held = self.counts.get(normalise(keyword), 0)
        return words * (1.0 + math.log((self.notes + 1) / (held + 1)))

    def score(self, hits: Iterable[tuple[str, Sequence[str]]]) -> float:
        """The sum of the weights of ``(keyword, the note's words that matched it)``, heaviest
        first, each of the note's words counted for one keyword only: "trygg" adds nothing beside
        "trygghet" on the same "trygghet", nor "kompetens" beside "digital kompetens"; but "fiber"
        and "fiberförening" both count in "fiberföreningarna har byggt fiber"."""
        weighed = sorted(((self.weight(k), forms) for k, forms in hits), key=lambda pair: -pair[0])
        covered: set[str] = set()
        total = 0.0
        for weight, forms in weighed:
            for form in sorted(forms, key=len):  # the closest to the keyword first
                words = set(form.split())
                if not words & covered:
                    total += weight
                    covered |= words
                    break
        return total


_NUMBER = re.compile(r"(\d+)")


def code_key(code: str) -> tuple:
    """A theme code in reading order: "2" before "10", "1.2" before "1.10"."""
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in _NUMBER.split(code) if part)


def ranked(found: Sequence, codes: Mapping[Hashable, str] | None = None) -> list:
    """Suggestions strongest first: score, then keywords matched, then theme code (last resort)."""
    codes = codes or {}
    return sorted(found, key=lambda s: (-round(s.score, 9), -len(s.keywords),
                                        code_key(codes.get(s.theme_id, "")), str(s.theme_id)))
