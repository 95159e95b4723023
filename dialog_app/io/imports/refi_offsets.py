"""Where a REFI-QDA selection stands in its source's text, whatever its tool counted in.

The standard counts positions in characters (code points), as this app's export and QualCoder
do; other tools count UTF-16 code units (.NET, Java: an emoji is two) or UTF-8 bytes (ö is two),
and some count on the text with its Windows line breaks ("\\r\\n") made single. A tool counts one
way throughout a file, so all selections of a source are cut with one counting: the one that fits
the most of them; among those that fit as many, the one whose cuts fall between words most often
(a coder selects words, not halves of them); and on a tie the standard's. A selection that does
not fit the chosen counting (beyond the text, inside a character, end before start) is not cut.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

CHARACTERS = "characters"
UTF16 = "utf-16"
UTF8 = "utf-8"
SINGLE_BREAKS = "+lf"  # appended to a counting's name when it counted "\r\n" as one


@dataclass(frozen=True)
class Counting:
    """One way of counting positions in one text: ``starts[i]`` is where character ``i`` begins."""

    name: str
    text: str
    starts: tuple[int, ...] | None  # None: positions are character indexes

    def index(self, position: int) -> int | None:
        """The character index a position names; None for one beyond the text or inside a character."""
        if self.starts is None:
            return position if 0 <= position <= len(self.text) else None
        found = bisect_left(self.starts, position)
        return found if found < len(self.starts) and self.starts[found] == position else None

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        first, last = self.index(start), self.index(end)
        if first is None or last is None or last < first:
            return None
        return first, last


@dataclass(frozen=True)
class Cuts:
    counting: str  # the name of the counting used
    texts: tuple[str | None, ...]  # each selection's text, None where it did not fit


def cut(text: str, spans: Sequence[tuple[int, int]]) -> Cuts:
    """Each span's piece of ``text``, counted the way that fits the spans best."""
    best: tuple[tuple[int, int, int], Counting, list[tuple[int, int] | None]] | None = None
    for preference, counting in enumerate(countings(text)):
        found = [counting.span(start, end) for start, end in spans]
        fits = sum(item is not None for item in found)
        words = sum(between_words(counting.text, i) + between_words(counting.text, j)
                    for i, j in (item for item in found if item is not None))
        score = (fits, words, -preference)
        if best is None or score > best[0]:
            best = (score, counting, found)
    assert best is not None  # characters are always a counting
    _score, counting, found = best
    return Cuts(counting.name, tuple(counting.text[i:j] if i is not None else None
                                     for i, j in (item or (None, None) for item in found)))


def countings(text: str) -> list[Counting]:
    """The ways of counting that could differ on this text, the standard's first."""
    made = _units(text, "")
    if "\r\n" in text:
        made += _units(text.replace("\r\n", "\n"), SINGLE_BREAKS)
    return made


def _units(text: str, suffix: str) -> list[Counting]:
    made = [Counting(CHARACTERS + suffix, text, None)]
    if not text.isascii():
        if any(ord(ch) > 0xFFFF for ch in text):
            made.append(Counting(UTF16 + suffix, text, _starts(text, lambda ch: 2 if ord(ch) > 0xFFFF else 1)))
        made.append(Counting(UTF8 + suffix, text, _starts(text, lambda ch: len(ch.encode("utf-8", "surrogatepass")))))
    return made


def _starts(text: str, width) -> tuple[int, ...]:
    return (0, *accumulate(width(ch) for ch in text))


def between_words(text: str, index: int) -> bool:
    """True unless ``index`` falls inside a word (a letter or digit on both sides)."""
    return index <= 0 or index >= len(text) or not (text[index - 1].isalnum() and text[index].isalnum())
