"""Finding notes by their words: prefix, case, Swedish letters, inert syntax, any Unicode text."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialog_app.core.project import Project
from dialog_app.core.services.note_filter import NoteFilter


@pytest.fixture
def meeting(empty_project):
    return empty_project.dialogues.create("Dialogmöte med civilsamhället")


def found(project, query: str) -> list[str]:
    return [hit.text for hit in project.search.search(query)]


def test_the_start_of_a_word_finds_the_note(empty_project, meeting):
    # given
    empty_project.notes.add(meeting.id, "Biblioteken behöver fler digitala ombud")
    # when
    hits = found(empty_project, "bibl")
    # then
    assert hits == ["Biblioteken behöver fler digitala ombud"]


def test_every_word_must_occur_and_only_the_last_is_a_prefix(empty_project, meeting):
    # given
    empty_project.notes.add(meeting.id, "Snabbt bredband i hela länet")
    empty_project.notes.add(meeting.id, "Bredbandet är dyrt på landsbygden")
    # when / then
    assert found(empty_project, "bredband länet") == ["Snabbt bredband i hela länet"]
    assert found(empty_project, "bred länet") == []  # "bred" is a whole word, not a prefix
    assert sorted(found(empty_project, "bredband")) == [
        "Bredbandet är dyrt på landsbygden",
        "Snabbt bredband i hela länet",
    ]


@pytest.mark.parametrize("query", ["äldre", "ÄLDRE", "Äldre", "öppna", "ÖPPNA", "åtgärd", "ÅTGÄRD", "ÅtGäRd"])
def test_search_ignores_case_also_for_swedish_capitals(empty_project, meeting, query):
    # given
    empty_project.notes.add(meeting.id, "Äldre vill ha öppna åtgärder på biblioteket")
    # when / then
    assert found(empty_project, query) == ["Äldre vill ha öppna åtgärder på biblioteket"]


def test_swedish_letters_are_not_folded_into_a_and_o(empty_project, meeting):
    # given
    empty_project.notes.add(meeting.id, "Målen för regionen")
    empty_project.notes.add(meeting.id, "Malen åt upp tröjan")
    empty_project.notes.add(meeting.id, "Över hela länet")
    empty_project.notes.add(meeting.id, "Overall satisfaction")
    empty_project.notes.add(meeting.id, "Är det klart")
    empty_project.notes.add(meeting.id, "Ar och hektar")
    # when / then
    assert found(empty_project, "mål") == ["Målen för regionen"]
    assert found(empty_project, "mal") == ["Malen åt upp tröjan"]
    assert found(empty_project, "över") == ["Över hela länet"]
    assert found(empty_project, "over") == ["Overall satisfaction"]
    assert found(empty_project, "är") == ["Är det klart"]
    assert found(empty_project, "ar") == ["Ar och hektar"]
    assert found(empty_project, "ma") == ["Malen åt upp tröjan"]
    assert found(empty_project, "må") == ["Målen för regionen"]


SYNTAX_NOTE = 'Skriv "fiber" AND bredband NEAR byn: text* OR (inte) NOT mer'
PLAIN_NOTE = "Fiber till varje by"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"fiber"', {SYNTAX_NOTE, PLAIN_NOTE}),  # quotes are not a phrase
        ('"fiber', {SYNTAX_NOTE, PLAIN_NOTE}),  # an unbalanced quote is no syntax error
        ("fiber*", {SYNTAX_NOTE, PLAIN_NOTE}),
        ("fiber AND", {SYNTAX_NOTE}),  # AND is a word to find, not an operator
        ("fiber OR by", {SYNTAX_NOTE}),  # as an operator, OR would find both notes
        ("fiber NOT mer", {SYNTAX_NOTE}),  # as an operator, NOT would find the plain note only
        ("NEAR byn:", {SYNTAX_NOTE}),
        ("OR (inte)", {SYNTAX_NOTE}),
        ("text:fiber", set()),  # as a column filter it would find both notes
        ("*", {SYNTAX_NOTE}),  # no word at all: a literal match
        (":", {SYNTAX_NOTE}),
        ("^fiber", {SYNTAX_NOTE, PLAIN_NOTE}),
    ],
)
def test_search_syntax_typed_by_a_person_is_inert(empty_project, meeting, query, expected):
    # given
    empty_project.notes.add(meeting.id, SYNTAX_NOTE)
    empty_project.notes.add(meeting.id, PLAIN_NOTE)
    # when
    hits = found(empty_project, query)
    # then
    assert set(hits) == expected


def test_markup_in_a_note_is_stored_and_found_verbatim(empty_project, meeting):
    # given
    text = '<b>Viktigt:</b> &amp; <script>alert("x")</script> **fet** [länk](https://example.org) 100 %'
    note = empty_project.notes.add(meeting.id, text)
    # when
    by_word = empty_project.search.search("alert")
    by_tag = empty_project.search.search("<script>")
    # then
    assert [h.text for h in by_word] == [text]
    assert [h.id for h in by_tag] == [note.id]
    assert empty_project.notes.get(note.id).text == text


def test_deleted_notes_are_not_found_and_restored_ones_are(empty_project, meeting):
    # given
    note = empty_project.notes.add(meeting.id, "Studiecirklar om nätfiske")
    # when
    empty_project.notes.delete([note.id])
    # then
    assert found(empty_project, "nätfiske") == []
    # when
    empty_project.notes.restore([note.id])
    # then
    assert found(empty_project, "nätfiske") == ["Studiecirklar om nätfiske"]


def test_edited_text_is_indexed_anew_and_undo_puts_the_old_words_back(empty_project, meeting):
    # given
    note = empty_project.notes.add(meeting.id, "Kommunen saknar wifi")
    # when
    empty_project.notes.update(note.id, text="Biblioteket saknar fiber")
    # then
    assert found(empty_project, "wifi") == []
    assert found(empty_project, "fiber") == ["Biblioteket saknar fiber"]
    # when
    empty_project.history.undo()
    # then
    assert found(empty_project, "wifi") == ["Kommunen saknar wifi"]
    assert found(empty_project, "fiber") == []


def test_an_emoji_only_query_falls_back_to_a_literal_match(empty_project, meeting):
    # given
    empty_project.notes.add(meeting.id, "Bra möte 🎉")
    empty_project.notes.add(meeting.id, "Dåligt ljud 👎")
    # when / then
    assert found(empty_project, "🎉") == ["Bra möte 🎉"]
    assert found(empty_project, "👍") == []


def test_blank_queries_find_nothing(empty_project, meeting):
    # given
    empty_project.notes.add(meeting.id, "Något")
    # when / then
    assert found(empty_project, "") == []
    assert found(empty_project, "  \t ") == []


def test_search_respects_a_filter_and_a_limit(empty_project, meeting):
    # given
    other = empty_project.dialogues.create("Workshop")
    for n in range(5):
        empty_project.notes.add(meeting.id, f"Fiber nummer {n}")
    empty_project.notes.add(other.id, "Fiber i workshopen")
    # when
    in_workshop = empty_project.search.search("fiber", NoteFilter(dialogue_ids=frozenset({other.id})))
    limited = empty_project.search.search("fiber", limit=3)
    # then
    assert [(h.text, h.dialogue) for h in in_workshop] == [("Fiber i workshopen", "Workshop")]
    assert len(limited) == 3


def test_imported_notes_of_the_demo_are_searchable(seeded_project):
    # given
    some_note = seeded_project.notes.list(limit=1)[0]
    first_word = next(w for w in some_note.text.split() if w.isalpha() and len(w) > 3)
    # when
    hits = seeded_project.search.search(first_word, limit=None)
    # then
    assert some_note.id in {h.id for h in hits}
    assert all(first_word.casefold() in h.text.casefold() for h in hits)


# --- property: any text a person can type is kept as typed, and found --------------------------

any_note_text = st.text(min_size=1).filter(lambda s: s.strip())


def test_any_unicode_text_reads_back_identical_and_is_found_by_search():
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "property.dialog"
        opened = {"project": Project.create(path)}
        dialogue_id = opened["project"].dialogues.create("Egenskapstest").id

        @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(text=any_note_text)
        def stored_text_is_kept_and_found(text: str) -> None:
            # given
            note = opened["project"].notes.add(dialogue_id, text)
            # when
            opened["project"].close()
            opened["project"] = Project.open(path)
            project = opened["project"]
            # then
            assert project.notes.get(note.id).text == text
            hits = project.search.search(text, limit=None)
            assert note.id in {hit.id for hit in hits}

        try:
            stored_text_is_kept_and_found()
        finally:
            opened["project"].close()


def test_a_swedish_query_without_hits_does_not_scan_every_note(empty_project, monkeypatch):
    # given a note, and a query in Swedish words that match nothing
    dialogue = empty_project.dialogues.create("Möte")
    empty_project.notes.add(dialogue.id, "Bredband i byarna")
    from dialog_app.core.services import search as search_module

    literal_calls = []
    original = search_module.text_condition
    monkeypatch.setattr(search_module, "text_condition",
                        lambda query, literal=False: literal_calls.append(literal) or original(query, literal))
    # when
    hits = empty_project.search.search("utanförskap äldre")
    # then the index's empty answer stands: no literal scan was tried
    assert hits == [] and literal_calls == [False]
