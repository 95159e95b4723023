"""Issue 17, better start: suggestions ranked by how strongly a note matches (rare words and phrases
weigh more), never by where a theme stands in its framework; the presets' richer vocabulary, in
English too; and each suggestion carries the note's own words that matched."""

from __future__ import annotations

import math

import pytest

from dialog_app.core.suggestion_score import KeywordRarity, code_key


@pytest.fixture
def own(project):
    """A framework whose first theme has a common word, and whose last a rare, specific one."""
    framework = project.frameworks.create("Regionens egna")
    common = project.frameworks.add_theme(framework.id, "Vardag", code="1", keywords=["kommun"])
    rare = project.frameworks.add_theme(framework.id, "Fiber", code="2", keywords=["fiberförening"])
    return framework, common, rare


def add(project, *texts):
    dialogue = project.dialogues.create("Dialogmöte")
    return [project.notes.add(dialogue.id, text) for text in texts]


def test_a_rare_specific_match_outranks_a_common_one_whatever_the_framework_order(project, own):
    framework, common, rare = own
    # Given most notes name the municipality, and one note names it and a fibre association
    add(project, *(f"Kommunen svarade på fråga {n}" for n in range(8)))
    (note,) = add(project, "Kommunen borde stötta fiberföreningen i byn")
    # When its suggestions are asked for
    found = project.suggestions.for_notes([note.id], framework.id)[note.id]
    # Then the rare, specific theme comes first though it stands last, with the higher score
    assert [s.theme_id for s in found] == [rare.id, common.id]
    assert found[0].score > found[1].score
    assert found[1].score == pytest.approx(1.0)  # every note holds "kommun": 1 + ln(10 / 10)
    assert found[0].score == pytest.approx(1 + math.log(10 / 2))  # one of the 9 holds "fiberförening"


def test_a_phrase_weighs_per_word_and_its_words_count_once(project):
    national = project.frameworks.active_framework()
    themes = {t.code: t for t in project.frameworks.themes(national.id)}
    (note,) = add(project, "Vi behöver mer digital kompetens")
    found = {s.theme_id: s for s in project.suggestions.for_notes([note.id], national.id)[note.id]}
    skills = found[themes["1"].id]
    assert "digital kompetens" in skills.keywords and "kompetens" in skills.keywords
    assert skills.score == pytest.approx(2 * (1 + math.log(2 / 2)))  # the phrase's 2 words; "kompetens" not again


def test_ties_fall_to_the_theme_code_in_reading_order(project):
    framework = project.frameworks.create("Lika")
    ten = project.frameworks.add_theme(framework.id, "Tio", code="10", keywords=["cykelväg"])
    two = project.frameworks.add_theme(framework.id, "Två", code="2", keywords=["cykelbana"])
    (note,) = add(project, "En cykelväg och en cykelbana")
    found = project.suggestions.for_notes([note.id], framework.id)[note.id]
    assert [s.theme_id for s in found] == [two.id, ten.id]
    assert code_key("1.10") > code_key("1.2")


def test_an_english_note_is_matched_by_the_presets_english_keywords(project):
    national = project.frameworks.active_framework()
    themes = {t.code: t for t in project.frameworks.themes(national.id)}
    (note,) = add(project, "Older people need help with phishing and online fraud")
    found = project.suggestions.for_notes([note.id], national.id)[note.id]
    assert found[0].theme_id == themes["2"].id
    assert dict(found[0].why.matched) == {"fraud": "fraud", "phishing": "phishing"}


def test_innovation_is_not_suggested_for_a_bare_mention_of_companies(project):
    national = project.frameworks.active_framework()
    themes = {t.code: t for t in project.frameworks.themes(national.id)}
    notes = add(project, "Företagen och näringslivet i kommunen behöver bättre mobiltäckning",
                "Vi vill bygga en testbädd för nya affärsmodeller med AI")
    found = project.suggestions.for_notes([n.id for n in notes], national.id)
    assert [s.theme_id for s in found[notes[0].id]] == [themes["5"].id]
    assert found[notes[1].id][0].theme_id == themes["3"].id


def test_the_explanation_has_the_notes_words_and_the_counts_refresh_after_many_new_notes(project):
    national = project.frameworks.active_framework()
    (note,) = add(project, "Bredbandet på landsbygden")
    (found,) = project.suggestions.for_notes([note.id], national.id)[note.id]
    assert found.why.matched == (("bredband", "bredbandet"), ("landsbygd", "landsbygden"))
    assert project.suggestions.rarity(national.id).notes == 1
    add(project, *(f"Anteckning {n}" for n in range(25)))  # more than STALE_MIN notes changed
    assert project.suggestions.rarity(national.id).notes == 26


def test_a_keyword_no_counted_note_holds_weighs_most():
    rarity = KeywordRarity({"bredband": 4}, notes=4)
    assert rarity.weight("bredband") == pytest.approx(1 + math.log(5 / 5))
    assert rarity.weight("fiberförening") == pytest.approx(1 + math.log(5))
    assert rarity.weight("snabbt bredband") == pytest.approx(2 * (1 + math.log(5)))
