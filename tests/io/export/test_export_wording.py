"""A document's words come in the language chosen for it, whatever the interface speaks."""

from __future__ import annotations

from datetime import date

from dialog_app.io.export.wording import Wording


def test_swedish_words_and_placeholders():
    w = Wording("sv")
    assert w("Contents") == "Innehåll"
    assert w("Notes: %1 · dialogues: %2 · stakeholder groups: %3", 12, 3, 4) == \
        "Anteckningar: 12 · dialoger: 3 · intressentgrupper: 4"


def test_english_is_the_source_text():
    w = Wording("en")
    assert w("Contents") == "Contents"
    assert w("Themes: %1", "EU Digital Decade") == "Themes: EU Digital Decade"


def test_a_placeholder_value_is_never_read_as_a_placeholder():
    # a dialogue title may itself hold "%2"
    assert Wording("en")("%1 and online", "Rum %2") == "Rum %2 and online"


def test_an_unknown_word_is_printed_as_written():
    assert Wording("sv")("A word nobody translated") == "A word nobody translated"


def test_dates_and_numbers_as_each_language_writes_them():
    assert Wording("sv").date(date(2026, 3, 12)) == "12 mars 2026"
    assert Wording("en").date(date(2026, 3, 12)) == "12 March 2026"
    assert Wording("sv").number(10000) == "10\u00a0000"
    assert Wording("en").number(10000) == "10,000"
    assert Wording("sv").date(None) == ""
