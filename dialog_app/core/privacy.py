"""Find and mask personal data (e-mail, phone, personnummer, given names) in free note text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

__all__ = ["MASKS", "Finding", "find_names", "find_personal_data", "mask_personal_data"]

EMAIL = "email"
PHONE = "phone"
PERSONAL_NUMBER = "personal_number"
NAME = "name"

# What a projector or an export shows instead of the personal data; callers may pass their own.
MASKS: dict[str, str] = {
    EMAIL: "[e-post]",
    PHONE: "[telefon]",
    PERSONAL_NUMBER: "[personnummer]",
    NAME: "[namn]",
}

# When two findings cover exactly the same span, the lower rank names it. A bare ten-digit
# "07…" string is far more often a mobile number than the personnummer of someone born in 2007.
_RANK = {EMAIL: 0, PHONE: 1, PERSONAL_NUMBER: 2, NAME: 3}


@dataclass(frozen=True)
class Finding:
    """One piece of personal data: its kind, its span in code points, and the text found there."""

    kind: str
    start: int
    end: int
    text: str


# Combining marks belong to the letter before them, so they never make a word boundary.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"

# --- e-mail ------------------------------------------------------------------------------------
# Anchored on the "@" (or a spelled-out "at"): the local part is walked back from there, so long
# words never make the engine try every possible start of a local part.

_AT = re.compile(
    r"[@\uff20\ufe6b]"  # @, fullwidth and small @
    r"|[(\[{][ \u00a0]*+(?:at|snabel-?a)[ \u00a0]*+[)\]}][ \t\u00a0]*+"  # (at) [at] {at}
    r"|(?<=[ \t\u00a0])snabel[- ]?a[ \t\u00a0]++",  # "anna.berg snabel-a example.se"
    re.IGNORECASE,
)
_BLANKS = " \t\u00a0"
_LOCAL_PUNCT = frozenset(".%+'-_")
_LOCAL_MAX = 64  # RFC 5321
_LABEL = rf"[^\W_][\w{_MARKS}-]{{0,62}}(?<!-)"
_DOT = r"(?:\.|[ \u00a0]?[(\[{][ \u00a0]?(?:dot|punkt)[ \u00a0]?[)\]}][ \u00a0]?)"
_TLD = rf"(?:xn--[a-z0-9-]{{1,59}}|[^\W\d_](?:[^\W\d_]|[{_MARKS}]){{1,62}})"
_DOMAIN = re.compile(rf"(?:{_LABEL}{_DOT}){{1,10}}{_TLD}(?![\w{_MARKS}-])", re.IGNORECASE)


def _is_local_char(char: str) -> bool:
    return char.isalnum() or char in _LOCAL_PUNCT or unicodedata.category(char)[0] == "M"


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_" or unicodedata.category(char)[0] == "M"


def _emails(text: str) -> Iterable[tuple[str, int, int]]:
    """Walks back from each @ over the local part, then matches the domain forward."""
    for at in _AT.finditer(text):
        end_local = at.start()
        if text[end_local] not in "@\uff20\ufe6b":  # a spelled-out "at" may have blanks before it
            while end_local > 0 and text[end_local - 1] in _BLANKS:
                end_local -= 1
        if end_local == 0 or not _is_word_char(text[end_local - 1]):
            continue
        start = end_local
        limit = max(0, end_local - _LOCAL_MAX)
        while start > limit and _is_local_char(text[start - 1]):
            start -= 1
        while start < end_local and not _is_word_char(text[start]):  # no leading dot, quote, …
            start += 1
        domain = _DOMAIN.match(text, at.end())
        if domain:
            yield EMAIL, start, domain.end()


# --- phone numbers -----------------------------------------------------------------------------
# The regexes only propose a span; _swedish_end checks the digit count and the grouping, the
# rules that tell "070-123 45 67" from dates, times, postal codes and amounts.

_SP = r"[ \u00a0]"
_DASH = "\\-\u2010\u2011\u2012\u2013"
_SEP_AREA = rf"(?:{_SP}?[{_DASH}]{_SP}?|{_SP})"
_SEP_GROUP = rf"(?:{_SP}?[{_DASH}.]{_SP}?|{_SP})"
_SUBSCRIBER = rf"[0-9]{{2,8}}(?:{_SEP_GROUP}[0-9]{{1,4}}){{0,4}}"
_PHONE_END = rf"(?![\w{_MARKS}]|[{_DASH}/.,:][0-9])"
_UNIT = rf"(?!{_SP}?(?:%|(?:kr|kronor|sek|mkr|tkr|mnkr|procent)\b))"  # "+25 000 000 kr" is money
_PHONE_START = rf"(?<![\w{_MARKS}+{_DASH}./,])"

_NATIONAL = re.compile(
    rf"{_PHONE_START}(?:\(0[1-9][0-9]{{0,3}}\){_SP}?|0[1-9][0-9]{{0,3}}{_SEP_AREA}?"
    rf"|0[1-9][0-9]{{1,3}}\.)"  # "070.174.06.12", but not "08.12.2026"
    rf"{_SUBSCRIBER}{_PHONE_END}"
)
_SWEDEN = re.compile(
    rf"{_PHONE_START}(?:\+|00){_SP}?46{_SP}?[{_DASH}]?{_SP}?(?:\(0\){_SP}?[{_DASH}]?{_SP}?)?"
    rf"(?P<rest>[1-9][0-9]{{0,3}}{_SEP_AREA}?{_SUBSCRIBER}){_PHONE_END}{_UNIT}"
)
_FOREIGN = re.compile(
    rf"{_PHONE_START}(?:\+|00)(?!46)(?P<cc>[1-9][0-9]{{0,2}}){_SP}?[{_DASH}]?{_SP}?(?:\(0\){_SP}?)?"
    rf"(?P<rest>[0-9]{{1,5}}(?:{_SEP_GROUP}[0-9]{{1,5}}){{0,5}}){_PHONE_END}{_UNIT}"
)
_DIGIT_RUN = re.compile(r"[0-9]+")
_THOUSANDS = re.compile(rf"[0-9]{{1,3}}(?:{_SP}[0-9]{{3}})+")  # "2 000 000": an amount


def _groups(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_DIGIT_RUN.finditer(text, start, end))


def _swedish_end(groups: list[re.Match[str]], trunk: str = "") -> int | None:
    """The end of a valid Swedish number made of these digit groups (the last ones may be a
    neighbouring number and are dropped), or None. ``trunk`` is the "0" that +46 leaves out."""
    digits = [trunk + groups[0].group()] + [g.group() for g in groups[1:]]
    while len(digits) > 1 and sum(map(len, digits)) > 10:
        digits.pop()
    total = "".join(digits)
    if not 8 <= len(total) <= 10 or total[1] == "0":
        return None
    mobile = total.startswith("07")
    if mobile and len(total) != 10:
        return None
    if len(digits) > 1:
        area = digits[0]
        if not 2 <= len(area) <= 4 or (len(area) == 2 and area != "08"):
            return None
        subscriber = total[len(area):]
        if len(subscriber) < 5 or (subscriber[0] == "0" and not mobile):
            return None
    return groups[len(digits) - 1].end()


def _phones(text: str) -> Iterable[tuple[str, int, int]]:
    """Swedish numbers national and with +46/0046, and foreign ones written with a country code."""
    if "0" in text:
        for m in _NATIONAL.finditer(text):
            end = _swedish_end(_groups(text, m.start(), m.end()))
            if end is not None:
                yield PHONE, m.start(), end
    if "+" in text or "00" in text:
        for m in _SWEDEN.finditer(text):
            end = _swedish_end(_groups(text, m.start("rest"), m.end("rest")), trunk="0")
            if end is not None:
                yield PHONE, m.start(), end
        for m in _FOREIGN.finditer(text):
            rest = m.group("rest")
            digits = sum(map(len, _DIGIT_RUN.findall(rest)))
            if 6 <= digits <= 12 and not _THOUSANDS.fullmatch(text, m.start("cc"), m.end()):
                yield PHONE, m.start(), m.end()


# --- personnummer and samordningsnummer --------------------------------------------------------

_PNR_HINT = re.compile(r"[0-9][0-9]{5}")  # a leading class, not a repeat: the engine skips ahead
_PNR = re.compile(
    rf"(?<![\w{_MARKS}+{_DASH}./,])(?P<century>18|19|20)?(?P<date>[0-9]{{6}})[{_DASH}+]?"
    rf"(?P<serial>[0-9]{{4}}){_PHONE_END}"
)


def _luhn_ok(digits: str) -> bool:
    """Skatteverket's check digit: Luhn over the ten digits YYMMDDNNNC."""
    total = 0
    for i, char in enumerate(digits):
        product = int(char) * (2 - i % 2)
        total += product - 9 if product > 9 else product
    return total % 10 == 0


def _date_ok(century: str | None, yymmdd: str) -> bool:
    """A real calendar date; a day of 61–91 is a samordningsnummer (day + 60)."""
    yy, month, day = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    if day > 60:
        day -= 60
    years = (int(century) * 100 + yy,) if century else (2000 + yy, 1900 + yy)
    for year in years:
        try:
            date(year, month, day)
        except ValueError:
            continue
        return True
    return False


def _personal_numbers(text: str) -> Iterable[tuple[str, int, int]]:
    if not _PNR_HINT.search(text):
        return
    for m in _PNR.finditer(text):
        if _date_ok(m.group("century"), m.group("date")) and _luhn_ok(m.group("date") + m.group("serial")):
            yield PERSONAL_NUMBER, m.start(), m.end()


# --- names -------------------------------------------------------------------------------------
# Names are matched in the lower-cased text with plain literals. That is what makes them cheap:
# a pattern of literals lets the regex engine skip in C to the next plausible first letter,
# where IGNORECASE, per-letter classes or a leading lookbehind make it try every branch at every
# position (measured five to ten times slower on typical notes).

_HYPHEN = "\\-\u2010\u2011"
_NAME_SEP = re.compile(r"[\s\-\u2010\u2011\u2013]+")
_NAME_GAP = r"[\s\-\u2010\u2011\u2013]++"
_WORD = rf"[\w{_MARKS}]"


@lru_cache(maxsize=64)
def _names_pattern(names: tuple) -> re.Pattern[str] | None:
    """One regex for all names, built as a trie so a position costs one branch, not one per name.

    Each name also matches in its other Unicode normal form, with any spacing or hyphen between
    its parts ("Per-Olof" = "Per Olof"), and in the possessive ("Annas", "Anna Bergs", "Anna's").
    """
    trie: dict = {}
    for raw in names:
        if not isinstance(raw, str):
            continue
        name = raw.strip()
        if len(name) < 2:
            continue
        for form in {unicodedata.normalize("NFC", name), unicodedata.normalize("NFD", name)}:
            tokens: list[str] = []
            for part in _NAME_SEP.split(form.lower()):
                if part:
                    if tokens:
                        tokens.append(" ")  # stands for a separator
                    tokens.extend(part)
            if not tokens:
                continue
            node = trie
            for token in tokens:
                node = node.setdefault(token, {})
            node[""] = {}  # a name ends here
    if not trie:
        return None

    def compile_node(node: dict, depth: int) -> str:
        # A name must start a word. That is checked by a lookbehind after its second letter (or
        # its first, if a gap or the end follows): most candidate positions fail on the letters.
        branches = []
        for token, child in sorted(node.items()):
            if not token:
                continue
            piece = _NAME_GAP if token == " " else re.escape(token)
            if depth == 0 and ("" in child or " " in child):
                piece += rf"(?<!{_WORD}.)(?<!{_WORD}[{_HYPHEN}].)"
                depth_after = 2
            elif depth == 1:
                piece += rf"(?<!{_WORD}..)(?<!{_WORD}[{_HYPHEN}]..)"
                depth_after = 2
            else:
                depth_after = depth + 1
            branches.append(piece + compile_node(child, depth_after))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body  # greedy "?": the longest name first

    return re.compile(
        compile_node(trie, 0) + rf"(?:['\u2019:]?s)?(?!{_WORD}|[{_HYPHEN}]{_WORD})", re.DOTALL
    )


def _lowered(text: str, low: str) -> list[int] | None:
    """None when ``low`` (the text in lower case) lines up with the text, else where each of its
    code points came from: lower-casing can lengthen the text ("İ" becomes two code points)."""
    if len(low) == len(text):
        return None
    origin = [i for i, char in enumerate(text) for _ in char.lower()]
    origin.append(len(text))
    return origin


def _names(text: str, low: str, names: tuple) -> Iterable[tuple[str, int, int]]:
    pattern = _names_pattern(names)
    if pattern is None:
        return
    origin = _lowered(text, low)
    for m in pattern.finditer(low):
        start, end = m.span()
        if origin is not None:
            start, end = origin[start], origin[end - 1] + 1
        yield NAME, start, end


# --- public API --------------------------------------------------------------------------------


def _name_key(names: Iterable[str] | str | None) -> tuple:
    """A hashable key for the pattern cache; a single string is one name, not its letters."""
    if not names:
        return ()
    if isinstance(names, str):
        return (names,)
    key = names if type(names) is tuple else tuple(names)
    try:
        hash(key)
    except TypeError:  # not names at all; keep the strings among them
        key = tuple(n for n in key if isinstance(n, str))
    return key


def _resolve(candidates: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Non-overlapping spans. The longest candidate names the span, and absorbs the candidates it
    only partly overlaps, so no digit or local part of a losing candidate is left readable."""
    candidates.sort(key=lambda c: (c[1], c[2]))
    clusters: list[list[tuple[str, int, int]]] = []
    end = -1
    for cand in candidates:
        if clusters and cand[1] < end:
            clusters[-1].append(cand)
            end = max(end, cand[2])
        else:
            clusters.append([cand])
            end = cand[2]
    resolved = []
    for cluster in clusters:
        kind = min(cluster, key=lambda c: (c[1] - c[2], _RANK[c[0]]))[0]
        resolved.append((kind, cluster[0][1], max(c[2] for c in cluster)))
    return resolved


def find_personal_data(text: str, names: Iterable[str] = (), extra: Iterable[tuple[int, int]] = ()) -> list[Finding]:
    """All findings, sorted by start, non-overlapping (longest wins). ``extra``: spans known to be
    names by other means (a possible name the writer confirmed, found by the name detector).

    The longest of overlapping candidates gives the kind; a shorter one that sticks out of it is
    absorbed into its span, so masking never leaves half a number or address readable.
    """
    if not text:
        return []
    candidates: list[tuple[str, int, int]] = []
    low = text.lower()
    # Substring tests run in C; most notes have no "@", no bracket and no digits at all.
    if "@" in text or ")" in text or "]" in text or "}" in text or "nabel" in low or "\uff20" in text \
            or "\ufe6b" in text:
        candidates.extend(_emails(text))
    candidates.extend(_phones(text))
    candidates.extend(_personal_numbers(text))
    candidates.extend(_names(text, low, _name_key(names)))
    candidates.extend((NAME, start, end) for start, end in extra)
    if not candidates:
        return []
    return [Finding(kind, start, end, text[start:end]) for kind, start, end in _resolve(candidates)]


def find_names(text: str, names: Iterable[str]) -> list[Finding]:
    """Only these names (any case, the possessive, any spacing or hyphen between their parts), none
    of the other kinds: what an erasure replaces. Unlike ``find_personal_data`` no e-mail or phone
    found around a name can absorb it."""
    if not text:
        return []
    found = _names(text, text.lower(), _name_key(names))
    return [Finding(kind, start, end, text[start:end]) for kind, start, end in found]


def mask_personal_data(
    text: str, names: Iterable[str] = (), masks: Mapping[str, str] | None = None,
    extra: Iterable[tuple[int, int]] = (),
) -> tuple[str, list[Finding]]:
    """The text with each finding replaced by a mask, and the findings (offsets into the ORIGINAL text)."""
    findings = find_personal_data(text, names, extra)
    if not findings:
        return text, findings
    chosen = MASKS if masks is None else {**MASKS, **masks}
    pieces = []
    position = 0
    for finding in findings:
        pieces.append(text[position:finding.start])
        pieces.append(chosen[finding.kind])
        position = finding.end
    pieces.append(text[position:])
    return "".join(pieces), findings
