"""REFI-QDA files as the tools write them: the samples from NVivo, QualCoder and ATLAS.ti, this app's
own export read back exactly, and hostile files refused before anything is read."""

from __future__ import annotations

from datetime import timezone
from pathlib import Path

import pytest

from dialog_app.core.import_plan import FileProblem, ImportFileError, SourceKind
from dialog_app.io.export import ExportOptions, export
from dialog_app.io.imports.refi_reader import inspect_refi
from tests.io.imports.refi_build import project, qdpx, read, selection, source_of, text_source, zipped

SAMPLES = Path(__file__).resolve().parents[4] / "shared" / "refi" / "samples"  # beside the repository
needs_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason="the REFI-QDA samples (../shared) are not here")


def path_of(plan, key):
    names = {t.key: (t.name, t.parent) for t in plan.themes}
    out = []
    while key:
        name, key = names[key]
        out.insert(0, name)
    return out


# --- the samples ----------------------------------------------------------------------------------


@needs_samples
def test_qualcoders_project_gives_its_code_tree_and_158_coded_lines():
    # when
    plan = read(source_of(SAMPLES / "qc_demo.qdpx"))
    # then
    assert plan.kind is SourceKind.REFI and plan.framework == "qc project"
    assert len(plan.themes) == 262
    assert [t.name for t in plan.themes if t.parent is None] == [
        "rq1_definition", "rq2_curriculum_and_instruction", "rq3_process"]
    assert path_of(plan, plan.themes[2].key) == ["rq1_definition", "competencies", "programming"]
    assert max(len(path_of(plan, t.key)) for t in plan.themes) == 7
    assert all(t.colour is None and t.synthesis == "" for t in plan.themes)
    assert len(plan.notes) == 158 and plan.bad_rows == ()
    assert sum(len(n.themes) for n in plan.notes) == 205
    first = plan.notes[0]
    assert first.text == "This district goal is engage every student in joyful, purposeful learning that"
    assert first.origin == "selection=37323865-3734-6533-3337-623138653238"
    assert [path_of(plan, k)[-1] for k in first.themes] == ["fun"]
    assert plan.groups == () and plan.facts["offsets"] == "characters"


@needs_samples
def test_qualcoders_line_with_four_codes_keeps_all_four():
    # when
    plan = read(source_of(SAMPLES / "qc_demo.qdpx"))
    # then
    note = next(n for n in plan.notes if n.text.startswith("issue with introducing computer science"))
    assert [path_of(plan, k)[-1] for k in note.themes] == ["math", "tracking", "equity", "interdisciplinary_cs"]


@needs_samples
def test_nvivos_project_gives_the_same_codebook_and_no_notes():
    # given: NVivo exported the QualCoder project; its plain texts are empty, the words in .docx
    qualcoder = read(source_of(SAMPLES / "qc_demo.qdpx"))
    # when
    plan = read(source_of(SAMPLES / "nvivo_project.qdpx"))
    # then
    assert [(t.key, t.name, t.parent) for t in plan.themes] == [(t.key, t.name, t.parent) for t in qualcoder.themes]
    assert plan.notes == () and plan.bad_rows == ()
    assert plan.facts["origin"] == "NVivo for Mac 15.0.0" and plan.facts["text_sources"] == "2"


@needs_samples
def test_atlas_ti_codebook_gives_one_coloured_described_theme():
    # when
    plan = read(source_of(SAMPLES / "atlasti23_codebook_from_requal_test.qdc"))
    # then
    assert [(t.key, t.name, t.parent, t.colour, t.description) for t in plan.themes] == [
        ("1ff58b12-6f6f-4b0c-8be5-bbdc91f55294", "code1", None, "#46aa00", "description")]
    assert plan.notes == () and plan.framework == "atlasti23_codebook_from_requal_test"


@needs_samples
@pytest.mark.parametrize(("name", "selections"), [("qc_demo.qdpx", 158), ("nvivo_project.qdpx", 0),
                                                  ("atlasti23_codebook_from_requal_test.qdc", 0)])
def test_a_quick_look_counts_the_selections(name, selections):
    # when
    facts = inspect_refi(source_of(SAMPLES / name))
    # then
    assert facts.kind is SourceKind.REFI and facts.row_count == selections
    assert facts.format == name.rsplit(".", 1)[1]


# --- this app's own export, read back -------------------------------------------------------------


def test_an_export_of_this_app_reads_back_as_the_same_notes_themes_tags_and_syntheses(exported, tmp_path):
    # given
    project = exported.project
    export(project, "qdpx", tmp_path / "remiss.qdpx", ExportOptions(include_personal_data=True, all_statuses=True))
    framework = project.frameworks.active_framework()
    themes = project.frameworks.themes(framework.id)
    title = {t.id: f"{t.code} {t.name}" if t.code else t.name for t in themes}
    groups = {g.id: g.name for g in project.participation.groups()}
    questions = project.dialogues.all_questions()
    # when
    plan = read(source_of(tmp_path / "remiss.qdpx"))
    # then
    names = {t.key: t.name for t in plan.themes}
    assert [(t.name, names.get(t.parent), t.colour, t.description, t.synthesis) for t in plan.themes] == [
        (title[t.id], title.get(t.parent_id), t.colour.lower(), t.description, project.synthesis.get(t.id).text)
        for t in themes]
    assert sorted((n.text, n.group, n.question, n.table, n.votes, n.time, sorted(names[k] for k in n.themes))
                  for n in plan.notes) == sorted(
        (n.text, groups.get(n.group_id), questions[n.agenda_item_id].question if n.agenda_item_id else None,
         n.table_label, n.votes, n.created_at.astimezone(timezone.utc).replace(microsecond=0),
         sorted(title[t.id] for t in project.tagging.themes_of(n.id)))
        for n in project.notes.list() if n.status != "excluded")
    assert plan.bad_rows == () and plan.framework == "Regional digitaliseringsstrategi 2030"
    assert set(plan.groups) == {"Civilsamhälle", "Kommun", "Näringsliv"}
    assert "Vad ska regionen prioritera?" in plan.questions and "Vilka tjänster saknar du?" in plan.questions


def test_an_english_export_reads_back_the_same_details(exported, tmp_path):
    # given
    export(exported.project, "qdpx", tmp_path / "remiss.qdpx", ExportOptions(language="en"))
    # when
    plan = read(source_of(tmp_path / "remiss.qdpx"))
    # then
    libraries = next(n for n in plan.notes if n.text.startswith("Fler mötesplatser"))
    assert (libraries.question, libraries.table, libraries.votes) == (
        "Vad behöver du för att känna dig trygg digitalt?", "Bord 2", 7)
    skills = next(t for t in plan.themes if t.name == "1 Digital kompetens")
    assert skills.synthesis == "Deltagarna vill ha hjälp nära där de bor. Kontakt: [phone]."  # no "Key quotes"


def test_the_codebook_export_reads_back_as_the_same_theme_tree(exported, tmp_path):
    # given
    export(exported.project, "qdc", tmp_path / "ramverk.qdc")
    export(exported.project, "qdpx", tmp_path / "remiss.qdpx")
    # when
    alone, in_project = read(source_of(tmp_path / "ramverk.qdc")), read(source_of(tmp_path / "remiss.qdpx"))
    # then
    assert [(t.key, t.name, t.parent, t.colour) for t in alone.themes] == [
        (t.key, t.name, t.parent, t.colour) for t in in_project.themes]
    assert alone.notes == () and alone.framework == "ramverk"


# --- hostile files --------------------------------------------------------------------------------

BOMB = ('<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><Project xmlns="urn:QDA-XML:project:1.0" name="&c;"/>')
EXTERNAL = ('<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
            '<Project xmlns="urn:QDA-XML:project:1.0" name="&secret;"/>')


@pytest.mark.parametrize("qde", [BOMB, EXTERNAL], ids=["entity bomb", "external entity"])
def test_a_project_declaring_entities_is_refused(tmp_path, qde):
    # when
    with pytest.raises(ImportFileError) as refused:
        read(qdpx(tmp_path, qde))
    # then
    assert refused.value.problem is FileProblem.UNSAFE_XML


def test_a_codebook_declaring_entities_is_refused(tmp_path):
    # given
    path = tmp_path / "ramverk.qdc"
    path.write_text(EXTERNAL.replace("Project", "CodeBook"), encoding="utf-8")
    # when
    with pytest.raises(ImportFileError) as refused:
        read(source_of(path))
    # then
    assert refused.value.problem is FileProblem.UNSAFE_XML


def test_a_zip_bomb_is_refused(tmp_path):
    # given: a source that unpacks to a thousand times its packed size
    qde = project(text_source("11111111-0000-0000-0000-000000000001", "", "internal://big.txt"))
    source = qdpx(tmp_path, qde, {"sources/big.txt": b"\0" * (32 * 1024 * 1024)})
    # when
    with pytest.raises(ImportFileError) as refused:
        read(source)
    # then
    assert refused.value.problem is FileProblem.ZIP_BOMB


def test_a_member_climbing_out_of_the_archive_is_refused(tmp_path):
    # given
    source = qdpx(tmp_path, project(""), {"../x.txt": "utanför"})
    # when
    with pytest.raises(ImportFileError) as refused:
        read(source)
    # then
    assert refused.value.problem is FileProblem.UNSAFE_PATH and refused.value.detail == "../x.txt"


def test_a_picture_named_qdpx_is_refused_as_broken(tmp_path):
    # given
    path = tmp_path / "bild.qdpx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    # when
    with pytest.raises(ImportFileError) as refused:
        read(source_of(path))
    # then
    assert refused.value.problem is FileProblem.BROKEN


@pytest.mark.parametrize("members", [{"other.xml": "<Project/>"}, {"project.qde": "<html><body/></html>"},
                                     {"project.qde": "not xml at all"}], ids=["no qde", "not refi", "not xml"])
def test_a_zip_that_is_no_refi_project_is_refused_as_broken(tmp_path, members):
    # given
    path = tmp_path / "annat.qdpx"
    path.write_bytes(zipped(members))
    # when
    with pytest.raises(ImportFileError) as refused:
        read(source_of(path))
    # then
    assert refused.value.problem is FileProblem.BROKEN


def test_a_source_path_naming_the_senders_disk_is_not_followed(tmp_path):
    # given: a file beside the import that the path points at
    (tmp_path / "secret.txt").write_text("hemligt", encoding="utf-8")
    selected = selection("22222222-0000-0000-0000-0000000000a1", 0, 7)
    secret = text_source("22222222-0000-0000-0000-000000000001", selected, f"absolute://{tmp_path / 'secret.txt'}")
    # when
    plan = read(qdpx(tmp_path, project(f"<Sources>{secret}</Sources>")))
    # then
    assert plan.notes == () and [b.problem.value for b in plan.bad_rows] == ["no_source"]
