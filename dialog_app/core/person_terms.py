"""Who a register extract or an erasure looks for, and where a text names them (issue 14).

A person is looked for by:

- their full name, as asked and as the participant register spells it, in any case and with its
  Swedish inflections ("Anna Svenssons", "Anna Svensson's", "Anna-Svensson"), found by
  ``privacy.find_names`` exactly as an export finds a registered name;
- every e-mail address of their register entries, literally, in any case;
- every phone number of their register entries, by its digits: "070-123 45 67", "0701234567",
  "(070) 123 45 67" and "+46 70 123 45 67" are one number.

A bare first name or surname alone is NOT taken to be the person: "Anna" or "Svensson" alone names
many people, and replacing every one of them would erase others. To erase a bare name too, ask for
it as a name of its own (``erase("Anna")`` replaces every "Anna", including the first name of any
other Anna). A name that is also an ordinary word ("Björn", "Rosa") is matched only where the name
detector finds it used as a name, as an export masks it.

What replaces them is one mark, ``MARK``, for a name, an e-mail and a phone alike: after an erasure
nothing should tell which of them stood there.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from dialog_app.core.name_detection import find_possible_names
from dialog_app.core.privacy import find_names

MARK = "[borttagen person]"
MIN_PHONE_DIGITS = 6  # fewer digits would match amounts and years: such a "phone" is not looked for

_SEPARATOR = r"[\s\-\u2010-\u2013./()]{0,3}"
_DIGITS = re.compile(r"\d")


def key_of(name: str) -> str:
    """A name as the possible-name choices and the register compare it: NFC, case-folded, one space."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


@dataclass(frozen=True)
class PersonTerms:
    """The names, e-mail addresses and phone numbers of one person (or of several, for anonymising)."""

    names: tuple[str, ...]
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    detected_only: frozenset[str] = frozenset()  # name keys matched only where the detector finds a name

    @property
    def searched_for(self) -> tuple[str, ...]:
        return (*self.names, *self.emails, *self.phones)

    @classmethod
    def of(cls, names: tuple[str, ...], searched_for: tuple[str, ...]) -> PersonTerms:
        """The terms again from what an erasure reported (``ErasureResult``): its names, and the
        e-mails (with an "@") and phones among the rest."""
        others = [term for term in searched_for if term not in names]
        return cls(tuple(names), tuple(dict.fromkeys(t for t in others if "@" in t)),
                   tuple(dict.fromkeys(t for t in others if "@" not in t)))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` names the person, sorted and not overlapping."""
        if not text:
            return []
        found = [(f.start, f.end) for f in find_names(text, self._plain_names())]
        if self.detected_only:
            found += [(n.start, n.end) for n in find_possible_names(text) if n.key in self.detected_only]
        for pattern in self._patterns():
            found += [m.span() for m in pattern.finditer(text)]
        return _merged(found)

    def holds(self, text: str) -> bool:
        return bool(self.spans(text))

    def replace(self, text: str, mark: str = MARK) -> tuple[str, int]:
        """The text with every span replaced by ``mark``, and how many there were."""
        spans = self.spans(text)
        if not spans:
            return text, 0
        pieces, position = [], 0
        for start, end in spans:
            pieces += [text[position:start], mark]
            position = end
        pieces.append(text[position:])
        return "".join(pieces), len(spans)

    def scrub(self, value: Any, mark: str = MARK) -> tuple[Any, int]:
        """A JSON value with the person replaced in every string, dictionary keys included."""
        if isinstance(value, str):
            return self.replace(value, mark)
        if isinstance(value, list):
            results = [self.scrub(item, mark) for item in value]
            return [item for item, _n in results], sum(n for _item, n in results)
        if isinstance(value, dict):
            out: dict = {}
            total = 0
            for key, item in value.items():
                new_key, n_key = self.replace(key, mark) if isinstance(key, str) else (key, 0)
                new_item, n_item = self.scrub(item, mark)
                out[_free_key(out, new_key)] = new_item
                total += n_key + n_item
            return out, total
        return value, 0

    def _plain_names(self) -> tuple[str, ...]:
        return _plain(self.names, self.detected_only)

    def _patterns(self) -> tuple[re.Pattern[str], ...]:
        return _patterns(self.emails, self.phones)


def json_strings(value: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str]]:
    """Every string of a JSON value (dictionary keys too), with the keys that lead to it."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, list):
        for item in value:
            yield from json_strings(item, path)
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str):
                yield path, key
            yield from json_strings(item, (*path, str(key)))


def phone_digits(phone: str) -> str:
    """A phone number's digits in national form: "+46 (0)70-123 45 67" is "0701234567"."""
    digits = "".join(_DIGITS.findall(phone))
    international = phone.strip().startswith("+") or digits.startswith("00")
    if international:
        digits = digits[2:] if digits.startswith("00") else digits
        if digits.startswith("46"):
            rest = digits[2:]
            return rest if rest.startswith("0") else "0" + rest
        return "+" + digits
    return digits


@lru_cache(maxsize=32)
def _plain(names: tuple[str, ...], detected_only: frozenset[str]) -> tuple[str, ...]:
    return tuple(name for name in names if key_of(name) not in detected_only)


@lru_cache(maxsize=32)
def _patterns(emails: tuple[str, ...], phones: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    patterns = [re.compile(rf"(?<![\w.+%-]){re.escape(email.strip())}(?![\w-]|\.\w)", re.IGNORECASE)
                for email in emails if email.strip()]
    for phone in phones:
        pattern = _phone_pattern(phone_digits(phone))
        if pattern is not None:
            patterns.append(pattern)
    return tuple(patterns)


def _phone_pattern(digits: str) -> re.Pattern[str] | None:
    bare = digits.lstrip("+")
    if len(bare) < MIN_PHONE_DIGITS:
        return None
    if digits.startswith("+"):  # a foreign number: with its country code, "+" or "00" before it
        return re.compile(r"(?<![\d+])(?:\+|00)?[ \u00a0]?" + _SEPARATOR.join(bare) + r"(?!\d)")
    if digits.startswith("0"):  # Swedish: "070…", "(070)…", "+46 70…", "0046 (0)70…"
        start = r"(?:\(?0|(?:\+|00)[ \u00a0]?46[ \u00a0\-]?(?:\(0\)[ \u00a0\-]?)?)"
        return re.compile(r"(?<![\d+])" + start + _SEPARATOR + _SEPARATOR.join(bare[1:]) + r"(?!\d)")
    return re.compile(r"(?<![\d+])" + _SEPARATOR.join(bare) + r"(?!\d)")


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _free_key(taken: dict, key: Any) -> Any:
    """``key``, or "key (2)" … when an erased key now equals another one."""
    if key not in taken:
        return key
    number = 2
    while f"{key} ({number})" in taken:
        number += 1
    return f"{key} ({number})"
