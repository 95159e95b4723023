"""The learned model's calibration, word pieces and ranking: what issue 17's labelled set taught.

A curve fitted to the training notes' own scores sat so high that new notes seldom reached it; the
pieces let compounds share what whole words do not; a theme whose words the note holds comes first.
"""

from __future__ import annotations

import math
import uuid

from dialog_app.core.services.suggestions import Suggestion
from dialog_app.core.services.theme_learner import blend
from dialog_app.core.theme_calibration import platt
from dialog_app.core.theme_learning import Learned, features
from dialog_app.core.theme_training import Example, train


def test_platt_finds_the_curve_the_labels_were_drawn_from() -> None:
    # Given scores whose chance of being positive follows a known logistic curve (a = 40, b = -2)
    scores = [k / 1000 for k in range(-100, 200)]
    chance = [1 / (1 + math.exp(-(40 * x - 2))) for x in scores]
    # (each score stands for 1 000 notes: a share `chance` of them positive)
    labels = [True] * len(scores) + [False] * len(scores)
    weights = [1000 * p for p in chance] + [1000 * (1 - p) for p in chance]
    fitted = platt(scores * 2, labels, weights, positives=10**6, negatives=10**6)
    # Then the fit is that curve
    assert fitted is not None
    a, b = fitted
    assert abs(a - 40) < 0.5 and abs(b + 2) < 0.05


def test_platt_refuses_scores_that_do_not_rise_with_the_labels() -> None:
    assert platt([0.1, 0.2, 0.5, 0.6], [True, True, False, False], [1, 1, 1, 1], 2, 2) is None
    assert platt([0.3, 0.3], [True, False], [1, 1], 1, 1) is None


SAFETY = ("Informationssäkerheten i kommunen måste stärkas mot intrång",
          "Vi behöver säkerhetsarbete och övningar mot it-attacker",
          "Lösenorden och säkerhetskopiorna hanteras slarvigt",
          "Ransomware slog ut skolans system i en vecka",
          "Personuppgifterna måste skyddas bättre i e-tjänsterna",
          "Kommunens säkerhetssamordnare har för lite tid",
          "Nätfiske mot äldre ökar och de blir lurade")
NETWORK = ("Bredbandsutbyggnaden på landsbygden går för långsamt",
           "Fiberföreningen i byn behöver stöd för grävningen",
           "Mobiltäckningen längs vägarna är dålig",
           "Stadsnätet borde nå alla villaområden",
           "Vi saknar uppkoppling i fritidshusområdet",
           "Masten vid sjön täcker inte hela dalen",
           "Operatörerna bygger bara där det lönar sig")


def trained():
    examples = [Example(f"s{n}", features(t), frozenset({"safety"})) for n, t in enumerate(SAFETY)]
    examples += [Example(f"n{n}", features(t), frozenset({"network"})) for n, t in enumerate(NETWORK)]
    return train(examples, ["safety", "network"])


def test_a_new_note_like_a_themes_notes_is_suggested_that_theme_only() -> None:
    # Given seven tagged notes per theme, when a new note about security is scored
    found = trained().score("Säkerhetsarbetet mot intrång och attacker behöver övningar")
    # Then security is more likely than not, broadband is not
    assert set(found) == {"safety"}
    assert found["safety"].score > 0.5


def test_word_pieces_let_compounds_share_what_whole_words_do_not() -> None:
    # "Bredbandet" shares no stem with the tagged "Bredbandsutbyggnaden", but its pieces
    assert "#bredb" in features("Bredbandet") and "#bredb" in features("Bredbandsutbyggnaden")
    assert not set(k for k in features("Bredbandet") if not k.startswith("#")) & \
        set(k for k in features(NETWORK[0]) if not k.startswith("#"))
    found = trained().score("Bredbandet och fibern till byarna")
    assert set(found) == {"network"}


def test_the_only_theme_tagged_yet_is_learned_and_suggested() -> None:
    examples = [Example(f"n{n}", features(t), frozenset({"network"})) for n, t in enumerate(NETWORK)]
    model = train(examples, ["network"])
    assert set(model.score("Fiberutbyggnaden och mobiltäckningen i byn")) == {"network"}
    assert model.score("Äldre behöver hjälp med e-legitimationen") == {}


def test_a_theme_whose_words_the_note_holds_comes_before_one_only_the_model_sees() -> None:
    keyword, learned_only = uuid.uuid4(), uuid.uuid4()
    found = [Suggestion(keyword, ("bredband",), 1.2)]
    hits = {learned_only: Learned(learned_only, 0.97, 12, ())}
    ranked = blend(found, hits, None, lambda ids: (), lambda t: Suggestion(t, ()))
    assert [s.theme_id for s in ranked] == [keyword, learned_only]
