"""Finding likely person names in note text nobody registered, offline (issue 14).

A name typed into a note ("enligt Jonathan Mayhew", "Annas förslag") is personal data whether or
not the person is in the participant register. This finds *possible* names for the writer to
confirm (mask) or dismiss; it never decides alone. It uses lists shipped in ``resources/names/``
(first names and surnames common in Sweden, and capitalised words that are not names: places,
organisations, words that start sentences) and a few rules of context:

- a known first name, capitalised, with the capitalised words that follow it ("Anna Svensson",
  "Per-Olof Lindqvist", "Jonathan Mayhew"), or typed in lower case right after a word of saying
  ("sa johan");
- a capitalised word that is no known place, organisation or common word, after a word of saying
  ("enligt", "sa", "tycker", "according to") or a title ("kommunalrådet", "rektor", "dr"), or before
  a word of saying ("Mayhew sa"), or coming "from" somewhere ("Liv från PRO menar");
- a first name that is also an ordinary word ("Per", "Bo", "Max", "Björn") only with such context
  or a surname after it;
- a name that is part of a place or an institution's name ("Astrid Lindgrens Värld", "Karolinska
  Institutet", "Gustav Adolfs torg") is not a person.

Genitive forms ("Annas", "Anna Svenssons", "Anna's") are found and named by their base form, the
key the writer's choice is remembered under.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dialog_app.core.paths import resources_dir

# Words after which a capitalised word (or a known first name in lower case) is a person speaking.
SAYING_BEFORE = frozenset({
    "sa", "säger", "sade", "enligt", "tycker", "tyckte", "menar", "menade", "berättade", "berättar", "frågade",
    "frågar", "undrade", "undrar", "påpekade", "påpekar", "föreslog", "föreslår", "svarade", "svarar", "nämnde",
    "tipsade", "lyfte", "betonade", "förklarade", "skrev", "citerade", "med", "och", "till", "från", "av", "hos",
    "said", "says", "asked", "told", "to", "by", "with", "and", "from",
})
# Context words strong enough alone to make a capitalised unknown word a person's name.
STRONG_BEFORE = frozenset({"sa", "säger", "sade", "enligt", "tycker", "tyckte", "menar", "menade", "berättade",
                           "frågade", "undrade", "påpekade", "föreslog", "svarade", "nämnde", "said", "says",
                           "asked", "told"})
# Words after a name strong enough alone: a person says or thinks something ("Liv från PRO menar").
STRONG_AFTER = frozenset({
    "sa", "säger", "sade", "tycker", "tyckte", "menar", "menade", "berättade", "berättar", "frågade", "frågar",
    "undrade", "undrar", "påpekade", "föreslog", "svarade", "nämnde", "från", "said", "says", "asked", "thinks",
    "thought", "told", "noted", "from",
})
TITLES = frozenset({
    "kommunalrådet", "kommunalråd", "regionrådet", "rektor", "rektorn", "enhetschef", "enhetschefen",
    "verksamhetschef", "verksamhetschefen", "förvaltningschef", "förvaltningschefen", "kommundirektör",
    "kommundirektören", "regiondirektör", "regiondirektören", "ordförande", "ordföranden", "ministern",
    "minister", "statsrådet", "landshövding", "landshövdingen", "professor", "professorn", "docent", "dr",
    "doktor", "läkaren", "sjuksköterskan", "bibliotekarien", "projektledaren", "projektledare", "samordnaren",
    "handläggaren", "vd", "vd:n", "kollegan", "grannen", "mamma", "pappa", "farmor", "mormor", "farfar",
    "morfar", "herr", "fru", "fröken", "mr", "mrs", "ms", "miss", "sir", "prof", "chefen", "sekreteraren",
})
# Words after a name that make it part of a place's or an institution's name.
INSTITUTION = frozenset({
    "värld", "institutet", "institut", "torg", "torget", "gata", "gatan", "väg", "vägen", "plan", "plats",
    "platsen", "skola", "skolan", "gymnasiet", "gymnasium", "sjukhus", "sjukhuset", "park", "parken",
    "stiftelse", "stiftelsen", "priset", "pris", "bro", "bron", "hall", "hallen", "hus", "huset", "museum",
    "museet", "kyrka", "kyrkan", "centrum", "center", "university", "universitet", "foundation", "street",
    "square", "prize", "school", "hospital", "institute", "vårdcentral", "vårdcentralen", "förskola",
    "förskolan", "bibliotek", "biblioteket", "station", "stationen", "hamn", "hamnen", "kulturhus",
    "kulturhuset", "gården", "arena", "arenan", "scen", "scenen",
})
# Endings of a compound that make a capitalised word a place's or an institution's name.
INSTITUTION_ENDINGS = ("skolan", "institutet", "sjukhuset", "gatan", "vägen", "gården", "huset", "torget",
                       "parken", "kyrkan", "hallen", "museet", "stiftelsen")
_WORD = re.compile(r"[^\W\d_](?:[\w\u0300-\u036f'’]|-(?=[^\W\d_]))*")
_SENTENCE_END = re.compile(r"[.!?:;\n\"“”«»(\[]\s*$|^\s*$")
_GENITIVE = ("'s", "’s", ":s", "s")


@dataclass(frozen=True)
class NameLists:
    first: frozenset[str]  # casefolded
    surnames: frozenset[str]
    not_names: frozenset[str]
    ambiguous: frozenset[str]  # first names that are also ordinary words

    def is_first(self, word: str) -> bool:
        """A first name, or a double one ("anna-karin", "per-olof")."""
        return word in self.first or ("-" in word and all(part in self.first for part in word.split("-")))

    def is_surname(self, word: str) -> bool:
        """A surname, or a double one ("svensson-lind")."""
        return word in self.surnames or ("-" in word and all(
            part in self.surnames or part in self.first for part in word.split("-")))

    def is_name(self, word: str) -> bool:
        return self.is_first(word) or self.is_surname(word)


@dataclass(frozen=True)
class PossibleName:
    """A stretch of note text that is likely a person's name, and the key the writer's choice is
    remembered under (the base form, genitive taken off, in lower case)."""

    start: int
    end: int
    text: str
    key: str
    reason: str  # "first name", "first name and surname", "context", "title"


def _read(folder: Path, name: str) -> frozenset[str]:
    path = folder / name
    if not path.is_file():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(_fold(line) for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def shipped_lists() -> NameLists:
    """The lists in ``resources/names`` (read once)."""
    folder = resources_dir() / "names"
    return NameLists(_read(folder, "first_names.txt"), _read(folder, "surnames.txt"),
                     _read(folder, "not_names.txt"), _read(folder, "ambiguous_first_names.txt"))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip()).casefold()


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str
    folded: str
    base: str  # folded, a genitive ending taken off where the rest is a known name
    capital: bool
    sentence_start: bool


def _tokens(text: str, lists: NameLists) -> list[_Token]:
    """The words of ``text``; what only a name's first word needs is worked out for the words that
    could start one (capitalised, or ending in a genitive -s, or a known first name)."""
    found = []
    normal = text.isascii() or unicodedata.is_normalized("NFC", text)
    for match in _WORD.finditer(text):
        word = match.group()
        folded = word.casefold() if normal else _fold(word)
        capital = word[:1].isupper()
        start = match.start()
        if capital:
            sentence_start = bool(_SENTENCE_END.search(text[max(0, start - 3):start])) if start else True
        else:
            sentence_start = not start
        base = _base(folded, lists) if capital or folded[-1:] == "s" or folded in lists.first else folded
        found.append(_Token(start, match.end(), word, folded, base, capital, sentence_start))
    return found


def _base(folded: str, lists: NameLists) -> str:
    """The word without a genitive ending, when that leaves a known name (else the word)."""
    if lists.is_name(folded):
        return folded
    for ending in _GENITIVE:
        if folded.endswith(ending) and len(folded) > len(ending) + 1:
            stem = folded[: -len(ending)]
            if lists.is_name(stem):
                return stem
    return folded


def find_possible_names(text: str, lists: NameLists | None = None) -> list[PossibleName]:
    """The likely person names in ``text``, in order, not overlapping."""
    lists = lists or shipped_lists()
    if not text or not lists.first:
        return []
    tokens = _tokens(text, lists)
    found: list[PossibleName] = []
    index = 0
    while index < len(tokens):
        hit = _name_at(text, tokens, index, lists)
        if hit is None:
            index += 1
            continue
        span_end, reason = hit
        first, last = tokens[index], tokens[span_end]
        if not _institution_follows(tokens, span_end, text):
            found.append(PossibleName(first.start, last.end, text[first.start:last.end],
                                      _key(tokens[index:span_end + 1]), reason))
        index = span_end + 1
    return found


def _key(tokens: list[_Token]) -> str:
    parts = [t.folded for t in tokens[:-1]] + [tokens[-1].base if tokens[-1].base != tokens[-1].folded
                                                 else _strip_genitive(tokens[-1].folded)]
    return " ".join(parts)


def _strip_genitive(folded: str) -> str:
    for ending in ("'s", "’s", ":s"):
        if folded.endswith(ending):
            return folded[: -len(ending)]
    return folded


def _name_at(text: str, tokens: list[_Token], index: int, lists: NameLists) -> tuple[int, str] | None:
    """(the index of the name's last token, why) when a name starts at ``tokens[index]``."""
    token = tokens[index]
    if not token.capital and not lists.is_first(token.base):
        return None  # most words: lower case, and no name
    previous = tokens[index - 1] if index and (_adjacent(text, tokens[index - 1], token) or _abbreviated_title(
        text, tokens[index - 1], token)) else None
    before = previous.folded if previous else ""
    strong = before in STRONG_BEFORE or before in TITLES
    following = tokens[index + 1] if index + 1 < len(tokens) and _adjacent(text, token, tokens[index + 1]) else None
    strong_after = following is not None and following.folded in STRONG_AFTER
    listed = _listed_with_a_name(text, tokens, index, lists)
    if not token.capital:
        plain = token.base not in lists.ambiguous and token.folded not in lists.not_names
        if lists.is_first(token.base) and plain and (
                before in STRONG_BEFORE or (strong_after and following.folded != "från") or index == 0 or listed):
            return _extend(text, tokens, index, lists), "context"  # "sa johan", "nisse sa", "mohammed + lisa:"
        return None
    if "-" in token.text and token.text.rsplit("-", 1)[1][:1].islower() and not lists.is_first(token.base):
        return None  # "IT-avdelningen", "Marie-skolan": a compound, not a name
    if token.folded in lists.not_names and not lists.is_first(token.base):
        return None
    end = _extend(text, tokens, index, lists)
    has_surname = end > index
    if lists.is_first(token.base):
        homograph = token.base in lists.ambiguous or token.folded in lists.not_names  # "Björn", "Dorotea"
        if homograph and not (has_surname or strong or strong_after or listed or _age_follows(text, token)):
            return None
        return end, "first name and surname" if has_surname else "first name"
    if token.folded in lists.not_names:
        return None
    if before in TITLES:
        return end, "title"
    if strong or (strong_after and following.folded != "från" and not token.sentence_start) or (
            before in SAYING_BEFORE and has_surname and lists.is_surname(tokens[end].base)):
        return end, "context"
    if lists.is_surname(token.base) and has_surname and lists.is_surname(tokens[end].base):
        return end, "first name and surname"  # two surnames: "Lind Svensson"? rare, but a name
    return None


def _extend(text: str, tokens: list[_Token], index: int, lists: NameLists) -> int:
    """The last of the capitalised words that go on a name from ``tokens[index]`` (at most three
    more): known surnames or first names, or words no list knows; never a place or a word of saying."""
    end = index
    while end + 1 < len(tokens) and end - index < 3:
        current, following = tokens[end], tokens[end + 1]
        lower_surname = not tokens[index].capital and lists.is_surname(following.base) and not following.capital
        if not (following.capital or lower_surname) or following.sentence_start or not _adjacent(
                text, current, following):
            break
        if current.base != current.folded and not lists.is_first(current.folded):  # "Annas Bok": a genitive ends it
            break
        known = lists.is_name(following.base)
        if not known and following.folded in lists.not_names:
            break
        if following.folded in INSTITUTION:
            break
        end += 1
    return end


def _abbreviated_title(text: str, left: _Token, right: _Token) -> bool:
    """"Mr. O'Connor", "Dr. Lind": a title with a full stop before the name."""
    return left.folded in TITLES and text[left.end:right.start].strip() == "."


def _listed_with_a_name(text: str, tokens: list[_Token], index: int, lists: NameLists) -> bool:
    """The word stands in a list with a first name that is no ordinary word ("Liv, Max och Klara",
    "mohammed + lisa"), joined by a comma, "och", "and", "&" or "+"."""
    for step in (-1, 1):
        at = index + step
        while 0 <= at < len(tokens):
            between = text[tokens[min(at, index)].end:tokens[max(at, index)].start] if abs(at - index) == 1 else None
            if between is not None and between.strip() in (",", "+", "&"):
                neighbour = tokens[at]
            elif tokens[at].folded in ("och", "and") and 0 <= at + step < len(tokens):
                neighbour = tokens[at + step]
            else:
                break
            if lists.is_first(neighbour.base) and (neighbour.base not in lists.ambiguous or (
                    neighbour.capital and tokens[index].capital)):  # "Liv, Max och Klara"
                return True
            if neighbour.base not in lists.ambiguous:
                break
            at = tokens.index(neighbour) + step
    return False


def _age_follows(text: str, token: _Token) -> bool:
    """"Vilja (15 år)", "Max (14)": an age in brackets after the word."""
    return bool(re.match(r"\s*\(\s*\d{1,3}\b", text[token.end:]))


def _adjacent(text: str, left: _Token, right: _Token) -> bool:
    """Only a space (or a line's break) between two words: no comma or full stop."""
    between = text[left.end:right.start]
    return between.strip() == "" and "\n\n" not in between


def _institution_follows(tokens: list[_Token], end: int, text: str) -> bool:
    """A name ending in a genitive or an institution word right after it: a place or an institution
    ("Astrid Lindgrens Värld", "Gustav Adolfs torg", "Karolinska Institutet", "Ingrid Marie-skolan",
    "Hjalmar Lundbohmsgården")."""
    last = tokens[end]
    if "-" in last.text and last.text.rsplit("-", 1)[1].casefold() in INSTITUTION:
        return True
    if last.folded.endswith(INSTITUTION_ENDINGS) and not last.folded in INSTITUTION_ENDINGS:
        return True
    if end + 1 < len(tokens) and _adjacent(text, last, tokens[end + 1]):
        following = tokens[end + 1].folded
        if following in INSTITUTION or any(following.endswith(word) and len(following) > len(word) + 2
                                           for word in INSTITUTION_ENDINGS):
            return True
    return False
