"""`dialog-app suggest PATH [--json] [--accept-above SCORE]` (issue 15): the keyword suggestions the
review shows, scored by how strongly the note matches (issue 17: rarer words and phrases weigh more); listing only reads, accepting tags in one write."""

from __future__ import annotations

import json
import re

import pytest

from dialog_app.core.history import Action
from dialog_app.core.project import Project
from dialog_app.core.project_files import list_backups
from tests.cli_runs import digest, run

NOTES = ("Fiberföreningarna har byggt fiber till byarna", "Personalen behöver kompetens", "Inget här",
         "Företagen behöver digital kompetens och bredband")


@pytest.fixture
def project_file(project_path):
    path = project_path("Länsdialog")
    with Project.create(path) as project:
        dialogue = project.dialogues.create("Dialogmöte")
        for text in NOTES:
            project.notes.add(dialogue.id, text)
    return path


def tags(path) -> dict[str, list[str]]:
    with Project.open(path, read_only=True) as project:
        ids = project.note_refs.resolve([f"D1-00{n}" for n in range(1, 5)])
        return {ref: [t.code for t in project.tagging.themes_of(i)] for ref, i in zip(
            ("D1-001", "D1-002", "D1-003", "D1-004"), ids, strict=True)}


def test_json_lists_each_suggestion_with_its_score_and_writes_nothing(project_file, capsys):
    before = digest(project_file)
    status, out, err = run(capsys, "suggest", project_file, "--json")
    assert status == 0, err
    rows = json.loads(out)
    assert [(r["ref"], r["theme"], r["score"], r["keywords"]) for r in rows] == [
        ("D1-001", "5 Digital infrastruktur", 3.83, ["fiber", "fiberförening"]),  # 2 × (1 + ln(5/2))
        ("D1-002", "1 Digital kompetens", 1.51, ["kompetens"]),  # 2 of the 4 notes: 1 + ln(5/3)
        ("D1-004", "1 Digital kompetens", 3.83, ["kompetens", "digital kompetens"]),  # the phrase's 2 words
        ("D1-004", "5 Digital infrastruktur", 1.92, ["bredband"]),  # "företag" alone no longer says innovation
    ]
    assert rows[0]["text"] == NOTES[0] and rows[0]["theme_code"] == "5" and rows[0]["accepted"] is False
    assert rows[0]["matched"] == [{"keyword": "fiber", "note": "fiber"},  # the note's words that matched
                                  {"keyword": "fiberförening", "note": "fiberföreningarna"}]
    assert digest(project_file) == before and list_backups(project_file) == []


def test_text_lists_one_line_per_suggestion_and_a_summary(project_file, capsys):
    status, out, _err = run(capsys, "suggest", project_file)
    lines = out.splitlines()
    assert status == 0
    assert lines[0] == "D1-001  3.83  5 Digital infrastruktur  [fiber, fiberförening]  " + NOTES[0]
    assert lines[-1].startswith("4 suggestion(s) from För ett hållbart digitaliserat Sverige") and lines[-1].endswith(
        "for 3 note(s)")


def test_accept_above_tags_the_best_matched_in_one_undo_step(project_file, capsys, monkeypatch):
    # given: a look at the history the command records
    steps = []
    monkeypatch.setattr(Project, "close", _recording_close(steps))
    # when
    status, out, err = run(capsys, "suggest", project_file, "--accept-above", "3,5")
    # then
    assert status == 0, err
    assert "D1-001  3.83  accepted  5 Digital infrastruktur" in out
    assert out.splitlines()[-1].endswith("accepted 2 scoring above 3.5 on 2 note(s), left 2 to decide")
    assert tags(project_file) == {"D1-001": ["5"], "D1-002": [], "D1-003": [], "D1-004": ["1"]}
    assert steps == [(Action.ACCEPT_SUGGESTIONS, 2)]
    assert list_backups(project_file)
    # when: the rest, as JSON; the accepted ones are suggested no more
    status, out, _err = run(capsys, "suggest", project_file, "--accept-above", 0, "--json")
    assert [(r["ref"], r["theme_code"], r["accepted"]) for r in json.loads(out)] == [
        ("D1-002", "1", True), ("D1-004", "5", True)]
    assert tags(project_file) == {"D1-001": ["5"], "D1-002": ["1"], "D1-003": [], "D1-004": ["1", "5"]}
    assert run(capsys, "suggest", project_file)[1].startswith("No suggestions from För ett hållbart")


def test_another_framework_and_an_unknown_one(project_file, capsys):
    with Project.open(project_file) as project:
        project.frameworks.add_preset("agenda-2030")
    status, out, _err = run(capsys, "suggest", project_file, "--framework", "agenda-2030", "--json")
    assert status == 0 and all(row["theme_id"] for row in json.loads(out))
    status, _out, err = run(capsys, "suggest", project_file, "--framework", "SDG")
    assert status == 1 and err.startswith("dialog-app: error: no framework 'SDG'; the frameworks are: "
                                          "'För ett hållbart digitaliserat Sverige")


def _recording_close(steps: list):
    original = Project.close

    def close(project: Project) -> None:
        step = project.history.next_undo
        if step is not None:
            steps.append((step.action, step.count))
        original(project)

    return close


def test_a_theme_only_the_project_s_tags_suggest_is_listed_as_learned(project_path, capsys):
    sea = ("Fisket i skärgården behöver hamnar som fungerar året runt",
           "Hamnarna längs kusten saknar plats för fiskebåtarna",
           "Yrkesfisket och hamnarna i skärgården måste få bättre villkor",
           "Skärgårdens fiskare vill ha fler hamnplatser vid kusten",
           "Kustens fiskelägen och hamnar förfaller när fisket minskar")
    path = project_path("Kustdialog")
    with Project.create(path) as project:
        meeting = project.dialogues.create("Kustmöte")
        theme = list(project.frameworks.themes(project.frameworks.active_framework().id))[0]
        project.tagging.tag([project.notes.add(meeting.id, text).id for text in sea], theme.id)
        project.notes.add(meeting.id, "Hamnarna i skärgården behövs för fisket")
    status, out, err = run(capsys, "suggest", path, "--json")
    assert status == 0, err
    row = next(r for r in json.loads(out) if r["ref"] == "D1-006")
    assert row["theme_id"] == str(theme.id) and row["score"] == 0 and row["keywords"] == []
    assert 0.5 < row["learned"] <= 1
    status, out, _err = run(capsys, "suggest", path)
    assert re.search(r"D1-006  0\.0  1 Digital kompetens  \[\]  \(learned [01]\.\d+\)", out), out
