"""The register extract (registerutdrag, issue 14) from hand-made PersonRecords: the PDF read back
says who, the register entries and the texts with what was found; the JSON reads back into the same
record; neither ever replaces a file unless asked, nor a project."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from dialog_app.core.person_record import DRAFT, Mention, PersonRecord
from dialog_app.core.project import Project
from dialog_app.io.export.target import ExportTargetError
from dialog_app.io.person_extract import FORMAT, record_from_json, write_extract_json, write_extract_pdf
from tests.io.pdf_reading import fonts, layout_text, read
from tests.io.person_records import asa

MADE = datetime(2026, 12, 6, 22, 30, tzinfo=timezone.utc)


def test_the_pdf_names_the_person_the_entries_and_the_texts(tmp_path):
    written = write_extract_pdf(asa(), tmp_path / "utdrag.pdf", made_at=MADE)
    text = read(written).text
    assert text.startswith("Registerutdrag")
    for words in ("Åsa Öberg", "asa.oberg@kiruna.se, 070-123 45 67", "Dialog: Dialogmöte i Kiruna", "Kiruna kommun",
                  "Utvecklingsledare", "Inbjudan och återkoppling om regional digital strategi",
                  "Dialog: Workshop i Storuman", "Samtycke ja", "Samtycke nej", "2 registerposter, 4 texter",
                  "Anteckningar (1)", "D1-004", "Enligt Åsa Öberg saknas fiber i byarna. Åsa Öbergs förslag",
                  "Sammanfattningar av teman (1)", "Tidigare versioner av anteckningar (1)",
                  "Projektets inställningar (1)", "Kontakt: 070-123 45 67", "säkerhetskopior", "Sida 1 av 2"):
        assert words in text, words
    assert "DejaVuSans-Bold" in " ".join(fonts(read(written).reader))  # what was found is set in bold


def test_a_text_is_printed_as_typed_markup_and_all(tmp_path):
    written = write_extract_pdf(asa(), tmp_path / "utdrag.pdf", made_at=MADE)
    assert "svenska <b>&amp</b>." in read(written).text


def test_pdftotext_reads_the_swedish_letters(tmp_path):
    written = write_extract_pdf(asa(), tmp_path / "utdrag.pdf", made_at=MADE)
    laid = layout_text(written)
    assert "Åsa Öbergs förslag" in laid and "Intressentgrupp" in laid


def test_in_english_and_for_a_person_nowhere(tmp_path):
    nobody = PersonRecord("Jonathan Mayhew", ("Jonathan Mayhew",))
    text = read(write_extract_pdf(nobody, tmp_path / "nobody.pdf", language="en", made_at=MADE)).text
    assert text.startswith("Register extract")
    assert "The person is not in the participant register." in text
    assert "No text in the project names the person." in text
    assert "What this extract does not cover" in text and "Page 1 of 1" in text


def test_the_json_is_complete_and_reads_back_into_the_same_record(tmp_path):
    record = replace(asa(), extra={"note": "asked by letter"})
    written = write_extract_json(record, tmp_path / "utdrag.json", made_at=MADE, project=tmp_path / "p.dialog")
    data = json.loads(written.read_text(encoding="utf-8"))
    assert (data["format"], data["version"], data["person"]) == (FORMAT, 1, "Åsa Öberg")
    assert data["made_at"] == "2026-12-06T22:30:00+00:00" and data["project"] == str(tmp_path / "p.dialog")
    entry = data["register"][0]
    assert entry["participant_id"] == "00000000-0000-0000-0000-000000000001"
    assert entry["dialogue_date"] == "2026-10-14T09:00:00+00:00" and entry["consent"] is True
    note = data["mentions"][0]
    assert note["spans"] == [[7, 16], [40, 50]] and note["found"] == ["Åsa Öberg", "Åsa Öbergs"]
    assert record_from_json(data) == record


def test_a_json_of_another_kind_or_a_newer_version_is_refused():
    with pytest.raises(ValueError, match="not a register extract"):
        record_from_json({"format": "other"})
    with pytest.raises(ValueError, match="version"):
        record_from_json({"format": FORMAT, "version": 99})


@pytest.mark.parametrize("write", [write_extract_pdf, write_extract_json], ids=["pdf", "json"])
def test_an_existing_file_is_replaced_only_when_asked(tmp_path, write):
    suffix = ".pdf" if write is write_extract_pdf else ".json"
    target = tmp_path / f"utdrag{suffix}"
    target.write_bytes(b"older")
    with pytest.raises(FileExistsError):
        write(asa(), target)
    assert target.read_bytes() == b"older"
    assert write(asa(), target, overwrite=True) == target
    assert target.read_bytes() != b"older"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]  # no half-written file left beside it


def test_a_bare_name_gets_its_suffix_and_a_project_is_never_written_over(tmp_path):
    assert write_extract_json(asa(), tmp_path / "utdrag") == tmp_path / "utdrag.json"
    with Project.create(tmp_path / "p.dialog") as project:
        path = project.path
    disguised = tmp_path / "p.pdf"
    disguised.write_bytes(path.read_bytes())  # a project renamed to look like a PDF
    for target in (path, disguised):
        before = target.read_bytes()
        with pytest.raises(ExportTargetError):
            write_extract_pdf(asa(), target, overwrite=True, project=path)
        assert target.read_bytes() == before


def test_a_long_text_odd_spans_and_unprintable_characters_still_make_a_pdf(tmp_path):
    record = asa()
    long = "Åsa Öberg sa att " + "bredband behövs i byarna. " * 800
    odd = replace(record.mentions[0], text=long, spans=((0, 9), (5, 3), (-4, 2), (len(long) - 5, len(long) + 50)))
    entry = replace(record.register[0], organisation="🙂 中文 Kiruna", purpose="https://example.org/" + "a" * 300)
    record = replace(record, mentions=(odd,), register=(entry,))
    back = read(write_extract_pdf(record, tmp_path / "lang.pdf", made_at=MADE))
    assert len(back.pages) > 2 and "Kiruna" in back.text and "bredband behövs i byarna" in back.text


def test_an_unsent_draft_and_a_binned_note_are_said_as_such(tmp_path):
    record = asa()
    note = replace(record.mentions[0], in_bin=True)
    draft = Mention(DRAFT, "capture.txt", "", None, "Åsa Öberg sa att", ((0, 9),))
    record = replace(record, mentions=(note, *record.mentions[1:], draft))
    text = read(write_extract_pdf(record, tmp_path / "utdrag.pdf", made_at=MADE)).text
    assert "Osända utkast i appens mapp (1)" in text and "in_draft" not in text
    assert "i papperskorgen" in text
    data = json.loads(write_extract_json(record, tmp_path / "utdrag.json", made_at=MADE).read_text(encoding="utf-8"))
    assert record_from_json(data).mentions == record.mentions


def test_times_print_in_the_project_s_zone_not_the_computer_s(tmp_path, monkeypatch):
    import time
    from zoneinfo import ZoneInfo

    monkeypatch.setenv("TZ", "Asia/Kolkata")  # the computer's zone: a third one, neither UTC nor the project's
    time.tzset()
    try:
        tokyo = read(write_extract_pdf(asa(), tmp_path / "tokyo.pdf", made_at=MADE, zone=ZoneInfo("Asia/Tokyo"))).text
    finally:
        monkeypatch.undo()
        time.tzset()
    assert "2026-10-14 18:42" in tokyo and "2026-12-07 07:30" in tokyo  # 09:42 and 22:30 UTC in Tokyo
    assert "15:12" not in tokyo  # 09:42 UTC in Kolkata


def test_emoji_in_a_text_and_in_a_found_span_copy_out_exactly(tmp_path):
    # given: a note where the person is named next to emoji, one of them inside the bold span
    text = "Åsa Öberg 👎 tycker att fjällen är 👍 och 🇸🇪"
    start = text.index("Åsa")
    mention = Mention(asa().mentions[0].where, "D1-009", "Dialogmöte 😀", None, text, ((start, start + 11),))
    record = replace(asa(), mentions=(mention,))
    # when
    written = write_extract_pdf(record, tmp_path / "utdrag.pdf", made_at=MADE)
    # then
    assert text in read(written).text
    assert "Dialogmöte 😀" in read(written).text
    assert text in " ".join(layout_text(written).split())


def test_the_extract_claims_no_tags_it_does_not_have(tmp_path):
    # (it shares the report's pages, which tag the report; its own content is not tagged yet)
    written = write_extract_pdf(asa(), tmp_path / "utdrag.pdf", made_at=MADE)
    root = read(written).reader.trailer["/Root"]
    assert "/StructTreeRoot" not in root and "/MarkInfo" not in root and "/Metadata" not in root
