"""Suggested themes: shown beside a note, accepted or rejected, never applied silently; undoable."""

from __future__ import annotations

import uuid

import pytest

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import NotFoundError
from dialog_app.core.jobs import Job
from dialog_app.core.project import Project
from dialog_app.core.services.context import ServiceContext
from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.core.services.suggestions import REJECTED, SCAN_CHUNK, Suggestion, SuggestionService

BROADBAND_NOTE = "Bredbandsutbyggnaden på landsbygden går för långsamt"


def suggestion_service(project: Project) -> SuggestionService:
    """The service wired as project.py would wire it."""
    context = ServiceContext(
        db=project._db, changes=project.changes, history=project.history, user="anna"
    )
    return SuggestionService(context, project.tagging, project.frameworks)


@pytest.fixture
def suggestions(project):
    service = suggestion_service(project)
    yield service
    service.close()


@pytest.fixture
def national(project):
    return project.frameworks.active_framework()


@pytest.fixture
def themes(project, national):
    return {t.name: t for t in project.frameworks.themes(national.id)}


def suggested(suggestions, note_id, framework_id) -> dict[str, tuple[str, ...]]:
    """Theme id -> matched keywords suggested for one note."""
    return {s.theme_id: s.keywords for s in suggestions.for_notes([note_id], framework_id)[note_id]}


# --- what is suggested ---------------------------------------------------------------------------


def test_broadband_note_gets_digital_infrastructure_with_the_keywords_that_matched(
    project, meeting, suggestions, national, themes
):
    # Given a note about broadband in the countryside, in a project with the national strategy
    note = project.notes.add(meeting.id, BROADBAND_NOTE)
    # When its suggestions are asked for
    found = suggestions.for_notes([note.id], national.id)
    # Then "Digital infrastruktur" is suggested, explained by the keywords that matched
    assert found == {
        note.id: [Suggestion(themes["Digital infrastruktur"].id, ("bredband", "landsbygd", "utbyggnad"))]
    }


def test_a_suggestion_is_never_applied_silently(project, meeting, suggestions, national):
    # Given a note with a suggestion
    note = project.notes.add(meeting.id, BROADBAND_NOTE)
    # When the suggestions are computed
    suggestions.for_notes([note.id], national.id)
    suggestions.scan(national.id)
    # Then the note still carries no theme
    assert project.tagging.themes_of(note.id) == []


def test_themes_a_note_already_carries_are_not_suggested(
    project, meeting, suggestions, national, themes
):
    # Given a note about broadband and older people, already tagged "Digital infrastruktur"
    infrastructure = themes["Digital infrastruktur"]
    note = project.notes.add(
        meeting.id, "Bredbandet räcker inte för de äldre", theme_ids=[infrastructure.id]
    )
    # When its suggestions are asked for
    found = suggested(suggestions, note.id, national.id)
    # Then only the other matching theme is suggested
    assert found == {themes["Digital kompetens"].id: ("äldre",)}


def test_suggestions_come_most_matched_first(project, meeting, suggestions, national, themes):
    # Given a note that matches one keyword of one theme and three of another
    note = project.notes.add(
        meeting.id, "Äldre behöver bredband, fiber och bättre mobiltäckning"
    )
    # When its suggestions are asked for
    (first, second) = suggestions.for_notes([note.id], national.id)[note.id]
    # Then the theme with more matched keywords comes first
    assert first.theme_id == themes["Digital infrastruktur"].id
    assert first.keywords == ("bredband", "fiber", "mobiltäckning", "täckning")
    assert second == Suggestion(themes["Digital kompetens"].id, ("äldre",))


def test_a_page_of_notes_answers_for_every_live_note_asked_about(
    project, meeting, suggestions, national
):
    # Given a note with a suggestion, one without, a deleted one and an id that does not exist
    broadband = project.notes.add(meeting.id, BROADBAND_NOTE)
    thanks = project.notes.add(meeting.id, "Tack för i dag!")
    deleted = project.notes.add(meeting.id, "Mer fiber")
    project.notes.delete([deleted.id])
    unknown = uuid.uuid4()
    # When suggestions are asked for the page
    found = suggestions.for_notes([thanks.id, broadband.id, deleted.id, unknown], national.id)
    # Then the live notes are answered in the order asked, the note without any with an empty list
    assert list(found) == [thanks.id, broadband.id]
    assert found[thanks.id] == []
    assert found[broadband.id]


def test_another_framework_suggests_its_own_themes(project, meeting, suggestions):
    # Given a framework of the project's own with one theme, and a note that matches it
    framework = project.frameworks.create("Regional trafikplan")
    bus = project.frameworks.add_theme(framework.id, "Kollektivtrafik", keywords=["buss"])
    note = project.notes.add(meeting.id, "Bussen till lasarettet går för sällan")
    # When suggestions are asked for in that framework
    # Then its theme is suggested
    assert suggested(suggestions, note.id, framework.id) == {bus.id: ("buss",)}


def test_changed_themes_are_seen_at_once(project, meeting, suggestions):
    # Given a framework whose compiled keywords are cached by a first question
    framework = project.frameworks.create("Regional trafikplan")
    project.frameworks.add_theme(framework.id, "Kollektivtrafik", keywords=["buss"])
    note = project.notes.add(meeting.id, "Färdtjänsten måste bokas för tidigt")
    assert suggested(suggestions, note.id, framework.id) == {}
    # When a theme with a matching keyword is added
    transport = project.frameworks.add_theme(framework.id, "Färdtjänst", keywords=["färdtjänst"])
    # Then the next question suggests it
    assert suggested(suggestions, note.id, framework.id) == {transport.id: ("färdtjänst",)}


def test_aliases_suggest_their_theme(project, meeting, suggestions, national, themes):
    # Given the national strategy, whose "Digital trygghet" has the alias "D-trygghet"
    note = project.notes.add(meeting.id, "Vi pratade mest om D-trygghet")
    # When its suggestions are asked for
    found = suggested(suggestions, note.id, national.id)
    # Then the theme is suggested, explained by its keyword and its alias
    assert found == {themes["Digital trygghet"].id: ("trygghet", "trygg", "D-trygghet")}


def test_an_unknown_framework_is_a_typed_error(suggestions):
    with pytest.raises(NotFoundError):
        suggestions.for_notes([], uuid.uuid4())


# --- accepting -----------------------------------------------------------------------------------


def test_accepting_tags_the_note_as_a_suggestion_and_can_be_undone(
    project, meeting, suggestions, national, themes
):
    # Given a note with a suggested theme
    note = project.notes.add(meeting.id, BROADBAND_NOTE)
    infrastructure = themes["Digital infrastruktur"].id
    # When the suggestion is accepted
    assert suggestions.accept([note.id], infrastructure) == 1
    # Then the note carries the theme, recorded as coming from a suggestion, by the user
    (tagging,) = project.tagging.taggings_of(note.id)
    assert (tagging.theme_id, tagging.origin, tagging.tagged_by) == (infrastructure, "suggestion", "anna")
    assert project.notes.events(note.id)[-1].detail == {
        "theme_id": str(infrastructure), "origin": "suggestion"
    }
    # And it is no longer suggested
    assert suggested(suggestions, note.id, national.id) == {}

    # When the acceptance is undone
    step = project.history.undo()
    # Then the theme is gone and suggested again
    assert (step.action, step.count) == ("tag", 1)
    assert project.tagging.taggings_of(note.id) == []
    assert infrastructure in suggested(suggestions, note.id, national.id)


def test_accepting_for_many_notes_is_one_step(project, meeting, suggestions, themes):
    # Given three notes about broadband
    ids = [project.notes.add(meeting.id, f"Bredbandet i byn {n}").id for n in range(3)]
    # When the suggestion is accepted for all of them
    added = suggestions.accept(ids, themes["Digital infrastruktur"].id)
    # Then all are tagged in one undoable step
    assert added == 3
    assert project.history.next_undo.count == 3


# --- rejecting -----------------------------------------------------------------------------------


def test_rejecting_hides_the_suggestion_for_that_note_only(
    project, meeting, suggestions, national, themes
):
    # Given two notes with the same suggestion
    first = project.notes.add(meeting.id, BROADBAND_NOTE)
    second = project.notes.add(meeting.id, "Bredbandet är för dyrt")
    infrastructure = themes["Digital infrastruktur"].id
    # When the suggestion is rejected for the first
    assert suggestions.reject([first.id], infrastructure) == 1
    # Then it is no longer suggested for the first, still for the second, and nothing was tagged
    assert suggested(suggestions, first.id, national.id) == {}
    assert infrastructure in suggested(suggestions, second.id, national.id)
    assert project.tagging.themes_of(first.id) == []
    # And the note's history says who rejected what
    event = project.notes.events(first.id)[-1]
    assert (event.action, event.by, event.detail) == (REJECTED, "anna", {"theme_id": str(infrastructure)})


def test_a_rejection_survives_reopening_the_project(project, meeting, national, themes):
    # Given a rejected suggestion, and the project closed
    note = project.notes.add(meeting.id, BROADBAND_NOTE)
    infrastructure = themes["Digital infrastruktur"].id
    service = suggestion_service(project)
    service.reject([note.id], infrastructure)
    project.close()
    # When the project is opened again
    with Project.open(project.path, user="anna") as reopened:
        again = suggestion_service(reopened)
        # Then the suggestion stays hidden, in a page and in a full scan
        assert again.for_notes([note.id], national.id) == {note.id: []}
        assert again.scan(national.id) == {}
        assert again.rejected(note.id) == {infrastructure}


def test_rejecting_can_be_undone_and_redone(project, meeting, suggestions, national, themes):
    # Given a rejected suggestion on two notes
    ids = [project.notes.add(meeting.id, BROADBAND_NOTE).id for _ in range(2)]
    infrastructure = themes["Digital infrastruktur"].id
    suggestions.reject(ids, infrastructure)
    # When the rejection is undone
    step = project.history.undo()
    # Then it was one step for both notes, the suggestion is back and the events are gone
    assert (step.action, step.count) == ("reject_suggestion", 2)
    assert all(infrastructure in suggested(suggestions, i, national.id) for i in ids)
    assert all(e.action != REJECTED for i in ids for e in project.notes.events(i))
    # When it is redone
    project.history.redo()
    # Then the suggestion is hidden again
    assert all(suggested(suggestions, i, national.id) == {} for i in ids)


def test_rejecting_twice_records_nothing_new(project, meeting, suggestions, themes):
    # Given a rejected suggestion
    note = project.notes.add(meeting.id, BROADBAND_NOTE)
    infrastructure = themes["Digital infrastruktur"].id
    suggestions.reject([note.id], infrastructure)
    step = project.history.next_undo
    # When it is rejected again
    again = suggestions.reject([note.id, note.id], infrastructure)
    # Then nothing is recorded, and there is no new step to undo
    assert again == 0
    assert project.history.next_undo is step
    assert sum(e.action == REJECTED for e in project.notes.events(note.id)) == 1


def test_rejecting_tells_the_views(project, meeting, suggestions, themes):
    # Given someone listening to the project's changes
    note = project.notes.add(meeting.id, BROADBAND_NOTE)
    heard = []
    project.changes.subscribe(heard.append)
    # When a suggestion is rejected
    suggestions.reject([note.id], themes["Digital infrastruktur"].id)
    # Then the note's tag column is told to refresh
    assert any(c.ids(ChangeKind.TAGS) == {note.id} for c in heard)


def test_rejecting_an_unknown_theme_is_a_typed_error(project, meeting, suggestions):
    note = project.notes.add(meeting.id, BROADBAND_NOTE)
    with pytest.raises(NotFoundError):
        suggestions.reject([note.id], uuid.uuid4())


# --- scanning the whole project ------------------------------------------------------------------


@pytest.fixture
def many_notes(project, meeting):
    """2.25 chunks of notes: every third about broadband, the rest about nothing in particular."""
    count = SCAN_CHUNK * 9 // 4
    texts = [BROADBAND_NOTE if n % 3 == 0 else f"Tack för mötet nummer {n}" for n in range(count)]
    return project.notes.import_many({"dialogue_id": meeting.id, "text": t} for t in texts)


def test_scan_finds_every_note_with_a_suggestion_and_reports_progress(
    project, suggestions, national, themes, many_notes
):
    # Given 4 500 notes, one in three about broadband, one of them tagged and one rejected
    infrastructure = themes["Digital infrastruktur"].id
    project.tagging.tag([many_notes[0]], infrastructure)
    suggestions.reject([many_notes[3]], infrastructure)
    progress = []
    # When the project is scanned
    found = suggestions.scan(national.id, job=Job(on_progress=lambda done, total: progress.append((done, total))))
    # Then every other broadband note has the suggestion, and nothing else does
    expected = [i for n, i in enumerate(many_notes) if n % 3 == 0][2:]
    assert list(found) == expected
    assert all(s == [Suggestion(infrastructure, ("bredband", "landsbygd", "utbyggnad"))] for s in found.values())
    # And progress went from nothing to everything, chunk by chunk
    total = len(many_notes)
    assert progress == [(0, total), (2000, total), (4000, total), (total, total)]


def test_scan_stops_when_cancelled(project, suggestions, national, many_notes):
    # Given a scan that is cancelled once the first chunk is reported
    progress = []

    def report(done: int, _total: int) -> None:
        progress.append(done)
        if len(progress) >= 2:
            job.cancel()

    job = Job(on_progress=report)
    # When it runs
    found = suggestions.scan(national.id, job=job)
    # Then it stopped after that chunk, with the suggestions of that chunk only
    assert progress == [0, SCAN_CHUNK]
    first_chunk = set(many_notes[:SCAN_CHUNK])
    assert found and set(found) <= first_chunk
    assert len(found) == len([n for n in range(SCAN_CHUNK) if n % 3 == 0])


def test_scan_honours_the_note_filter(project, meeting, suggestions, national, themes):
    # Given broadband notes in two dialogues
    other = project.dialogues.create("Nätverksträff med kommunerna")
    here = project.notes.add(meeting.id, BROADBAND_NOTE)
    project.notes.add(other.id, BROADBAND_NOTE)
    # When one dialogue is scanned
    found = suggestions.scan(national.id, NoteFilter(dialogue_ids=frozenset({meeting.id})))
    # Then only its note is answered
    assert list(found) == [here.id]
