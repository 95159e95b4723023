"""The PDF writer's own line breaking: lines within the width, words whole where they fit, and a
word too long for a line hyphenated where Swedish allows, never cut without a hyphen."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dialog_app.io.export.pdf import fonts
from dialog_app.io.export.pdf.typeset import ELLIPSIS, truncate, wrap

REGULAR = fonts.faces()[fonts.REGULAR]


def width(text: str, size: float = 10) -> float:
    return REGULAR.width(text) * size


def test_wrap_fills_each_line_and_keeps_line_breaks():
    # given
    room = width("ett två tre") + 1
    # when
    lines = wrap(REGULAR, 10, "ett två tre fyra fem sex sju\nåtta", room)
    # then: each line as full as the next word allows; the typed break kept
    assert lines[0] == "ett två tre" and lines[-1] == "åtta"
    assert " ".join(lines[:-1]) == "ett två tre fyra fem sex sju"
    for line, following in zip(lines[:-2], lines[1:-1], strict=True):
        assert width(line) <= room < width(f"{line} {following.split()[0]}")


def test_an_address_longer_than_a_line_is_cut_without_hyphens():
    # when
    lines = wrap(REGULAR, 10, "https://example.com/" + "a" * 80, 100)
    # then: after the slashes and the dot first, then between characters, no hyphen added
    assert "".join(lines) == "https://example.com/" + "a" * 80
    assert lines[:2] == ["https://example.", "com/"]
    assert len(lines) > 3 and all(width(line) <= 100 for line in lines)


def test_a_swedish_compound_longer_than_a_line_is_hyphenated_between_syllables():
    # when
    lines = wrap(REGULAR, 9, "Webbsändning / utbildningstillfälle", width("utbildnings-", 9) + 1)
    # then: "utbildnings-" "tillfälle", not "utbildningstillfäl" "le"
    assert lines[-2:] == ["utbildnings-", "tillfälle"]
    assert wrap(REGULAR, 10, "kompetensutvecklingsinsatser", width("kompetensutveckl", 10)) == [
        "kompetensut-", "vecklingsinsatser"]


def test_a_word_without_a_hyphenation_point_that_fits_is_cut_with_a_hyphen():
    # when: a line narrower than any syllable
    lines = wrap(REGULAR, 10, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", width("aaaaaa"))
    # then
    assert all(line.endswith("-") for line in lines[:-1]) and len(lines) > 3
    assert "".join(line.rstrip("-") for line in lines) == "a" * 30


def _joins(lines: list[str], text: str) -> bool:
    """Whether ``lines`` are ``text`` with only whitespace changed and hyphens added at line ends."""
    pattern = "".join(re.escape("".join(line.split())) + ("?" if line.endswith("-") else "") for line in lines)
    return re.fullmatch(pattern, "".join(text.split())) is not None


def test_truncate_cuts_with_an_ellipsis_only_when_needed():
    # then
    assert truncate(REGULAR, 10, "kort", 100) == "kort"
    cut = truncate(REGULAR, 10, "en mycket lång rubrik som inte får plats", 80)
    assert cut.endswith(ELLIPSIS) and width(cut) <= 80


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("aåäöbcŋš Ω Ж\n-"), max_size=200),
       st.floats(min_value=20, max_value=400))
def test_wrapped_lines_fit_and_keep_every_word(text, room):
    # when
    lines = wrap(REGULAR, 10, text, room)
    # then
    assert all(width(line) <= room + 1e-6 for line in lines)
    assert _joins(lines, text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("aåäöbcdeiklmnorstuŋš"), min_size=1, max_size=40), max_size=12),
       st.floats(min_value=20, max_value=200))
def test_no_line_ends_in_a_word_cut_without_a_hyphen(words, room):
    # when
    lines = wrap(REGULAR, 10, " ".join(words), room)
    # then: a line that ends inside a word (the next line goes on with it) ends with a hyphen
    assert _joins(lines, " ".join(words))
    at = 0  # how far into the text without spaces the lines have come
    ends = set()  # where in that text each typed word ends
    for word in words:
        at += len(word)
        ends.add(at)
    at = 0
    for line in lines[:-1]:
        at += len("".join(line.split()).removesuffix("-"))
        assert at in ends or line.endswith("-"), (line, lines)
