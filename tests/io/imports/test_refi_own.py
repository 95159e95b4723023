"""This app's own export read back: the details of a note in Swedish or English, the synthesis
without its list of key quotes, and only from a file this app wrote."""

from __future__ import annotations

from datetime import datetime, timezone

from lxml import etree

from dialog_app.io.imports.refi_own import Details, details, is_own, questions, synthesis


def test_a_selections_description_gives_question_table_and_votes_in_either_language():
    assert details("Fråga: Vad saknas?\nBord: Bord 2\nRöster: 1\u00a0234\nNyckelcitat\nStatus: godkänd") == Details(
        "Vad saknas?", "Bord 2", 1234)
    assert details("Question: What is missing?\nTable: Table 4\nVotes: 12,345") == Details(
        "What is missing?", "Table 4", 12345)
    assert details("Status: approved") == Details()


def test_a_selections_creation_time_is_when_its_note_was_taken():
    assert details("", "2026-03-12T12:00:05Z").time == datetime(2026, 3, 12, 12, 0, 5, tzinfo=timezone.utc)
    assert details("", "2026-03-12T12:00:05").time is None  # no zone: no moment
    assert details("", "i går").time is None and details("").time is None


def test_a_sources_description_lists_the_dialogues_questions():
    assert questions("Fråga: Första?\nQuestion: Second?\nSomething else") == ["Första?", "Second?"]


def test_the_key_quotes_closing_a_memo_are_no_part_of_the_synthesis():
    assert synthesis("Deltagarna vill.\n\nMer text.\n\nNyckelcitat: D1-001, D2-004") == "Deltagarna vill.\n\nMer text."
    assert synthesis("Key quotes: D1-001") == ""
    assert synthesis("Bara en syntes.\n\nOch ett stycke till.") == "Bara en syntes.\n\nOch ett stycke till."


def test_a_memo_file_gives_its_synthesis_without_its_name_and_its_quotes():
    memo = ("Syntes: 1 Digital kompetens\n\nDeltagarna vill.\n\nMer text.\n\nNyckelcitat\n\n"
            "D1-001 [Kommun · Synpunkt]\nÄldre behöver hjälp.\n")
    assert synthesis(memo) == "Deltagarna vill.\n\nMer text."
    assert synthesis("Synthesis: 2 Tillit\n\nKey quotes\n\nD1-002\nText.") == ""


def test_only_a_file_this_app_wrote_counts_as_its_own():
    def root(origin: str) -> etree._Element:
        return etree.fromstring(f'<Project name="x" origin="{origin}"/>')

    assert is_own(root("dialog_app 1.4.0")) and is_own(root("dialog_app"))
    assert not is_own(root("dialog_apps 1.0")) and not is_own(root("MAXQDA 2022"))
