"""What every export holds: only publishable notes, masked, numbered for good, counted right."""

from __future__ import annotations

from datetime import date

from dialog_app.io.export.gather import gather
from dialog_app.io.export.options import ExportOptions
from tests.io import export_project as fx


def texts(report) -> list[str]:
    return [note.text for note in report.notes]


def test_only_approved_notes_by_default(exported):
    # when
    report = gather(exported.project)
    # then
    assert fx.LIBRARIES in texts(report) and fx.SAMI in texts(report)
    for unpublished in (fx.CAPTURED_ONLY, fx.REVIEWED_ONLY, fx.EXCLUDED, fx.DELETED):
        assert unpublished not in texts(report)
    assert report.left_out == {"captured": 1, "reviewed": 1, "excluded": 1}  # the deleted one is gone


def test_all_statuses_takes_everything_but_the_excluded(exported):
    # when
    report = gather(exported.project, ExportOptions(all_statuses=True))
    # then
    assert fx.CAPTURED_ONLY in texts(report) and fx.REVIEWED_ONLY in texts(report)
    assert fx.EXCLUDED not in texts(report) and fx.DELETED not in texts(report)
    assert report.left_out == {"excluded": 1}


def test_personal_data_is_masked_and_each_finding_is_located(exported):
    # when
    report = gather(exported.project)
    # then
    personal = next(n for n in report.notes if n.id == exported.notes["personal"].id)
    named = next(n for n in report.notes if n.id == exported.notes["named"].id)
    for secret in ("070-123 45 67", "anna.berg@example.se", "811218-9876"):
        assert secret not in personal.text
    assert "Anna Berg" not in named.text
    assert {(m.where, m.kind) for m in report.masked} == {
        (personal.ref, "phone"), (personal.ref, "email"), (personal.ref, "personal_number"),
        (named.ref, "name"), ("1 Digital kompetens", "phone"),
    }
    assert "08-123 456 78" not in report.themes[0].synthesis


def test_personal_data_is_kept_only_when_asked_for(exported):
    # when
    report = gather(exported.project, ExportOptions(include_personal_data=True))
    # then
    assert fx.PERSONAL in texts(report) and fx.NAMED in texts(report)
    assert report.masked == ()
    assert {n.captured_by for n in report.notes} == {"facilitator"}
    assert {n.captured_by for n in gather(exported.project).notes} == {""}


def test_references_count_every_note_taken_so_they_never_shift(exported):
    # given: the 4th note of dialogue 1 was deleted
    report = gather(exported.project)
    refs = {n.text: n.ref for n in report.notes}
    # then
    assert refs[fx.LIBRARIES] == "D1-001"
    assert refs[fx.MARKUP] == "D1-005"
    assert refs[fx.FINNISH] == "D2-001"
    # and when another note is deleted, the others keep their references
    exported.project.notes.delete([exported.notes["libraries"].id])
    again = {n.text: n.ref for n in gather(exported.project).notes}
    assert again[fx.MARKUP] == "D1-005"


def test_dialogues_are_numbered_by_date_with_the_undated_last(exported):
    # when
    report = gather(exported.project)
    # then
    assert [(d.number, d.title) for d in report.dialogues] == [
        (1, "Dialogmöte med civilsamhället"), (2, "Våga vara digital – webbsändning"),
        (3, "Nätverksmöte utan anteckningar"),
    ]
    first = report.dialogues[0]
    assert first.headcounts == (("Civilsamhälle", 12), ("Kommun", 3)) and first.people == 15
    assert first.organisations == ("PRO Umeå", "Studieförbundet Vuxenskolan")
    assert len(first.questions) == 2
    assert [report.notes[i].ref for i in first.notes] == ["D1-001", "D1-002", "D1-003", "D1-005", "D1-006", "D1-007"]


def test_themes_follow_the_framework_with_counts_that_match_the_project(exported):
    # when
    report = gather(exported.project)
    # then
    titles = [t.title for t in report.themes]
    assert titles[:3] == ["1 Digital kompetens", "1.1 Digital hjälp på biblioteken", "2 Digital trygghet"]
    library = report.themes[1]
    assert library.depth == 1 and library.parent == 0
    skills, trust = report.themes[0], report.themes[2]
    assert [report.notes[i].ref for i in skills.notes] == ["D1-001", "D1-003"]  # captured one left out
    assert dict(trust.groups) == {"Civilsamhälle": 2, "Näringsliv": 1} and trust.dialogues == 2
    # quotes: only published notes, in the writer's order
    assert [report.notes[i].text for i in skills.quotes] == [fx.LIBRARIES]
    assert [report.notes[i].text for i in report.uncovered] == [fx.UNCOVERED]
    for theme in report.themes:
        assert len(theme.notes) == sum(1 for n in report.notes if theme.index in n.themes)


def test_choosing_themes_and_dialogues_narrows_the_report(exported):
    # when
    trust = exported.themes["trust"].id
    first = exported.dialogues["first"].id
    report = gather(exported.project, ExportOptions(theme_ids=frozenset({trust}), dialogue_ids=frozenset({first})))
    # then
    assert [t.name for t in report.themes] == ["Digital trygghet"]
    assert texts(report) == [fx.SAMI, fx.MARKUP]
    assert report.uncovered == () and report.theme_selection
    assert [d.number for d in report.dialogues] == [1]  # and it keeps its number


def test_the_document_speaks_the_chosen_language(exported):
    # when
    english = gather(exported.project, ExportOptions(language="en"), today=date(2026, 11, 23))
    swedish = gather(exported.project, ExportOptions(language="sv"), today=date(2026, 11, 23))
    # then
    assert english.version_label == "Consultation version" and swedish.version_label == "Remissversion"
    assert english.wording.date(english.made_on) == "23 November 2026"
    assert swedish.wording.date(swedish.made_on) == "23 november 2026"
    assert {n.status for n in swedish.notes} == {"Godkänd för publicering"}
    assert "[telefon]" in next(n.text for n in swedish.notes if n.ref == "D1-003")
    assert "[phone]" in next(n.text for n in english.notes if n.ref == "D1-003")


def test_a_project_without_frameworks_exports_all_notes_as_uncovered(tmp_path):
    # given
    from dialog_app.core.project import Project

    with Project.create(tmp_path / "bare.dialog", frameworks=[]) as project:
        meeting = project.dialogues.create("Möte")
        project.notes.add(meeting.id, "Något viktigt", status="approved")
        # when
        report = gather(project)
    # then
    assert report.themes == () and report.framework == ""
    assert [report.notes[i].text for i in report.uncovered] == ["Något viktigt"]
