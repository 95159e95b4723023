"""Finding what a project holds about one person (issue 14): her register entry, and every text that
names her, by her full name in any case and inflection, her e-mail and her phone by its digits;
never a bare first name alone. Finding writes nothing."""

from __future__ import annotations

import pytest

from dialog_app.core.errors import InvalidValueError
from dialog_app.core.person_record import DIALOGUE, DRAFT, HISTORY, NOTE, SETTING, SYNTHESIS
from dialog_app.core.person_terms import PersonTerms, phone_digits
from tests.core.services.person_fixtures import EMAIL, NAME, PHONE, add_anna, register, table_rows


@pytest.fixture
def anna(project):
    return add_anna(project)


def where(record) -> list[tuple[str, str]]:
    return [(m.where, m.ref) for m in record.mentions]


def test_her_register_entry_and_every_mention_are_found(project, anna):
    record = project.person_data.find(NAME)
    assert record.name == NAME and record.searched_for == (NAME, EMAIL, PHONE)
    (entry,) = record.register
    assert (entry.participant_id, entry.dialogue_title, entry.email, entry.phone, entry.role, entry.consent,
            entry.purpose) == (anna.participant_id, "Dialogmöte med civilsamhället", EMAIL, PHONE, "Ordförande",
                               True, "Kontakt inför remissen")
    assert record.name_decision == "mask"
    theme_code = project.frameworks.themes(project.frameworks.active_framework().id)[0].code
    assert where(record) == [(NOTE, "D1-001"), (NOTE, "D1-002"), (NOTE, "D1-004"), (HISTORY, "D1-003"),
                             (SYNTHESIS, theme_code), (SETTING, "name_decisions"), (SETTING, "saved_filters"),
                             (DRAFT, "capture.txt")]
    genitive, contact, binned, history = record.mentions[:4]
    assert [genitive.text[a:b] for a, b in genitive.spans] == ["Anna Svenssons"]
    assert [contact.text[a:b] for a, b in contact.spans] == ["0701234567", EMAIL.upper()]
    assert binned.in_bin and not genitive.in_bin
    assert history.text == "Anna Svensson vill ha bredband i byarna." and history.object_id is not None
    assert genitive.context == "Dialogmöte med civilsamhället" and genitive.object_id == anna.notes["genitive"]
    (saved_filter,) = [m for m in record.mentions if m.ref == "saved_filters"]
    assert (saved_filter.context, saved_filter.text) == ("Annas förslag / text", NAME)  # "Annas" alone is not her


def test_finding_ignores_case_and_spacing_and_writes_nothing(project, anna):
    before = table_rows(project.path)
    lower = project.person_data.find("  anna   SVENSSON ")
    assert lower.name == NAME and len(lower.register) == 1
    assert where(lower) == where(project.person_data.find(NAME))
    assert table_rows(project.path) == before
    assert project.history.next_undo is None


def test_a_bare_first_name_is_not_her_but_can_be_asked_for(project, anna):
    record = project.person_data.find(NAME)
    assert anna.notes["nobody"] not in {m.object_id for m in record.mentions}
    annas = project.person_data.find("Anna")
    assert anna.notes["nobody"] in {m.object_id for m in annas.mentions}
    assert annas.register == ()


def test_a_person_nobody_registered_is_found_by_name_in_dialogues_and_questions(project):
    meeting = project.dialogues.create("Samtal med Karin Berg", organiser="Karin Bergs förening")
    project.dialogues.add_question(meeting.id, "Vad tycker Karin Berg om bussarna?")
    record = project.person_data.find("Karin Berg")
    assert record.register == () and record.searched_for == ("Karin Berg",)
    assert [(m.where, m.ref, m.context) for m in record.mentions] == [
        (DIALOGUE, "D1", "title"), (DIALOGUE, "D1", "organiser"), (DIALOGUE, "D1 Q1", "question")]


def test_nobody_found_is_an_empty_record(project, anna):
    record = project.person_data.find("Lisa Nilsson")
    assert record.empty and record.searched_for == ("Lisa Nilsson",)


def test_a_name_of_one_letter_is_refused(project):
    with pytest.raises(InvalidValueError):
        project.person_data.find(" A ")


def test_every_register_entry_adds_its_e_mail_and_phone(project, meeting):
    register(project, meeting.id, "Anna Svensson", email="anna@forening.se")
    register(project, meeting.id, "anna svensson", phone="+46 90-12 34 56")
    terms = project.person_data.terms(NAME)
    assert terms.emails == ("anna@forening.se",) and terms.phones == ("+46 90-12 34 56",)
    project.notes.add(meeting.id, "Ring 090 12 34 56 eller 090-123456.")
    assert len(project.person_data.find(NAME).register) == 2
    assert len(project.person_data.find(NAME).mentions) == 1


@pytest.mark.parametrize("text", ["070-123 45 67", "0701234567", "+46 70 123 45 67", "+46 (0)70-123 45 67",
                                  "0046701234567", "(070) 123 45 67", "070.123.45.67"])
def test_a_phone_is_matched_by_its_digits(text):
    terms = PersonTerms((), phones=(PHONE,))
    assert terms.spans(f"ring {text}, tack") == [(5, 5 + len(text))]


@pytest.mark.parametrize("text", ["10701234567", "070123456", "07012345678", "kod 7012345", "+4670123456"])
def test_other_numbers_are_not_her_phone(text):
    assert PersonTerms((), phones=(PHONE,)).spans(text) == []


def test_phone_digits_are_national():
    assert phone_digits("+46 (0)70-123 45 67") == phone_digits("0046 70 123 45 67") == "0701234567"
    assert phone_digits("+45 12 34 56 78") == "+4512345678"


@pytest.mark.parametrize("text, found", [
    ("Anna Svenssons förslag", ["Anna Svenssons"]), ("ANNA SVENSSON sa", ["ANNA SVENSSON"]),
    ("Anna Svensson's idea", ["Anna Svensson's"]), ("Anna-Svensson", ["Anna-Svensson"]),
    ("Annas förslag", []), ("Svensson sa", []), ("Anna Svenssonska skolan", []),
    (f"mejla {EMAIL}.", [EMAIL]), (f"mejla x{EMAIL}", []),
])
def test_names_and_e_mails_in_text(text, found):
    terms = PersonTerms((NAME,), emails=(EMAIL,))
    assert [text[a:b] for a, b in terms.spans(text)] == found
