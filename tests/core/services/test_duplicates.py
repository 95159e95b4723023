"""Possible duplicates: the same point captured twice, template answers, near-identical notes."""

from __future__ import annotations

import pytest

from dialog_app.core.jobs import Cancelled, Job
from dialog_app.core.services.context import ServiceContext
from dialog_app.core.services.duplicates import DuplicateGroup, DuplicateService
from dialog_app.core.services.note_filter import NoteFilter

LONG = (
    "Vi behöver fler digitala ombud på biblioteken i de mindre orterna så att äldre som inte har "
    "någon att fråga kan få hjälp med bank-id och e-tjänster"
)


@pytest.fixture
def duplicates(project):
    context = ServiceContext(
        db=project._db, changes=project.changes, history=project.history, user="anna"
    )
    return DuplicateService(context)


@pytest.fixture
def add(project, meeting):
    def add_note(text: str, dialogue=None):
        return project.notes.add((dialogue or meeting).id, text).id

    return add_note


def test_the_same_text_up_to_case_spacing_and_punctuation_is_an_exact_duplicate(add, duplicates):
    # Given the same point typed twice, once in a hurry, and a different point
    first = add("Bättre bredband på landsbygden!")
    second = add("bättre  bredband på landsbygden")
    add("Fler kurser för äldre")
    # When duplicates are looked for
    groups = duplicates.find()
    # Then the two form one exact group, in capture order
    assert groups == [DuplicateGroup((first, second), "exact", 1.0)]


def test_a_template_answer_in_many_notes_is_one_exact_group(add, duplicates):
    # Given a survey where twelve people left the template answer
    template = [add("Inga synpunkter.") for _ in range(12)]
    add("Fiber till alla hushåll")
    # When duplicates are looked for
    (group,) = duplicates.find()
    # Then the template answers are one group of twelve
    assert group.kind == "exact"
    assert group.note_ids == tuple(template)


def test_å_ä_ö_are_not_folded_when_comparing(add, duplicates):
    # Given "mål" and "mal": different words
    add("Vi behöver tydliga mål")
    add("Vi behöver tydliga mal")
    # Then they are not exact duplicates
    assert [g for g in duplicates.find() if g.kind == "exact"] == []


def test_a_long_note_with_a_small_change_is_a_near_duplicate(add, duplicates):
    # Given a long note, the same note with one more word at the end, and an unrelated note
    first = add(LONG)
    second = add(LONG + " också")
    add("Mobiltäckningen längs kusten är fortfarande dålig")
    # When duplicates are looked for
    (group,) = duplicates.find()
    # Then the two are a near group, with their 3-shingle similarity
    assert group.kind == "near"
    assert group.note_ids == (first, second)
    assert 0.8 <= group.similarity < 1.0


def test_long_notes_that_share_words_but_not_phrasing_are_not_near(add, duplicates):
    # Given the same words in a different order (same word set, few shared 3-word shingles)
    add("Digitala ombud på biblioteken hjälper äldre med bank-id och e-tjänster varje vecka")
    add("Varje vecka hjälper biblioteken äldre med e-tjänster och bank-id på digitala ombud")
    # Then they are not near duplicates
    assert duplicates.find() == []


def test_short_notes_are_compared_by_their_words(add, duplicates):
    # Given short notes: the same words reordered, and one word more out of six
    a = add("Bredband till alla hushåll nu")
    b = add("Nu bredband till alla hushåll")
    c = add("Bredband till alla hushåll nu tack")
    add("Fler kurser för seniorer")
    # When duplicates are looked for
    (group,) = duplicates.find()
    # Then the three are one near group; its similarity is the weakest pair that joined it (5/6)
    assert group.kind == "near"
    assert set(group.note_ids) == {a, b, c}
    assert group.similarity == pytest.approx(5 / 6, abs=1e-4)


def test_a_short_note_and_its_longer_version_are_compared_by_words(add, duplicates):
    # Given a seven-word note and the same with one word added (eight words, a "long" note)
    short = add("Fiber till alla hushåll i hela länet")
    longer = add("Fiber till alla hushåll i hela länet snart")
    # Then they are near duplicates (7 of 8 words shared)
    (group,) = duplicates.find()
    assert (group.kind, set(group.note_ids)) == ("near", {short, longer})
    assert group.similarity == pytest.approx(7 / 8, abs=1e-4)


def test_near_groups_hold_every_note_of_the_texts_they_join(add, duplicates):
    # Given a long text captured twice, and a variant of it once
    copies = [add(LONG), add(LONG)]
    variant = add(LONG + " också")
    # When duplicates are looked for
    exact, near = duplicates.find()
    # Then the copies are an exact group, and the near group holds both copies and the variant
    assert (exact.kind, exact.note_ids) == ("exact", tuple(copies))
    assert (near.kind, near.note_ids) == ("near", (*copies, variant))


def test_deleted_notes_are_ignored(project, add, duplicates):
    # Given the same point twice, one of them deleted
    add("Mer fiber")
    deleted = add("Mer fiber")
    project.notes.delete([deleted])
    # Then there are no duplicates, even when the bin is asked for
    assert duplicates.find() == []
    assert duplicates.find(NoteFilter(deleted=True)) == []


def test_the_filter_limits_the_search(project, meeting, add, duplicates):
    # Given the same point in two dialogues, and twice in one of them
    other = project.dialogues.create("Webbinarium om e-hälsa")
    here = [add("Mer fiber"), add("Mer fiber")]
    add("Mer fiber", dialogue=other)
    # When only the first dialogue is searched
    groups = duplicates.find(NoteFilter(dialogue_ids=frozenset({meeting.id})))
    # Then only its two notes are grouped
    assert [g.note_ids for g in groups] == [tuple(here)]


def test_progress_is_reported_and_cancelling_stops(add, duplicates):
    # Given some duplicate notes
    for _ in range(3):
        add("Inga synpunkter")
    progress = []
    # When duplicates are looked for
    duplicates.find(job=Job(on_progress=lambda done, total: progress.append((done, total))))
    # Then progress starts at nothing and ends complete
    assert progress[0][0] == 0
    assert progress[-1][0] == progress[-1][1] > 0
    assert [d for d, _t in progress] == sorted(d for d, _t in progress)
    # When the search is cancelled at once
    cancelled = Job()
    cancelled.cancel()
    # Then it stops with nothing
    with pytest.raises(Cancelled):
        duplicates.find(job=cancelled)


def test_notes_without_words_are_compared_as_typed(add, duplicates):
    # Given notes of only emoji
    a = add("👍")
    b = add("👍")
    add("👎")
    # Then the identical ones are an exact group
    assert duplicates.find() == [DuplicateGroup((a, b), "exact", 1.0)]
