"""The command line's words for note kinds, statuses and dialogue kinds: Swedish and English, the
Swedish ones the very words of the window's translation."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from dialog_app.core.errors import InvalidValueError
from dialog_app.core.vocabulary_words import DIALOGUE_KINDS, DIALOGUE_STATUSES, NOTE_KINDS, NOTE_STATUSES
from dialog_app.io.export import vocabulary

SWEDISH_TS = Path(__file__).parents[2] / "resources" / "translations" / "dialog_app_sv.ts"
PAIRS = [(NOTE_KINDS, vocabulary.NOTE_KINDS), (NOTE_STATUSES, vocabulary.NOTE_STATUSES),
         (DIALOGUE_KINDS, vocabulary.DIALOGUE_KINDS), (DIALOGUE_STATUSES, vocabulary.DIALOGUE_STATUSES)]


def swedish_labels() -> dict[str, str]:
    text = SWEDISH_TS.read_text(encoding="utf-8")
    context = re.search(r"<name>Labels</name>(.*?)</context>", text, re.S)[1]
    pairs = re.findall(r"<source>(.*?)</source>.*?<translation[^>]*>(.*?)</translation>", context, re.S)
    return {unescape(source): unescape(translation) for source, translation in pairs}


@pytest.mark.parametrize(("words", "labels"), PAIRS, ids=["note kinds", "note statuses", "dialogue kinds",
                                                          "dialogue statuses"])
def test_every_value_is_known_by_itself_its_english_label_and_its_swedish_translation(words, labels):
    swedish = swedish_labels()
    assert set(words.words) == set(words.values) == set(labels)
    for value, english in labels.items():
        assert words.parse(value) == value
        assert words.parse(english) == value
        assert words.parse(swedish[english]) == value, swedish[english]
        assert words.parse(swedish[english].upper()) == value


@pytest.mark.parametrize(("words", "_labels"), PAIRS)
def test_no_word_stands_for_two_values(words, _labels):
    seen: dict[str, str] = {}
    for value, alternatives in words.words.items():
        for word in (value, *alternatives):
            key = re.sub(r"[\s_\-]+", " ", word.casefold())
            assert seen.setdefault(key, value) == value, word


@pytest.mark.parametrize(("words", "typed", "value"), [
    (NOTE_STATUSES, "godkänd", "approved"), (NOTE_STATUSES, " Granskad ", "reviewed"),
    (NOTE_KINDS, "idé", "idea"), (NOTE_KINDS, "farhåga", "concern"),
    (DIALOGUE_KINDS, "dialogue-meeting", "dialogue_meeting"), (DIALOGUE_KINDS, "Nätverksmöte", "network_meeting"),
    (DIALOGUE_STATUSES, "pågår", "running"),
])
def test_short_forms_and_spellings(words, typed, value):
    assert words.parse(typed) == value


def test_an_unknown_word_lists_the_words_in_both_languages():
    with pytest.raises(InvalidValueError) as raised:
        NOTE_STATUSES.parse("godkand")
    assert str(raised.value) == ("unknown note status 'godkand'; use one of: captured (inmatad), reviewed (granskad), "
                                 "approved (godkänd), excluded (utesluten)")
