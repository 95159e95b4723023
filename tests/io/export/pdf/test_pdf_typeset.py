"""The PDF writer's own line breaking: lines within the width, words whole where they fit."""

from __future__ import annotations

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


def test_a_word_longer_than_a_line_is_broken_between_characters():
    # when
    lines = wrap(REGULAR, 10, "https://example.com/" + "a" * 80, 100)
    # then
    assert "".join(lines) == "https://example.com/" + "a" * 80
    assert len(lines) > 3 and all(width(line) <= 100 for line in lines)


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
    assert "".join("".join(lines).split()) == "".join(text.split())
