"""A theme model kept in step with tag and text changes (issue 17's fast retraining) is the very
model a training from scratch makes: same weights, calibration and explaining notes, whatever the
order the notes came in."""

from __future__ import annotations

import random
import uuid

import pytest

from dialog_app.core import theme_training
from dialog_app.core.services.theme_learner import ThemeLearner
from dialog_app.core.theme_learning import features
from dialog_app.core.theme_training import Example, Training, train

WORDS = ("hamn fiske skola barn vård äldre buss tåg väg bredband fiber skog vatten energi sol vind kommun "
         "region samverkan styrning digital tjänst företag jobb bostad kultur bibliotek idrott park").split()
THEMES = ("sea", "school", "roads")


@pytest.fixture
def small_limits(monkeypatch):
    """Limits small enough that a few dozen notes are sampled, cut and drawn from as 100 000 would be."""
    monkeypatch.setattr(theme_training, "CALIBRATION_NOTES", 4)
    monkeypatch.setattr(theme_training, "KEEP_FEATURES", 25)
    monkeypatch.setattr(theme_training, "EXPLAINING_NOTES", 6)


def text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 9)))


def example(n: int, words: str | dict, positive=(), rejected=()) -> Example:
    counts = features(words) if isinstance(words, str) else words
    return Example(uuid.UUID(int=n), counts, frozenset(positive), frozenset(rejected))


def notes(rng: random.Random, count: int) -> dict[int, Example]:
    return {n: example(n, text(rng), rng.sample(THEMES, rng.choice((0, 1, 1, 2))),
                       rng.sample(THEMES, rng.choice((0, 0, 0, 1)))) for n in range(count)}


def assert_same(kept, fresh) -> None:
    assert kept.models == fresh.models  # examples, calibration and explaining notes
    assert list(kept.models) == list(fresh.models)
    for theme_id in kept.models:  # every kept weight, bit for bit
        assert kept.weights(theme_id) == fresh.weights(theme_id)


def test_a_training_kept_in_step_equals_one_from_scratch(small_limits):
    # Given a training of 80 notes, three themes
    rng = random.Random(17)
    now = notes(rng, 80)
    training = Training()
    training.update(now.values())
    training.model(THEMES)
    for _round in range(4):
        # When notes are retagged, untagged, refused, rewritten, added and taken away
        for n in rng.sample(sorted(now), 12):
            e = now[n]
            now[n] = example(n, text(rng) if rng.random() < 0.3 else e.counts,
                             rng.sample(THEMES, rng.choice((0, 1, 2))), rng.sample(THEMES, rng.choice((0, 1))))
        for n in rng.sample(sorted(now), 5):
            del now[n]
        for n in range(max(now) + 1, max(now) + 6):
            now[n] = example(n, text(rng), rng.sample(THEMES, 1))
        training.update(now.values())
        # Then the model kept in step is the one trained from scratch, the notes in any order
        shuffled = list(now.values())
        rng.shuffle(shuffled)
        assert_same(training.model(THEMES), train(shuffled, THEMES))


def test_a_change_of_one_themes_tags_rebuilds_that_theme_alone(small_limits, monkeypatch):
    # Given a trained model, and a note tagged "sea" and "school" that is not tagged "roads"
    rng = random.Random(3)
    now = notes(rng, 60)
    now[0] = example(0, text(rng), {"sea", "school"})
    training = Training()
    training.update(now.values())
    training.model(THEMES)
    built = []
    calibrated = theme_training._calibrated
    monkeypatch.setattr(theme_training, "_calibrated", lambda t, *rest: built.append(t) or calibrated(t, *rest))
    # When it loses "school" (still tagged, same text: no other theme's sums move)
    now[0] = example(0, now[0].counts, {"sea"})
    training.update(now.values())
    kept = training.model(THEMES)
    # Then only "school" is built again, and the model is still the one from scratch
    assert built == ["school"]
    assert_same(kept, train(now.values(), THEMES))


SEA = ["Fisket i skärgården behöver hamnar", "Hamnarna längs kusten saknar plats för båtar",
       "Yrkesfisket och hamnarna i skärgården", "Skärgårdens fiskare vill ha fler hamnplatser",
       "Kustens fiskelägen och hamnar förfaller", "Unga fiskare lämnar skärgården"]
SCHOOL = ["Barnen i förskolan leker ute", "Skolmaten i förskolan borde vara ekologisk",
          "Förskolans lärare behöver mindre barngrupper", "Lekplatsen vid förskolan är trasig",
          "Barngrupperna i förskolan är för stora", "Föräldrarna vill ha längre öppettider i förskolan"]


def test_the_learner_kept_in_step_with_the_project_equals_a_new_one(project, meeting):
    # Given a learned model of the national strategy
    framework = project.frameworks.active_framework()
    sea, school, third = list(project.frameworks.themes(framework.id))[:3]
    sea_notes = [project.notes.add(meeting.id, t) for t in SEA]
    school_notes = [project.notes.add(meeting.id, t) for t in SCHOOL]
    project.tagging.tag([n.id for n in sea_notes], sea.id)
    project.tagging.tag([n.id for n in school_notes], school.id)
    learner = project.suggestions.learner
    learner.retrain(framework.id)
    # When notes are tagged, untagged, refused, rewritten, binned and added
    project.tagging.tag([sea_notes[0].id, school_notes[0].id], third.id)
    project.tagging.untag([school_notes[1].id], school.id)
    project.suggestions.reject([school_notes[2].id], sea.id)
    project.notes.update(sea_notes[1].id, text="Vindkraft vid hamnarna i skärgården")
    project.notes.delete([sea_notes[2].id])
    added = project.notes.add(meeting.id, "Fler hamnar för fisket i skärgården")
    project.tagging.tag([added.id], sea.id)
    kept = learner.retrain(framework.id)
    # Then the model kept in step is the one a learner new to the project trains
    assert_same(kept, fresh_model(project, framework.id))
    assert kept.models[sea.id].examples == len(SEA)  # one binned, one added
    # and so it is after a change that names no note: a theme deleted with its tags, and a note retagged
    project.theme_editing.delete_theme(third.id)
    project.tagging.tag([school_notes[1].id], school.id)
    assert_same(learner.retrain(framework.id), fresh_model(project, framework.id))


def fresh_model(project, framework_id):
    fresh = ThemeLearner(project.suggestions._ctx)
    try:
        return fresh.retrain(framework_id)
    finally:
        fresh.close()
