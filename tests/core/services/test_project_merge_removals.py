"""Removals carry over in a merge (issue 13): a theme, a framework, a question or a key quote
removed at one table stays removed, with what went with it; an undo of the removal brings it back
for good; and the merge's own undo puts everything back."""

from __future__ import annotations

import sqlite3

import pytest

from dialog_app.core.project import Project
from dialog_app.core.table_projects import plan_tables


@pytest.fixture
def tables(project, tmp_path):
    """A master with a dialogue, a question, a tagged note that is a key quote, and its framework."""
    dialogue = project.dialogues.create_with_questions("Dialogmöte om kompetens", [("Vad behövs?", 20),
                                                                                   ("Vem gör vad?", 10)])
    framework = project.frameworks.create("Regionens mål")
    theme = project.frameworks.add_theme(framework.id, "Kompetens")
    sub = project.frameworks.add_theme(framework.id, "AI-kompetens", parent_id=theme.id)
    question = project.dialogues.agenda(dialogue.id)[1]
    note = project.notes.add(dialogue.id, "Fler kurser i AI", agenda_item_id=question.id)
    project.tagging.tag([note.id], sub.id)
    project.synthesis.save_text(theme.id, "Kompetens behövs överallt.")
    project.synthesis.add_quote(theme.id, note.id)
    paths = project.prepare_tables(plan_tables(project.path, 2, tmp_path / "bord"))
    return {"dialogue": dialogue.id, "framework": framework.id, "theme": theme.id, "sub": sub.id,
            "question": question.id, "note": note.id, "paths": paths}


def seen(project: Project, t: dict) -> dict:
    frameworks = {f.id for f in project.frameworks.frameworks()}
    themes = sorted(x.name for x in project.frameworks.themes(t["framework"])) if t["framework"] in frameworks else []
    note = project.notes.get(t["note"])
    return {"themes": themes, "tags": sorted(x.name for x in project.tagging.themes_of(t["note"])),
            "questions": [q.question for q in project.dialogues.agenda(t["dialogue"])],
            "note_question": note.agenda_item_id, "frameworks": len(frameworks),
            "quotes": list(project.synthesis.get(t["theme"]).quotes) if themes else []}


def removed_rows(path) -> set:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT table_name FROM removedrow")}


def test_a_theme_removed_at_one_table_stays_removed_with_its_tags(tables):
    one, two = tables["paths"]
    with Project.open(one) as first:
        first.theme_editing.delete_theme(tables["sub"])
        expected = seen(first, tables)
    assert {"theme"} <= removed_rows(one)
    with Project.open(two) as second:
        result = second.project_merge.merge(one)
        assert seen(second, tables) == expected
        assert result.counts.removed["theme"] == 1 and result.counts.removed["tagging"] == 1
        assert second.check() == []
        assert not second.project_merge.merge(one).counts.changed
    with Project.open(one) as first:
        assert not first.project_merge.merge(two).counts.changed  # the other way: nothing to bring back


def test_a_framework_question_and_key_quote_removed_carry_over_and_undo_takes_them_back(tables):
    one, two = tables["paths"]
    with Project.open(one) as first:
        first.synthesis.remove_quote(tables["theme"], tables["note"])
        first.dialogues.delete_question(tables["question"])
        before = seen(first, tables)
    with Project.open(two) as second:
        second.theme_editing.delete_framework(tables["framework"])
        start = seen(second, tables)
    with Project.open(one) as first:
        result = first.project_merge.merge(two)
        merged = seen(first, tables)
        assert merged["frameworks"] == before["frameworks"] - 1 and merged["themes"] == []
        assert result.counts.removed["themeframework"] == 1 and result.counts.removed["theme"] == 2
        first.history.undo()
        assert seen(first, tables) == before
        assert first.check() == []
        first.history.redo()
        assert seen(first, tables) == merged
    with Project.open(two) as second:
        second.project_merge.merge(one)
        assert seen(second, tables) == {**start, "questions": ["Vad behövs?"], "note_question": None}


def test_an_undone_removal_does_not_carry_over(tables):
    one, two = tables["paths"]
    with Project.open(one) as first:
        first.theme_editing.delete_theme(tables["sub"])
        first.history.undo()  # the theme, its tag and its place are back
        assert removed_rows(one) == set()
    with Project.open(two) as second:
        before = seen(second, tables)
        second.project_merge.merge(one)
        assert seen(second, tables) == before


def test_a_merge_undone_leaves_no_record_of_removals_behind(tables):
    one, two = tables["paths"]
    with Project.open(two) as second:
        theme = second.frameworks.add_theme(tables["framework"], "Infrastruktur")
    with Project.open(one) as first:
        first.project_merge.merge(two)
        assert "Infrastruktur" in seen(first, tables)["themes"]
        first.history.undo()
        assert "Infrastruktur" not in seen(first, tables)["themes"]
        first.project_merge.merge(two)  # merged again after the undo: the theme comes in again
        assert [t.id for t in first.frameworks.themes(tables["framework"]) if t.name == "Infrastruktur"] == [theme.id]
