"""The first guess at a sheet's mapping: parts by the columns' names, the notes where the longest
answers are, and never a column of names, addresses, numbers or row numbers as the notes."""

from __future__ import annotations

from dialog_app.io.imports.column_guess import guess_mapping
from dialog_app.io.imports.source_facts import TableMapping


def test_the_longest_answers_are_the_notes_and_named_columns_play_their_parts():
    header = ["Nr", "Bord", "Kort", "Synpunkt", "Grupp", "Datum"]
    sample = [["1", "3", "Buss", "Fler turer till Vilhelmina på kvällarna", "Kommun", "2024-03-05"],
              ["2", "3", "Skola", "Lärare som stannar", "Civilsamhälle", "2024-03-05"]]
    assert guess_mapping(header, sample) == TableMapping(text=("Synpunkt",), group="Grupp", time="Datum",
                                                         table="Bord")


def test_numbers_names_and_row_numbers_are_never_the_notes():
    header = ["Löpnummer", "Belopp", "Namn", "Svar"]
    sample = [["1", "1250000", "Anna-Karin Lindström Åberg", "Ja"], ["2", "99000,50", "Per Holm", ""]]
    assert guess_mapping(header, sample, header_row=2) == TableMapping(text=("Svar",), personal=("Namn",),
                                                                       header_row=2)


def test_a_sheet_without_text_gets_no_text_column():
    assert guess_mapping(["A", "B"], [["1", "2"], ["", "3,5"]]).text == ()
    assert guess_mapping(["Synpunkt"], []).text == ()
