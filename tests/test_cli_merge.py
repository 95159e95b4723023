"""`dialog-app merge PATH OTHER… [--dry-run] [--json]` (issue 13): table projects back into the
master, after a backup; the other files only read; the same files again change nothing."""

from __future__ import annotations

import json

from dialog_app import cli
from dialog_app.core.project import Project
from dialog_app.core.project_files import list_backups
from dialog_app.core.table_projects import plan_tables
from tests.cli_runs import digest


def test_two_tables_merge_back_once_and_are_only_read(project_path, tmp_path, capsys):
    with Project.create(project_path("Möte")) as master:
        dialogue = master.dialogues.create_with_questions("Dialogmöte i Kiruna", [("Vad saknas?", 20)])
        one, two = master.prepare_tables(plan_tables(master.path, 2, tmp_path / "bord"))
    for path, text in ((one, "Fler e-tjänster på lätt svenska"), (two, "Bank-id är svårt för äldre")):
        with Project.open(path) as table:
            table.notes.add(dialogue.id, text, table_label=table.table_label)
    before = {path: digest(path) for path in (one, two)}
    assert cli.main(["merge", str(master.path), str(one), str(two), "--dry-run"]) == 0
    assert "would bring in\n  added: 1 note" in capsys.readouterr().out
    with Project.open(master.path, read_only=True) as project:
        assert project.summary()["notes"] == 0
    assert cli.main(["merge", str(master.path), str(one), str(two)]) == 0
    assert capsys.readouterr().out.count("added: 1 note") == 2
    assert any(b.reason == "before-merge" for b in list_backups(master.path))
    assert {path: digest(path) for path in (one, two)} == before
    assert cli.main(["merge", str(master.path), str(one), str(two), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [entry["added"] for entry in report["merged"]] == [{}, {}]
    with Project.open(master.path, read_only=True) as project:
        assert sorted((n.text, n.table_label) for n in map(project.notes.get, project.notes.ids(None))) == [
            ("Bank-id är svårt för äldre", "Bord 2"), ("Fler e-tjänster på lätt svenska", "Bord 1")]


def test_a_file_that_is_no_project_is_refused_and_nothing_changes(project_path, tmp_path, capsys):
    with Project.create(project_path("Möte")) as master:
        pass
    stranger = tmp_path / "bord.dialog"
    stranger.write_bytes(b"not a project")
    assert cli.main(["merge", str(master.path), str(stranger)]) == 1
    assert "not a dialog_app project" in capsys.readouterr().err


def test_same_named_themes_stop_the_merge_until_the_command_says_what_to_do(project_path, tmp_path, capsys):
    with Project.create(project_path("Möte")) as master:
        dialogue = master.dialogues.create("Nätverksmöte")
        framework = master.frameworks.create("Regionens mål")
        one, two = master.prepare_tables(plan_tables(master.path, 2, tmp_path / "bord"))
    for path in (one, two):
        with Project.open(path) as table:
            theme = table.frameworks.add_theme(framework.id, "Kompetens")
            note = table.notes.add(dialogue.id, f"Kompetens behövs ({path.stem})")
            table.tagging.tag([note.id], theme.id)
    assert cli.main(["merge", str(one), str(two)]) == 1
    err = capsys.readouterr().err
    assert "Kompetens (Regionens mål)" in err and "--themes keep-both or --themes make-one" in err
    with Project.open(one, read_only=True) as table:
        assert table.summary()["notes"] == 1  # nothing of the second file came in
    assert cli.main(["merge", str(one), str(two), "--themes", "make-one", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["merged"][0]
    assert report["theme_conflicts"] == [{"name": "Kompetens", "framework": "Regionens mål", "choice": "one"}]
    with Project.open(one, read_only=True) as table:
        (theme,) = table.frameworks.themes(framework.id)
        assert len(table.notes.ids(None)) == 2
        assert all([t.id for t in table.tagging.themes_of(n)] == [theme.id] for n in table.notes.ids(None))
    assert cli.main(["merge", str(one), str(two)]) == 0  # remembered: no question the second time
    assert "nothing new" in capsys.readouterr().out


def test_the_report_names_the_notes_with_two_versions_and_the_tags_settled(project_path, tmp_path, capsys):
    import time

    with Project.create(project_path("Möte")) as master:
        dialogue = master.dialogues.create("Nätverksmöte")
        note = master.notes.add(dialogue.id, "Bredband i hela länet")
        theme = master.frameworks.themes(master.frameworks.frameworks()[0].id)[0]
        master.tagging.tag([note.id], theme.id)
        one, two = master.prepare_tables(plan_tables(master.path, 2, tmp_path / "bord"))
    with Project.open(one) as table:
        table.notes.update(note.id, text="Bredband i hela länet, även i skärgården")
    time.sleep(0.01)
    with Project.open(two) as table:
        table.notes.update(note.id, text="Snabbt bredband i hela länet")
        table.tagging.untag([note.id], theme.id)
    assert cli.main(["merge", str(one), str(two)]) == 0
    out = capsys.readouterr().out
    assert "1 note(s) had two versions" in out and f"{note.id}  Snabbt bredband i hela länet" in out
    assert f"{note.id}  {theme.name}: removed" in out


def test_a_dry_run_with_themes_reports_the_answer_and_stores_nothing(project_path, tmp_path, capsys):
    with Project.create(project_path("Möte")) as master:
        framework = master.frameworks.create("Regionens mål")
        one, two = master.prepare_tables(plan_tables(master.path, 2, tmp_path / "bord"))
    for path in (one, two):
        with Project.open(path) as table:
            table.frameworks.add_theme(framework.id, "Kompetens")
    before = digest(one)
    assert cli.main(["merge", str(one), str(two), "--dry-run", "--themes", "keep-both", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["merged"][0]
    assert report["theme_conflicts"] == [{"name": "Kompetens", "framework": "Regionens mål", "choice": "both"}]
    assert digest(one) == before
