"""Selections counted the way each tool counts: characters as the standard says, UTF-16 units where
an emoji is two, UTF-8 bytes where ö is two, Windows line breaks as one; and offsets that fit none."""

from __future__ import annotations

from dialog_app.io.imports.refi_offsets import cut

EMOJI = "Bra möte 👍🏽 – och 🇸🇪 flaggan! Vi vill ha fler mötesplatser 🙏 på landsbygden."


def units16(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return len(text[:start].encode("utf-16-le")) // 2, len(text[:start + len(piece)].encode("utf-16-le")) // 2


def bytes8(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return len(text[:start].encode("utf-8")), len(text[:start + len(piece)].encode("utf-8"))


def chars(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


def test_characters_are_the_standard_and_count_an_emoji_as_one():
    # when
    cuts = cut(EMOJI, [chars(EMOJI, "🇸🇪 flaggan!"), chars(EMOJI, "landsbygden.")])
    # then
    assert cuts.counting == "characters" and cuts.texts == ("🇸🇪 flaggan!", "landsbygden.")


def test_utf16_units_are_recognised_when_the_end_lies_beyond_the_characters():
    # given: the last words, counted in UTF-16 units, end past the text's length in characters
    spans = [units16(EMOJI, "Vi vill ha fler mötesplatser 🙏 på landsbygden.")]
    assert spans[0][1] > len(EMOJI)
    # when
    cuts = cut(EMOJI, spans)
    # then
    assert cuts.counting == "utf-16" and cuts.texts == ("Vi vill ha fler mötesplatser 🙏 på landsbygden.",)


def test_utf16_units_that_fit_as_characters_too_are_told_apart_by_where_the_cuts_fall():
    # given: in characters these offsets cut words in half
    spans = [units16(EMOJI, "flaggan"), units16(EMOJI, "fler mötesplatser")]
    assert all(end <= len(EMOJI) for _start, end in spans)
    # when
    cuts = cut(EMOJI, spans)
    # then
    assert cuts.counting == "utf-16" and cuts.texts == ("flaggan", "fler mötesplatser")


def test_utf8_bytes_are_recognised():
    # given
    text = "Ärendet gällde Överkalix och Sörbyn; åtgärden är försenad."
    spans = [bytes8(text, "Överkalix"), bytes8(text, "åtgärden är försenad.")]
    # when
    cuts = cut(text, spans)
    # then
    assert cuts.counting == "utf-8" and cuts.texts == ("Överkalix", "åtgärden är försenad.")


def test_windows_line_breaks_counted_as_one_are_recognised():
    # given: positions counted on the text with "\r\n" made "\n"
    text = "Intervju 3\r\n\r\nFråga: Vad saknas?\r\nSvar: Bussar på kvällen.\r\n"
    single = text.replace("\r\n", "\n")
    # when
    cuts = cut(text, [chars(single, "Svar: Bussar på kvällen.")])
    # then
    assert cuts.counting == "characters+lf" and cuts.texts == ("Svar: Bussar på kvällen.",)


def test_ascii_text_has_one_counting():
    # when
    cuts = cut("Plain words only.", [(0, 5), (6, 11)])
    # then
    assert cuts.counting == "characters" and cuts.texts == ("Plain", "words")


def test_offsets_that_fit_no_counting_are_not_cut():
    # given: beyond every counting, backwards, and negative
    spans = [(0, 3), (5, 10_000), (9, 4), (-2, 3)]
    # when
    cuts = cut(EMOJI, spans)
    # then
    assert cuts.texts == ("Bra", None, None, None)


def test_an_offset_inside_a_character_does_not_fit_that_counting():
    # given: as UTF-8 bytes, position 1 falls inside "å" (two bytes); as characters it fits
    text = "åå och öö"
    # when
    cuts = cut(text, [(0, 1), (7, 9)])
    # then
    assert cuts.counting == "characters" and cuts.texts == ("å", "öö")
