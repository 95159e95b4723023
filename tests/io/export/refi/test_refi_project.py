"""The .qdpx project: a valid zip of project.qde and lowercase sources/, published notes only,
masked, with each stakeholder group a case and the synthesis a memo on its code (the notes' own
cases and the memos' files: test_refi_cases.py)."""

from __future__ import annotations

import re

from dialog_app.io.export import ExportOptions, export
from dialog_app.io.export.gather import gather
from dialog_app.io.export.vocabulary import MASKS
from dialog_app.io.export.wording import Wording
from tests.io import export_project as fx
from tests.io.refi_files import NS, PROJECT_SCHEMA, read_qdpx, valid


def test_project_qde_is_valid_against_the_refi_schema(exported, tmp_path):
    # when
    export(exported.project, "qdpx", tmp_path / "remiss.qdpx")
    # then
    ok, errors = valid(read_qdpx(tmp_path / "remiss.qdpx").qde, PROJECT_SCHEMA)
    assert ok, errors


def test_the_zip_holds_project_qde_and_one_source_per_dialogue_with_notes(exported, tmp_path):
    # when
    export(exported.project, "qdpx", tmp_path / "remiss.qdpx")
    qdpx = read_qdpx(tmp_path / "remiss.qdpx")
    # then
    sources = qdpx.find("//q:TextSource")
    assert "project.qde" in qdpx.names
    assert [s.get("name") for s in sources] == ["D1 Dialogmöte med civilsamhället",
                                                "D2 Våga vara digital – webbsändning"]  # D3 has no notes
    paths = [s.get("plainTextPath") for s in sources]
    assert all(p == f"internal://{s.get('guid')}.txt" for p, s in zip(paths, sources))
    paths += [n.get("plainTextPath") for n in qdpx.find("//q:Notes/q:Note")]  # the memos' files
    assert sorted(qdpx.names) == sorted(["project.qde", *("sources/" + p.removeprefix("internal://") for p in paths)])


def test_each_selection_cuts_its_note_out_of_the_source_exactly(exported, tmp_path):
    # given
    report = gather(exported.project)
    # when
    export(exported.project, "qdpx", tmp_path / "remiss.qdpx")
    cut = read_qdpx(tmp_path / "remiss.qdpx").selections()
    # then
    assert cut == {note.ref: note.text for note in report.notes}
    assert fx.SAMI in cut.values() and fx.FINNISH in cut.values()


def test_only_published_notes_are_exported(exported, tmp_path):
    # when
    export(exported.project, "qdpx", tmp_path / "remiss.qdpx")
    qdpx = read_qdpx(tmp_path / "remiss.qdpx")
    # then
    everything = "\n".join(qdpx.texts.values()) + qdpx.qde.decode("utf-8")
    for unpublished in (fx.CAPTURED_ONLY, fx.REVIEWED_ONLY, fx.EXCLUDED, fx.DELETED):
        assert unpublished not in everything


def test_personal_data_is_masked_in_the_sources_and_the_xml(exported, tmp_path):
    # given
    masks = Wording("sv")
    # when
    export(exported.project, "qdpx", tmp_path / "remiss.qdpx")
    qdpx = read_qdpx(tmp_path / "remiss.qdpx")
    # then
    text = "\n".join(qdpx.texts.values())
    xml = qdpx.qde.decode("utf-8")
    for secret in ("070-123 45 67", "anna.berg@example.se", "811218-9876", fx.PARTICIPANT, "08-123 456 78"):
        assert secret not in text and secret not in xml
    for kind in ("phone", "email", "personal_number", "name"):
        assert masks(MASKS[kind]) in text


def test_markup_and_formulas_are_plain_text_in_the_sources(exported, tmp_path):
    # when
    export(exported.project, "qdpx", tmp_path / "remiss.qdpx")
    text = "\n".join(read_qdpx(tmp_path / "remiss.qdpx").texts.values())
    # then
    for literal in (fx.MARKUP, fx.FORMULA, fx.FORMULA_PLUS):
        assert f"\n{literal}\n" in text


def test_each_stakeholder_group_is_a_case_of_its_notes_selections(exported, tmp_path):
    # when
    export(exported.project, "qdpx", tmp_path / "remiss.qdpx")
    qdpx = read_qdpx(tmp_path / "remiss.qdpx")
    # then
    name_of = {s.get("guid"): s.get("name") for s in qdpx.find("//q:PlainTextSelection")}
    cases = {
        case.get("name"): [name_of[ref] for ref in case.xpath("q:SelectionRef/@targetGUID", namespaces=NS)]
        for case in qdpx.find("//q:Case")
        if not fx_ref(case.get("name"))  # a note's own case (test_refi_cases.py)
    }
    assert cases == {
        "Civilsamhälle": ["D1-001", "D1-002", "D1-005"],
        "Kommun": ["D1-003", "D1-006", "D1-007"],
        "Näringsliv": ["D2-001", "D2-002"],
    }  # D2-003 has no group, so no case


def fx_ref(name: str) -> bool:
    return bool(re.fullmatch(r"D\d+-\d{3}", name))


def test_the_only_user_is_the_app_and_no_person_is_named(exported, tmp_path):
    # when
    export(exported.project, "qdpx", tmp_path / "remiss.qdpx")
    qdpx = read_qdpx(tmp_path / "remiss.qdpx")
    # then
    users = qdpx.find("//q:User")
    assert [u.get("name") for u in users] == ["dialog_app"]
    assert set(qdpx.root.xpath("//@creatingUser | //@creatingUserGUID")) == {users[0].get("guid")}
    assert "facilitator" not in qdpx.qde.decode("utf-8")  # who captured the notes
    assert qdpx.root.get("name") == "Regional digitaliseringsstrategi 2030"
    assert qdpx.root.get("origin").startswith("dialog_app ")


def test_a_synthesis_is_a_memo_on_its_code_with_its_key_quotes_in_a_note_file(exported, tmp_path):
    # when
    export(exported.project, "qdpx", tmp_path / "remiss.qdpx", ExportOptions(language="en"))
    qdpx = read_qdpx(tmp_path / "remiss.qdpx")
    # then
    code = qdpx.find("//q:Code[@name='1 Digital kompetens']")[0]
    memo_guid = code.xpath("q:NoteRef/@targetGUID", namespaces=NS)[0]
    memo = qdpx.find(f"//q:Notes/q:Note[@guid='{memo_guid}']")[0]
    assert memo.get("name") == "Synthesis: 1 Digital kompetens"
    assert memo.get("plainTextPath") == f"internal://{memo_guid}.txt"
    assert not memo.xpath("q:PlainTextContent", namespaces=NS)  # the schema: a file or a content, not both
    content = qdpx.texts[f"sources/{memo_guid}.txt"]
    assert content.split("\n\n") == [
        "Synthesis: 1 Digital kompetens",
        "Deltagarna vill ha hjälp nära där de bor. Kontakt: [phone].",
        "Key quotes",
        "D1-001 [Civilsamhälle · Statement]\n" + fx.LIBRARIES + "\n",
    ]  # the unpublished quote is not there


def test_a_selection_describes_what_its_text_does_not_show(exported, tmp_path):
    # when
    export(exported.project, "qdpx", tmp_path / "remiss.qdpx", ExportOptions(language="en"))
    qdpx = read_qdpx(tmp_path / "remiss.qdpx")
    # then
    libraries = qdpx.find("//q:PlainTextSelection[@name='D1-001']")[0]
    assert libraries.findtext("q:Description", namespaces=NS).split("\n") == [
        "Question: Vad behöver du för att känna dig trygg digitalt?", "Table: Bord 2", "Votes: 7", "Key quote",
    ]
    first = qdpx.source_text(qdpx.find("//q:TextSource")[0])
    assert "\n\nD1-001 [Civilsamhälle · Statement]\n" + fx.LIBRARIES + "\n\n" in first
