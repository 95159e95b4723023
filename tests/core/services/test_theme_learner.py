"""Suggestions that learn from the writer's own tags (issue 17): what is training signal, the
five-note rule, a learned theme for a note with no keyword, the explanation, retraining."""

from __future__ import annotations

import uuid

import pytest

from dialog_app.core.suggestion_score import LEARNED
from dialog_app.core.theme_learning import MIN_EXAMPLES, features
from dialog_app.core.theme_training import Example, train

# Notes about the sea and fishing: words no theme of the national strategy has as keywords.
SEA = [
    "Fisket i skärgården behöver hamnar som fungerar året runt",
    "Hamnarna längs kusten saknar plats för fiskebåtarna",
    "Yrkesfisket och hamnarna i skärgården måste få bättre villkor",
    "Skärgårdens fiskare vill ha fler hamnplatser vid kusten",
    "Kustens fiskelägen och hamnar förfaller när fisket minskar",
    "Unga fiskare lämnar skärgården när hamnarna läggs ner",
]
SEA_NEW = "Hamnarna i skärgården behövs för fisket"
OTHER = [
    "Barnen i förskolan leker ute varje dag",
    "Skolmaten i förskolan borde vara ekologisk",
    "Förskolans lärare behöver mindre barngrupper",
    "Lekplatsen vid förskolan är trasig",
    "Barngrupperna i förskolan är för stora",
    "Föräldrarna vill ha längre öppettider i förskolan",
]


@pytest.fixture
def national(project):
    return project.frameworks.active_framework()


@pytest.fixture
def two_themes(project, national):
    themes = list(project.frameworks.themes(national.id))
    return themes[0], themes[1]


def tag_all(project, meeting, texts, theme):
    notes = [project.notes.add(meeting.id, text) for text in texts]
    project.tagging.tag([n.id for n in notes], theme.id)
    return notes


def learned(project, note, framework_id):
    """Theme id -> suggestion, for the suggestions the model added or scored."""
    learner = project.suggestions.learner
    learner.retrain(framework_id)
    found = project.suggestions.for_notes([note.id], framework_id)[note.id]
    return {s.theme_id: s for s in found if s.learned is not None}


def test_a_theme_learned_from_tagged_notes_is_suggested_for_a_like_note_with_no_keyword(
    project, meeting, national, two_themes
):
    # Given six notes about harbours tagged with one theme, six about preschool with another
    sea, other = two_themes
    tag_all(project, meeting, SEA, sea)
    tag_all(project, meeting, OTHER, other)
    # When a new note about harbours comes, with none of the theme's keywords
    note = project.notes.add(meeting.id, SEA_NEW)
    assert not project.suggestions.matcher(national.id).match(SEA_NEW)
    # Then the sea theme is suggested, learned, with a 0..1 score and the tagged notes it is like
    found = learned(project, note, national.id)
    assert set(found) == {sea.id}
    suggestion = found[sea.id]
    assert 0.5 <= suggestion.learned <= 1.0
    assert suggestion.why.kind == LEARNED and suggestion.keywords == ()
    assert suggestion.why.similar == len(SEA)
    assert suggestion.why.examples and all(ref.startswith("D1-") for ref in suggestion.why.examples)


def test_a_theme_needs_five_tagged_notes_before_it_is_learned(project, meeting, national, two_themes):
    sea, other = two_themes
    tag_all(project, meeting, SEA[: MIN_EXAMPLES - 1], sea)
    tag_all(project, meeting, OTHER, other)
    note = project.notes.add(meeting.id, SEA_NEW)
    assert sea.id not in learned(project, note, national.id)
    # one more tagged note, and it is learned
    tag_all(project, meeting, SEA[MIN_EXAMPLES - 1 : MIN_EXAMPLES], sea)
    assert sea.id in learned(project, note, national.id)


def test_a_rejected_suggestion_is_a_negative_example():
    # Given five sea notes tagged "sea", and a sixth, like them, whose "sea" suggestion was refused
    sea = [Example(_id(i), features(text), frozenset({"sea"})) for i, text in enumerate(SEA[:5])]
    school = [Example(_id(10 + i), features(text), frozenset({"school"})) for i, text in enumerate(OTHER)]
    refused = Example(_id(99), features("Vindkraft i skärgården vid hamnarna"), frozenset(), frozenset({"sea"}))
    with_refusal = train([*sea, *school, refused], {"sea", "school"})
    without = train([*sea, *school], {"sea", "school"})
    # Then a note about wind power scores lower for "sea" once the refusal is learned
    text = "Vindkraft behövs"
    assert with_refusal.models["sea"].calibrated(with_refusal.raw_scores(text)[1]["sea"]) < \
        without.models["sea"].calibrated(without.raw_scores(text)[1]["sea"])


def test_the_models_own_suggestions_are_not_training_data(project, meeting, national, two_themes):
    # Given a learned theme, and notes it suggests it for that nobody accepted
    sea, other = two_themes
    tag_all(project, meeting, SEA, sea)
    tag_all(project, meeting, OTHER, other)
    shown = [project.notes.add(meeting.id, f"{SEA_NEW} {n}") for n in range(3)]
    assert all(sea.id in learned(project, note, national.id) for note in shown)
    # When the model is retrained
    model = project.suggestions.learner.retrain(national.id)
    # Then it learned from the six tagged notes only
    assert model.models[sea.id].examples == len(SEA)
    # and once one suggestion is accepted it counts
    project.suggestions.accept([shown[0].id], sea.id)
    assert project.suggestions.learner.retrain(national.id).models[sea.id].examples == len(SEA) + 1


def test_rejecting_removes_the_learned_suggestion_for_that_note(project, meeting, national, two_themes):
    sea, other = two_themes
    tag_all(project, meeting, SEA, sea)
    tag_all(project, meeting, OTHER, other)
    note = project.notes.add(meeting.id, SEA_NEW)
    assert sea.id in learned(project, note, national.id)
    project.suggestions.reject([note.id], sea.id)
    assert sea.id not in learned(project, note, national.id)


def test_the_model_is_retrained_in_the_background_after_a_tag_change(project, meeting, national, two_themes):
    # Given a model asked for once (trained off this thread)
    sea, other = two_themes
    tag_all(project, meeting, OTHER, other)
    note = project.notes.add(meeting.id, SEA_NEW)
    learner = project.suggestions.learner
    learner._debounce = 0.05
    told = []
    learner.when_trained(told.append)
    project.suggestions.for_notes([note.id], national.id)
    learner.wait()
    assert sea.id not in (learner.model(national.id) or train([], [])).models
    before = len(told)
    # When six sea notes are tagged
    tag_all(project, meeting, SEA, sea)
    learner.wait()
    learner.wait()
    # Then the retrained model knows the theme, without anybody waiting on it, and says so
    assert told[before:] == [national.id]
    found = project.suggestions.for_notes([note.id], national.id)[note.id]
    assert sea.id in {s.theme_id for s in found if s.learned is not None}


def test_a_framework_without_keywords_and_english_notes_learn_too(project, meeting):
    # Given a region's own framework whose themes have no keywords, and English notes
    framework = project.frameworks.create("Our own goals")
    harbour = project.frameworks.add_theme(framework.id, "Harbours")
    school = project.frameworks.add_theme(framework.id, "Schools")
    tag_all(project, meeting, [
        "The harbour needs deeper berths for fishing boats", "Fishing boats cannot moor in the old harbour",
        "Young fishermen leave when the harbour closes", "The harbour office should open on weekends",
        "More berths in the harbour for fishing boats"], harbour)
    tag_all(project, meeting, [
        "The school needs more teachers", "Children walk far to school", "School meals should be local",
        "The school yard is too small", "Teachers want smaller classes at school"], school)
    note = project.notes.add(meeting.id, "Fishing boats need the harbour")
    found = learned(project, note, framework.id)
    assert set(found) == {harbour.id}


def _id(n: int) -> uuid.UUID:
    return uuid.UUID(int=n)


def test_an_edited_text_is_learned_as_it_now_reads(project, meeting, national, two_themes):
    # Given a learned sea theme
    sea, other = two_themes
    notes = tag_all(project, meeting, SEA, sea)
    tag_all(project, meeting, OTHER, other)
    model = project.suggestions.learner.retrain(national.id)
    assert model.models[sea.id].examples_by_feature.get("vindkraft") is None
    # When a tagged note is rewritten to speak of wind power
    project.notes.update(notes[0].id, text="Vindkraft vid hamnarna i skärgården")
    # Then the retrained model learned the new words from it
    model = project.suggestions.learner.retrain(national.id)
    assert "vindkraft" in model.models[sea.id].examples_by_feature


def test_closing_the_project_stops_a_training_under_way(project, meeting, national, two_themes, monkeypatch):
    # given a theme with tagged notes, and a training that is reading their texts when the project closes
    from dialog_app.core.services import theme_learner

    tag_all(project, meeting, SEA, two_themes[0])
    learner = project.suggestions.learner
    read = []

    def closing_while_reading(text):
        read.append(text)
        learner.close()  # as Project.close does, from another thread, while the first texts are read
        return features(text)

    monkeypatch.setattr(theme_learner, "features", closing_while_reading)
    warnings = []
    monkeypatch.setattr(theme_learner.log, "warning", lambda *args, **_kw: warnings.append(args))
    # when the learner works on it
    learner.start(national.id)
    learner.wait()
    # then it stopped at its next look (every 2 000 texts, and before it trains), without a model,
    # a retry or a warning
    assert len(read) == len(SEA) and learner._models == {}
    assert warnings == [] and learner._timer is None
