"""`dialog-app tag PATH NOTE… --theme CODE_OR_NAME [--remove]` and `dialog-app status PATH NOTE… STATUS`
(issue 15): notes named as the exports name them (D1-002), by id or from standard input; statuses in
Swedish or English; an unknown theme lists the themes there are, and nothing is written."""

from __future__ import annotations

import io

import pytest

from dialog_app.core.project import Project
from dialog_app.core.project_files import list_backups
from tests.cli_runs import run


@pytest.fixture
def project_file(project_path):
    """Three notes at one dialogue (D1-001 … D1-003), the national strategy active, Agenda 2030 beside it."""
    path = project_path("Länsdialog")
    with Project.create(path, frameworks=["se-digital-2017", "agenda-2030"]) as project:
        dialogue = project.dialogues.create("Dialogmöte")
        for text in ("Fler mötesplatser för digital hjälp", "Fiber till Ramsele", "Tryggare e-legitimation"):
            project.notes.add(dialogue.id, text)
    return path


def note_ids(path) -> list:
    with Project.open(path, read_only=True) as project:
        return project.note_refs.resolve(["D1-001", "D1-002", "D1-003"])


def themes_of(path, note_id) -> list[str]:
    with Project.open(path, read_only=True) as project:
        return [f"{theme.code} {theme.name}" for theme in project.tagging.themes_of(note_id)]


def statuses(path) -> list[str]:
    with Project.open(path, read_only=True) as project:
        return [project.notes.get(i).status for i in project.note_refs.resolve(["D1-001", "D1-002", "D1-003"])]


def test_tag_by_reference_and_id_with_a_theme_by_code_then_take_it_off(project_file, capsys):
    first, second, _third = note_ids(project_file)
    # when
    status, out, err = run(capsys, "tag", project_file, "D1-001", str(second), "--theme", "5")
    # then
    assert status == 0, err
    assert out.strip() == "Tagged 2 notes with 5 Digital infrastruktur"
    assert themes_of(project_file, first) == themes_of(project_file, second) == ["5 Digital infrastruktur"]
    assert list_backups(project_file)
    # when: again, by name, and then off
    assert run(capsys, "tag", project_file, "d1-1", "--theme", "digital infrastruktur")[1].strip() == (
        "Tagged 0 notes with 5 Digital infrastruktur (1 already carried it)")
    status, out, _err = run(capsys, "tag", project_file, "D1-001", "D1-003", "--theme", "5", "--remove")
    assert status == 0 and out.strip() == "Took 5 Digital infrastruktur off 1 note (1 did not carry it)"
    assert themes_of(project_file, first) == []


def test_a_theme_of_another_framework_by_its_alias_or_by_framework(project_file, capsys):
    first, second, _third = note_ids(project_file)
    assert run(capsys, "tag", project_file, "D1-001", "--theme", "SDG 4")[0] == 0
    assert run(capsys, "tag", project_file, "D1-002", "--theme", "4", "--framework", "agenda-2030")[0] == 0
    assert themes_of(project_file, first) == themes_of(project_file, second) == ["4 God utbildning för alla"]


def test_notes_from_standard_input_first_word_of_each_line(project_file, capsys, monkeypatch):
    first, _second, third = note_ids(project_file)
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{first}  [Dialogmöte]  Fler mötesplatser\n\nD1-003\n"))
    status, out, err = run(capsys, "status", project_file, "-", "godkänd")
    assert status == 0, err
    assert out.strip() == "Set 2 notes to approved"
    assert statuses(project_file) == ["approved", "captured", "approved"]


@pytest.mark.parametrize(("word", "stored"), [
    ("approved", "approved"), ("Godkänd för publicering", "approved"), ("granskad", "reviewed"),
    ("Reviewed", "reviewed"), ("utesluten", "excluded"), ("inmatad", "captured"), ("EXCLUDED", "excluded"),
])
def test_status_in_swedish_or_english(project_file, capsys, word, stored):
    status, out, err = run(capsys, "status", project_file, "D1-002", word)
    assert status == 0, err
    assert statuses(project_file)[1] == stored


def test_status_counts_notes_that_already_were(project_file, capsys):
    assert run(capsys, "status", project_file, "D1-001", "reviewed")[0] == 0
    assert run(capsys, "status", project_file, "D1-001", "D1-002", "granskad")[1].strip() == (
        "Set 1 note to reviewed (1 already were)")


def test_an_unknown_status_is_a_usage_error_listing_the_words(project_file, capsys):
    before = project_file.read_bytes()
    status, _out, err = run(capsys, "status", project_file, "D1-001", "klar")
    assert status == 2
    assert ("argument STATUS: unknown note status 'klar'; use one of: captured (inmatad), reviewed (granskad), "
            "approved (godkänd), excluded (utesluten)") in err
    assert project_file.read_bytes() == before


def test_an_unknown_theme_lists_the_themes_and_writes_nothing(project_file, capsys):
    status, _out, err = run(capsys, "tag", project_file, "D1-001", "--theme", "Bredband")
    assert status == 1
    assert err.strip() == (
        "dialog-app: error: no theme 'Bredband'; the themes of För ett hållbart digitaliserat Sverige – en "
        "digitaliseringsstrategi are: 1 Digital kompetens, 2 Digital trygghet, 3 Digital innovation, 4 Digital "
        "ledning, 5 Digital infrastruktur (other frameworks: Agenda 2030 – de globala målen för hållbar utveckling; "
        "choose one with --framework)")
    assert themes_of(project_file, note_ids(project_file)[0]) == []


def test_a_theme_code_in_two_other_frameworks_needs_the_framework(project_file, capsys):
    # "Ingen hunger" is a theme of Agenda 2030 only: found; "99" of none: the active framework's themes are listed
    assert run(capsys, "tag", project_file, "D1-001", "--theme", "Ingen hunger")[0] == 0
    status, _out, err = run(capsys, "tag", project_file, "D1-001", "--theme", "2", "--framework", "Agenda")
    assert status == 1 and "no framework 'Agenda'; the frameworks are: 'För ett hållbart" in err


def test_an_unknown_note_or_one_in_the_bin_writes_nothing(project_file, capsys):
    first, second, _third = note_ids(project_file)
    with Project.open(project_file) as project:
        project.notes.delete([second])
    status, _out, err = run(capsys, "status", project_file, "D1-001", "D1-004", "approved")
    assert status == 1 and err.strip() == "dialog-app: error: no note D1-004: D1 has notes D1-001 to D1-003"
    status, _out, err = run(capsys, "tag", project_file, "D1-001", "D1-002", "--theme", "1")
    assert status == 1 and err.strip() == "dialog-app: error: note D1-002 is in the bin; restore it first"
    status, _out, err = run(capsys, "tag", project_file, str(second), "--theme", "1")
    assert status == 1 and f"note {second} (D1-002) is in the bin" in err
    with Project.open(project_file, read_only=True) as project:
        assert project.notes.get(first).status == "captured"
    assert themes_of(project_file, first) == []


def test_nothing_on_standard_input_is_a_usage_error(project_file, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    status, _out, err = run(capsys, "tag", project_file, "-", "--theme", "1")
    assert status == 2 and "no notes given" in err


def test_a_project_without_frameworks_says_so(project_path, capsys):
    path = project_path("utan-ramverk")
    with Project.create(path, frameworks=[]) as project:
        project.notes.add(project.dialogues.create("Möte").id, "Inspel")
    status, _out, err = run(capsys, "tag", path, "D1-001", "--theme", "1")
    assert status == 1 and err.strip() == "dialog-app: error: no framework; the project has no theme frameworks"
