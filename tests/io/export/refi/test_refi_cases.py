"""The .qdpx as QualCoder and others read it: each note a case with its variables, each group a
case of its selections (and of the sources that are all its own), each theme's synthesis and key
quotes a note file that QualCoder imports as a journal; and still valid against the schema."""

from __future__ import annotations

from dialog_app.io.export import ExportOptions, export
from dialog_app.io.export.gather import gather
from tests.io import export_project as fx
from tests.io.qualcoder_reading import read_like_qualcoder
from tests.io.refi_files import NS, PROJECT_SCHEMA, read_qdpx, valid


def _qdpx(exported, tmp_path, **options):
    path = tmp_path / "remiss.qdpx"
    export(exported.project, "qdpx", path, ExportOptions(language="en", **options))
    return path


def test_each_note_is_a_case_with_its_kind_question_votes_key_quote_and_status(exported, tmp_path):
    # when
    qdpx = read_qdpx(_qdpx(exported, tmp_path, all_statuses=True))
    # then
    variables = {v.get("guid"): (v.get("name"), v.get("typeOfVariable")) for v in qdpx.find("//q:Variable")}
    assert {"Stakeholder group": "Text", "Type of note": "Text", "Question": "Text", "Votes": "Integer",
            "Key quote": "Boolean", "Status": "Text"}.items() <= dict(variables.values()).items()
    case = qdpx.find("//q:Case[@name='D1-001']")[0]
    values = {variables[v.xpath("string(q:VariableRef/@targetGUID)", namespaces=NS)][0]: v[1].text
              for v in case.xpath("q:VariableValue", namespaces=NS)}
    assert values == {"Stakeholder group": "Civilsamhälle", "Type of note": "Statement",
                      "Question": "Vad behöver du för att känna dig trygg digitalt?", "Votes": "7",
                      "Key quote": "true", "Status": "Approved for publication"}
    selection = qdpx.find("//q:PlainTextSelection[@name='D1-001']")[0]
    assert case.xpath("q:SelectionRef/@targetGUID", namespaces=NS) == [selection.get("guid")]
    report = gather(exported.project, ExportOptions(language="en", all_statuses=True))
    note_cases = [c.get("name") for c in qdpx.find("//q:Case") if c.get("name").startswith("D")]
    assert note_cases == [note.ref for note in report.notes]


def test_a_group_whose_dialogue_is_all_its_own_has_the_whole_source(exported, tmp_path):
    # given: a dialogue with the business group alone
    alone = exported.project.dialogues.create("Företagsfrukost", kind="dialogue_meeting")
    business = exported.groups["business"].id
    exported.project.notes.add(alone.id, "Snabbare bredband till industriområdena.", group_id=business,
                               status="approved")
    # when
    qdpx = read_qdpx(_qdpx(exported, tmp_path))
    # then
    source = qdpx.find("//q:TextSource[contains(@name, 'Företagsfrukost')]")[0]
    by_case = {c.get("name"): c.xpath("q:SourceRef/@targetGUID", namespaces=NS) for c in qdpx.find("//q:Case")}
    assert by_case["Näringsliv"] == [source.get("guid")]
    assert by_case["Civilsamhälle"] == [] and by_case["Kommun"] == []  # D1 holds both groups
    ok, errors = valid(qdpx.qde, PROJECT_SCHEMA)
    assert ok, errors


def test_the_project_with_cases_and_note_files_is_valid(exported, tmp_path):
    for options in ({}, {"all_statuses": True}):
        ok, errors = valid(read_qdpx(_qdpx(exported, tmp_path, **options)).qde, PROJECT_SCHEMA)
        assert ok, errors


def test_qualcoder_imports_the_memos_as_journals_and_the_cases_with_their_attributes(exported, tmp_path):
    # when
    path = _qdpx(exported, tmp_path)
    qualcoder = read_like_qualcoder(path)
    qdpx = read_qdpx(path)
    # then
    journal = qualcoder.journals["Synthesis: 1 Digital kompetens"]
    assert "Deltagarna vill ha hjälp nära där de bor." in journal
    assert "D1-001 [Civilsamhälle · Statement]\n" + fx.LIBRARIES in journal
    assert len(qualcoder.journals) == len(qdpx.find("//q:Notes/q:Note"))
    assert qualcoder.cases["D1-001"]["Votes"] == "7"
    assert qualcoder.cases["D1-001"]["Type of note"] == "Statement"
    assert qualcoder.cases["Kommun"] == {"Stakeholder group": "Kommun"}
    assert qualcoder.file_attributes["D1 Dialogmöte med civilsamhället"]["Type of dialogue"]
    exact = qdpx.selections()
    assert {ref: texts[0] for ref, texts in qualcoder.codings.items()} == {
        ref: exact[ref] for ref in qualcoder.codings
    }  # every coding on its note
