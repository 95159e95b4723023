"""Swedish keyword matching for theme suggestions: stems, compounds, inflections and phrases.

Plain Snowball is not enough for Swedish compounds and some inflections ("bredbandet" stems to
"bredb", "bredband" to "bredband"), so a keyword word matches a token of a note when any of these
holds (all on case-folded, NFC-normalised text; å, ä and ö stay their own letters):

1. the token *is* the keyword; keywords of fewer than 4 letters ("ai", "5g", "el", "it") match
   only that way, so "ai" never fires inside "mail", "fair" or "kaisa";
2. their Snowball stems are equal ("pensionärerna" ~ "pensionärer");
3. the token is the keyword, its stem, or its stem without the unstressed e of -el/-en/-er
   ("studiecirkel" -> "studiecirkl"), followed by an inflection ending from ``ENDINGS``
   ("bedragarna" ~ "bedragare", "digitalt" ~ "digitala", "studiecirklar" ~ "studiecirkel");
4. compound head: the token starts with the keyword ("bredbandsutbyggnad", "äldreomsorgen").
   For a 4-letter keyword the rest must be an inflection ending or a word whose stem has at least
   4 letters, so "mark" finds "marken" and "markägare" but not "marknad" or "marknaden" ("nad" is
   too short to be a word of its own). "marknadsföring" still finds "mark": without a lexicon a
   compound rule cannot see where Swedish words join;
5. compound tail, for keywords of 5 letters or more: the token is at least 3 letters of another
   word, then the keyword (or its stem or e-less form), then an optional inflection ending
   ("fiberutbyggnaden" ~ "utbyggnad", "mobiltäckning" ~ "täckning", "nätbedragarna" ~ "bedragare").

Tokens are runs of letters, digits, combining marks and private-use characters, like the search
index's; a hyphen therefore splits "it-säkerhet" into "it" + "säkerhet". A keyword of several
words ("digital kompetens", "it-café") is a phrase: its words must match consecutive tokens, each
by the rules above ("digitala kompetenser", "IT-caféet"). Hyphenated text is also tried joined
("wi-fi" finds "wifi"), and a hyphenated keyword also matches its joined spelling ("itsäkerhet").
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Hashable, Iterable, Sequence
from functools import lru_cache

import snowballstemmer

SHORT_KEYWORD = 4  # keywords shorter than this match whole tokens only
TAIL_KEYWORD = 5  # keywords at least this long also match as the tail of a compound
TAIL_HEAD = 3  # letters a compound needs in front of a tail keyword ("o" + "säkerhet" is no compound)
HEAD_REST = 4  # what may follow a 4-letter head keyword: an ending, or a word stemmed this long

# Swedish inflection endings (Snowball's step-1 list plus the short definite and genitive forms).
ENDINGS = frozenset(
    """a ad ade ades an ande andes anden andet ar are arens ares arna arnas arne ast aste at
    de e en ena ens er erna ernas ern erns ers es et ets
    het heten hetens heter heterna n na nas ns or orna ornas s t te ts""".split()
)
_ENDING_LENGTHS = tuple(sorted({len(e) for e in ENDINGS}))
_VOWELS = frozenset("aeiouyåäö")
_SYNCOPE = re.compile(r"[bcdfghjklmnpqrstvwxz]e[lnr]$")  # cykel -> cyklar, regel -> regler
_HYPHENS = frozenset("-\u2010\u2011")
_NO_HYPHENS = str.maketrans(dict.fromkeys(_HYPHENS))
_TOKEN_CACHE_LIMIT = 200_000
_MARKS_AND_PRIVATE_USE = frozenset({"Mn", "Mc", "Me", "Co"})

_local = threading.local()


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A word: letters and digits (``\\w`` without "_") plus combining marks and private use, as
    the index has them; and a hyphenated word ("wi-fi", "it-säkerhet")."""
    wanted = [
        code for code in range(0x10000)
        if unicodedata.category(chr(code)) in _MARKS_AND_PRIVATE_USE
    ]
    ranges: list[str] = []
    start = previous = wanted[0]
    for code in [*wanted[1:], -1]:
        if code != previous + 1:
            ranges.append(f"\\u{start:04x}-\\u{previous:04x}")
            start = code
        previous = code
    word = r"[\w" + "".join(ranges) + r"]+"  # "_" is made a space before matching
    hyphen = "[" + "".join(re.escape(h) for h in sorted(_HYPHENS)) + "]"
    return re.compile(word), re.compile(f"{word}(?:{hyphen}{word})+")


def normalise(text: str) -> str:
    """NFC and case-folded: a decomposed "å" is "å", "Å" is "å", and "å" is never "a"."""
    return unicodedata.normalize("NFC", text).casefold()


def _folded(text: str) -> str:
    return normalise(text).replace("_", " ")


def tokens(text: str) -> list[str]:
    """The words of a text, case-folded, in order."""
    return _patterns()[0].findall(_folded(text))


def tokens_and_joined(text: str) -> tuple[list[str], list[str]]:
    """The words of a text, and its hyphenated words joined ("wi-fi" -> "wifi")."""
    folded = _folded(text)
    word, hyphenated = _patterns()
    words = word.findall(folded)
    if not any(h in folded for h in _HYPHENS):
        return words, []
    return words, [chain.translate(_NO_HYPHENS) for chain in hyphenated.findall(folded)]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Swedish Snowball stem of a case-folded word (one stemmer per thread: it keeps state)."""
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer("swedish")
    return stemmer.stemWord(word)


class ThemeMatcher:
    """Keywords of many themes compiled once; ``match(text)`` says which themes a text suggests.

    ``themes`` is a sequence of ``(theme_id, keywords)``; the keywords of a theme may include its
    aliases. Safe to share between threads (its token cache only ever gains correct entries).
    """

    def __init__(self, themes: Iterable[tuple[Hashable, Sequence[str]]]) -> None:
        self._theme_ids: list[Hashable] = []
        self._keywords: list[list[str]] = []
        self._word_ids: dict[str, int] = {}
        self._single: dict[int, list[tuple[int, int]]] = {}  # word -> (theme, keyword) entries
        self._phrases: dict[int, list[tuple[tuple[int, ...], tuple[int, int]]]] = {}
        self._exact: dict[str, set[int]] = {}
        self._stem_equal: dict[str, set[int]] = {}
        self._inflected: dict[str, set[int]] = {}  # form + any ending (or none)
        self._inflected_vowel: dict[str, set[int]] = {}  # e-less form + an ending that starts with a vowel
        self._head: dict[str, list[tuple[int, bool]]] = {}  # keyword -> (word, is 4 letters)
        self._tail: dict[str, set[int]] = {}
        self._tail_vowel: dict[str, set[int]] = {}
        self._cache: dict[str, frozenset[int]] = {}
        for theme_index, (theme_id, keywords) in enumerate(themes):
            self._theme_ids.append(theme_id)
            kept: list[str] = []
            seen: set[str] = set()
            for keyword in keywords:  # "AI" and "ai" are one keyword; the first spelling is shown
                key = normalise(keyword).strip() if isinstance(keyword, str) else ""
                if key and key not in seen:
                    seen.add(key)
                    kept.append(keyword)
            self._keywords.append(kept)
            for keyword_index, keyword in enumerate(kept):
                self._add_keyword(keyword, (theme_index, keyword_index))
        self._head_lengths = sorted({len(k) for k in self._head})
        self._tail_lengths = sorted({len(k) for k in (*self._tail, *self._tail_vowel)})

    @property
    def empty(self) -> bool:
        return not self._single and not self._phrases

    def match(self, text: str) -> dict[Hashable, list[str]]:
        """Theme id -> the keywords that matched, in the theme's keyword order; themes in input order."""
        return {theme: [keyword for keyword, _forms in hits] for theme, hits in self.match_forms(text).items()}

    def match_forms(self, text: str) -> dict[Hashable, list[tuple[str, tuple[str, ...]]]]:
        """Like ``match``, with each keyword the words of the note that matched it, as the note has
        them (case-folded), in the note's order: ``("bredband", ("bredbandet",))``."""
        words, joined = tokens_and_joined(text)
        if not words:
            return {}
        found: dict[tuple[int, int], dict[str, None]] = {}
        single, phrases = self._single, self._phrases
        cached, compute = self._cache.get, self.words_of
        matched = [hit if (hit := cached(word)) is not None else compute(word) for word in words]
        count = len(matched)
        for position, word_set in enumerate(matched):
            for word_id in word_set:
                for entry in single.get(word_id, ()):
                    found.setdefault(entry, {})[words[position]] = None
                for sequence, entry in phrases.get(word_id, ()):
                    end = position + len(sequence)
                    if end <= count and all(
                        sequence[k] in matched[position + k] for k in range(1, len(sequence))
                    ):
                        found.setdefault(entry, {})[" ".join(words[position:end])] = None
        for word in joined:
            for word_id in self.words_of(word):
                for entry in single.get(word_id, ()):
                    found.setdefault(entry, {})[word] = None
        result: dict[Hashable, list[tuple[str, tuple[str, ...]]]] = {}
        for theme_index, keyword_index in sorted(found):
            result.setdefault(self._theme_ids[theme_index], []).append(
                (self._keywords[theme_index][keyword_index], tuple(found[(theme_index, keyword_index)]))
            )
        return result

    def words_of(self, token: str) -> frozenset[int]:
        """The keyword words a (case-folded) token matches, cached."""
        hit = self._cache.get(token)
        if hit is None:
            if len(self._cache) >= _TOKEN_CACHE_LIMIT:
                self._cache.clear()
            hit = self._cache[token] = self._compute(token)
        return hit

    # --- compiling -----------------------------------------------------------------------------

    def _add_keyword(self, keyword: str, entry: tuple[int, int]) -> None:
        words = tokens(keyword)
        if not words:
            return
        if len(words) == 1:
            self._single.setdefault(self._word(words[0]), []).append(entry)
            return
        sequence = tuple(self._word(w) for w in words)
        self._phrases.setdefault(sequence[0], []).append((sequence, entry))
        _, joined = tokens_and_joined(keyword)
        if joined and len(joined) == 1 and "".join(words) == joined[0]:  # "it-café": also "itcafé"
            self._single.setdefault(self._word(joined[0]), []).append(entry)

    def _word(self, word: str) -> int:
        word_id = self._word_ids.get(word)
        if word_id is not None:
            return word_id
        word_id = self._word_ids[word] = len(self._word_ids)
        self._exact.setdefault(word, set()).add(word_id)
        if len(word) < SHORT_KEYWORD:
            return word_id
        stemmed = stem(word)
        self._stem_equal.setdefault(stemmed, set()).add(word_id)
        self._inflected.setdefault(word, set()).add(word_id)
        forms = [word]
        if len(stemmed) >= SHORT_KEYWORD and stemmed != word:
            self._inflected.setdefault(stemmed, set()).add(word_id)
            forms.append(stemmed)
        syncopated = [f[:-2] + f[-1] for f in forms if len(f) >= 5 and _SYNCOPE.search(f)]
        for form in syncopated:
            self._inflected_vowel.setdefault(form, set()).add(word_id)
        self._head.setdefault(word, []).append((word_id, len(word) == SHORT_KEYWORD))
        if len(word) >= TAIL_KEYWORD:
            for form in forms:
                if len(form) >= TAIL_KEYWORD:
                    self._tail.setdefault(form, set()).add(word_id)
            for form in syncopated:
                self._tail_vowel.setdefault(form, set()).add(word_id)
        return word_id

    # --- matching one token --------------------------------------------------------------------

    def _compute(self, token: str) -> frozenset[int]:
        hits: set[int] = set(self._exact.get(token, ()))
        length = len(token)
        if length >= SHORT_KEYWORD:
            hits.update(self._stem_equal.get(stem(token), ()))
        # The token as base + ending, for every ending it could have (and none).
        splits = [(token, "")]
        for size in _ENDING_LENGTHS:
            if size >= length:
                break
            ending = token[-size:]
            if ending in ENDINGS:
                splits.append((token[:-size], ending))
        for base, ending in splits:
            vowel = bool(ending) and ending[0] in _VOWELS
            hits.update(self._inflected.get(base, ()))
            if vowel:
                hits.update(self._inflected_vowel.get(base, ()))
            for size in self._tail_lengths:
                if len(base) - size < TAIL_HEAD:
                    break
                tail = base[-size:]
                hits.update(self._tail.get(tail, ()))
                if vowel:
                    hits.update(self._tail_vowel.get(tail, ()))
        for size in self._head_lengths:
            if size >= length:
                break
            for word_id, four_letters in self._head.get(token[:size], ()):
                rest = token[size:]
                if not four_letters or rest in ENDINGS or len(stem(rest)) >= HEAD_REST:
                    hits.add(word_id)
        return frozenset(hits)
