"""What counts as a group label and a lead-in, the same in every document format."""

from __future__ import annotations

import pytest

from dialog_app.io.imports.document_blocks import group_label, lead_in, plain


@pytest.mark.parametrize(("text", "group"), [
    ("Civilsamhälle:", "Civilsamhälle"),
    ("  Kommuner :  ", "Kommuner"),
    ("Invånare / medborgare:", "Invånare / medborgare"),
    ("Företag m.fl.:", "Företag m.fl."),
    ("Civilsamhälle", None),
    (":", None),
    ("Vad tycker ni om bussen?:", None),
    ("Bra! Mer sånt:", None),
    ("Mötet öppnades. Sedan sades:", None),
    ("Kl. 10:30:", None),
    ("Det här är en mening som slutar med kolon:", None),
    ("Ett namn som är alldeles för långt för att vara en grupp:", None),
])
def test_a_group_label_is_a_few_words_ending_with_a_colon(text, group):
    assert group_label(text) == group


@pytest.mark.parametrize(("bold", "text", "found"), [
    ("Näringsliv:", "Näringsliv: Vi behöver", "Näringsliv:"),
    ("Näringsliv", "Näringsliv: Vi behöver", "Näringsliv:"),
    ("Näringsliv: ", "Näringsliv: Vi behöver", "Näringsliv:"),
    ("Viktigt", "Viktigt att alla hörs", None),
    ("", "Vi behöver", None),
    ("Annat:", "Vi behöver", None),
])
def test_a_lead_in_is_a_bold_start_followed_by_a_colon(bold, text, found):
    assert lead_in(bold, text) == found


def test_plain_text_is_one_line_with_single_spaces():
    assert plain(" Första raden\nandra\traden\u00a0 slut \r\n") == "Första raden andra raden slut"
