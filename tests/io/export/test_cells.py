"""Spreadsheet cells never start a formula and never hold a character XML forbids."""

from __future__ import annotations

from datetime import datetime

import pytest

from dialog_app.io.export.cells import clean, neutralise, safe, safe_text


@pytest.mark.parametrize("text", [
    "=1+1", '=HYPERLINK("http://example.com","x")', "+46 70 123", "-1 för krånglet", "@SUM(A1)",
    "\t=1+1", "\rtext", "=",
])
def test_a_formula_start_gets_a_leading_quote(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", [
    "  =1+1", "\n=1+1", "\u00a0=1+1", "\u3000+1", "\u200b=1+1", "\ufeff@SUM(A1)", " \t -5",
])
def test_white_space_and_invisible_characters_do_not_hide_a_formula(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", ["\uff1d1+1", "\uff0b46", "\uff0d1", "\uff20SUM(A1)", "\ufe661+1"])
def test_fullwidth_and_small_lookalikes_are_neutralised(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", [
    "", "Bibliotek = mötesplats", "Ring 070-123", "Åsa sa: =nej", "'=redan citerad", "– tankstreck",
    "   ", "1+1",
])
def test_ordinary_text_is_left_as_it_is(text):
    assert neutralise(text) == text


def test_neutralising_twice_changes_nothing_more():
    once = neutralise("=1+1")
    assert neutralise(once) == once == "'=1+1"


def test_clean_drops_the_control_characters_xml_forbids_and_keeps_tabs_and_line_breaks():
    dirty = "a\x00b\x01c\x07d\x08e\x0bf\x0cg\x1bh\x1fi\ufffej\uffffk\ud800l\tm\nn"
    assert clean(dirty) == "abcdefghijkl\tm\nn"


def test_clean_keeps_every_line_end_as_stored():
    assert clean("ett\r\ntvå\rtre\nfyra") == "ett\r\ntvå\rtre\nfyra"


def test_a_control_character_cannot_hide_a_formula():
    assert safe_text("\x01=1+1") == "'=1+1"
    assert safe_text("\r\n=1+1") == "'\r\n=1+1"


def test_numbers_dates_and_empty_cells_are_not_touched():
    moment = datetime(2026, 3, 12, 13, 0)
    assert safe(-1) == -1
    assert safe(7) == 7
    assert safe(moment) is moment
    assert safe(None) is None
    assert safe("-1") == "'-1"
