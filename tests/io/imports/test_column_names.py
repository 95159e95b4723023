"""Headers read for what they say a column holds, by their words, and made into unique names."""

from __future__ import annotations

import pytest

from dialog_app.io.imports.column_names import TIME_WORDS, header_names, is_email, is_personal, says


def test_blank_and_repeated_headers_get_names_of_their_own():
    assert header_names([" Fråga ", "", "Fråga", "Fråga", "Column 2", ""]) == (
        "Fråga", "Column 2", "Fråga (2)", "Fråga (3)", "Column 2 (2)", "Column 6")


@pytest.mark.parametrize(("header", "time"), [
    ("Start time", True), ("STARTTID ", True), ("Tid för slutförande", True), ("created_at", True),
    ("Tidigare erfarenheter?", False), ("Hur mycket tid lägger du på pendling varje dag?", False),
])
def test_a_time_column_is_known_by_its_words_not_by_letters_inside_them(header, time):
    assert says(header, TIME_WORDS) is time


@pytest.mark.parametrize(("header", "email", "personal"), [
    ("Email", True, True), ("E-postadress", True, True), ("Email Address", True, True), ("Namn", False, True),
    ("Voter", False, True), ("Ditt namn", False, True), ("Synpunkt", False, False),
    ("Vilket namn ska den nya regionala strategin få enligt dig?", False, False),
])
def test_names_and_addresses_are_known_as_personal(header, email, personal):
    assert (is_email(header), is_personal(header)) == (email, personal)
