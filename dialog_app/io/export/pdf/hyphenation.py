"""Where a word too long for its line may be cut: Swedish hyphenation points (pyphen's LibreOffice
patterns), and after a slash or a hyphen the word has.

Only a word wider than a whole line (a table cell, mostly) is cut: "utbildningstillfälle" in a
narrow column becomes "utbildnings-" / "tillfälle" rather than "utbildningstillfäl" / "le". The
patterns are Swedish whatever the report's language: what is typed in a consultation is Swedish,
and the long compounds that need cutting are Swedish ones. A web or e-mail address gets no
hyphen (one would read as part of it): it is cut after "/" or ".", or between characters.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pyphen

LANGUAGE = "sv_SE"
HYPHEN = "-"
_LETTERS = re.compile(r"[^\W\d_]+")
_ADDRESS = re.compile(r"://|@|^www\.", re.IGNORECASE)


@lru_cache(maxsize=1)
def _dictionary() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=LANGUAGE)


def points(word: str) -> dict[int, str]:
    """Index -> what the first piece ends with when the word is cut before that index."""
    found: dict[int, str] = {}
    address = bool(_ADDRESS.search(word))
    for i in range(1, len(word)):
        if word[i - 1] in "/-\u2013" or (address and word[i - 1] == "."):
            found[i] = ""
    if not address:
        for run in _LETTERS.finditer(word):
            for at in _dictionary().positions(run.group()):
                found.setdefault(run.start() + at, HYPHEN)
    return found


def mark(word: str, i: int) -> str:
    """The hyphen for a cut between characters: only inside letters, never in an address."""
    inside = 0 < i < len(word) and word[i - 1].isalpha() and word[i].isalpha()
    return HYPHEN if inside and not _ADDRESS.search(word) else ""
