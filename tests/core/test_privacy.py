"""Personal data in notes: what is found and masked, what ordinary Swedish text keeps, any Unicode text."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialog_app.core.privacy import MASKS, Finding, find_personal_data, mask_personal_data


# --- helpers -------------------------------------------------------------------------------------


def luhn_digit(nine: str) -> str:
    """The check digit Skatteverket puts after YYMMDDNNN."""
    total = 0
    for i, char in enumerate(nine):
        product = int(char) * (2 if i % 2 == 0 else 1)
        total += product // 10 + product % 10
    return str(-total % 10)


def personnummer(yymmdd: str, serial: str, sep: str = "-", century: str = "") -> str:
    """A fictional personnummer with a valid check digit, e.g. ("850709", "123") -> "850709-1235"."""
    return f"{century}{yymmdd}{sep}{serial}{luhn_digit(yymmdd + serial)}"


def with_wrong_check_digit(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def kinds_and_texts(text: str, names=()) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find_personal_data(text, names)]


def test_the_helper_reproduces_skatteverkets_test_number():
    # then: 19121212-1212 is Skatteverket's published test number
    assert personnummer("121212", "121", century="19") == "19121212-1212"


# --- e-mail --------------------------------------------------------------------------------------

EMAILS = [
    "anna.berg@example.se",
    "lars.nilsson+dialog@example.se",
    "info@bygdegarden.example.se",
    "m_johansson-2@kommun.example.se",
    "åsa.öberg@example.se",  # Swedish letters in the local part
    "per@exempel-ödmark.se",  # IDN domain, unencoded
    "kansli@xn--exmple-cua.se",  # IDN domain, punycode
    "ANNA.BERG@EXAMPLE.SE",
    "o'brien@example.se",
]


@pytest.mark.parametrize("address", EMAILS)
def test_an_email_address_is_found(address):
    # given
    text = f"Skicka underlaget till {address} före fredag."
    # when
    found = kinds_and_texts(text)
    # then
    assert found == [("email", address)]


@pytest.mark.parametrize("obfuscated", [
    "anna.berg (at) example.se",
    "anna.berg(at)example.se",
    "anna.berg [at] example.se",
    "anna.berg[at]example.se",
    "anna.berg {at} example.se",
    "anna.berg (AT) example.se",
    "anna.berg snabel-a example.se",
    "anna.berg snabel a example.se",
    "anna.berg (at) example (dot) se",
    "anna.berg [at] example [punkt] se",
])
def test_a_spelled_out_email_address_is_found(obfuscated):
    # given
    text = f"Nås på {obfuscated}, helst efter kl. 13."
    # when
    found = kinds_and_texts(text)
    # then
    assert found == [("email", obfuscated)]


@pytest.mark.parametrize("text", [
    "Följ oss på @regionvasternorrland",  # a handle, no domain
    "Möte @ kommunhuset kl. 13.30",
    "Skriv snabel-a i adressen",
    "Vi ses (at) the meeting",  # no local part next to it, no domain
    "Fel adress: anna.@example.se",  # the local part may not end with a dot
    "Adressen anna@localhost fungerar inte",  # no top-level domain
])
def test_things_that_only_look_like_email_are_not_found(text):
    # when / then
    assert find_personal_data(text) == []


def test_the_address_in_a_link_or_in_markup_is_only_the_address():
    # given
    text = '<a href="mailto:anna.berg@example.se">Mejla</a> &lt;lars@example.se&gt;'
    # when
    found = kinds_and_texts(text)
    # then
    assert found == [("email", "anna.berg@example.se"), ("email", "lars@example.se")]


# --- phone numbers -------------------------------------------------------------------------------

PHONES = [
    # mobile, in all the usual spacings (fictional range 070-174 06 xx)
    "070-174 06 12",
    "0701740612",
    "070 174 06 12",
    "070-17 40 612",
    "070-1740612",
    "070 - 174 06 12",
    "070–174 06 12",  # en dash, as word processors write it
    "070-174-06-12",
    "070.174.06.12",
    "0701-74 06 12",
    "070\u00a0174\u00a006\u00a012",  # no-break spaces
    # landlines with area codes of two, three and four digits
    "08-123 456 78",
    "08-12 34 56",
    "(08) 123 456 78",
    "031-123 45 67",
    "0611-55 50 12",
    "0611-555012",
    "0980-123 45",
    "020-12 34 56",
    # international
    "+46 70 174 06 12",
    "+46 (0)70-174 06 12",
    "+46(0)70 174 06 12",
    "+46-70-174 06 12",
    "+46701740612",
    "0046 70 174 06 12",
    "+46 8 123 456 78",
    "+46 611 55 50 12",
    "+47 912 34 567",  # neighbours across the border
    "+358 40 123 4567",
]


@pytest.mark.parametrize("number", PHONES)
def test_a_phone_number_is_found(number):
    # given
    text = f"Ring {number} efter lunch."
    # when
    found = kinds_and_texts(text)
    # then
    assert found == [("phone", number)]


@pytest.mark.parametrize("number", ["070-174 06 12", "08-123 456 78", "+46 70 174 06 12"])
@pytest.mark.parametrize("template", ["{}", "Tel: {}", "tel:{}", "({})", "{}.", "{}, eller mejla", "Ring\n{}\n"])
def test_a_phone_number_is_found_with_the_punctuation_around_it(number, template):
    # given
    text = template.format(number)
    # when
    found = find_personal_data(text)
    # then
    assert [(f.kind, f.text) for f in found] == [("phone", number)]
    assert text[found[0].start:found[0].end] == number


@pytest.mark.parametrize("text", [
    "070-174 06 1",  # a digit short for a mobile number
    "070-174 06 123",  # a digit too many
    "05 10 15 20",  # no area code of two digits but 08
    "kl 0800-1700",  # four digits after an area code are no subscriber number
    "0900–1030 och 1100–1200",
    "kommunkoder 0180 0181 0182",
    "08-02-2026",  # a date, and no subscriber number starts with 0
    "08.12.2026",
    "+2 000 000",  # an amount with a sign
    "+25 000 000 kr",
    "0701740612345",  # part of a longer number
    "ID 10701740612",
])
def test_numbers_that_only_look_like_phone_numbers_are_not_found(text):
    # when / then
    assert find_personal_data(text) == []


# --- personnummer and samordningsnummer ----------------------------------------------------------

PERSONAL_NUMBERS = [
    ("YYMMDD-NNNN", personnummer("850709", "123")),
    ("YYMMDD+NNNN (aged 100+)", personnummer("190709", "123", sep="+")),
    ("YYMMDDNNNN", personnummer("850709", "123", sep="")),
    ("YYYYMMDDNNNN", personnummer("850709", "123", sep="", century="19")),
    ("YYYYMMDD-NNNN", personnummer("850709", "123", century="19")),
    ("en dash", personnummer("850709", "123", sep="–")),
    ("born this century", personnummer("150101", "987", century="20")),
    ("leap day", personnummer("960229", "456")),
    ("leap day 2000", personnummer("000229", "456", century="20")),
    ("samordningsnummer", personnummer("850769", "123")),  # day 9 + 60
    ("samordningsnummer, 12 digits", personnummer("850791", "123", sep="", century="19")),
    ("Skatteverket's test number", "19121212-1212"),
]


@pytest.mark.parametrize("number", [n for _, n in PERSONAL_NUMBERS], ids=[i for i, _ in PERSONAL_NUMBERS])
def test_a_personal_identity_number_is_found(number):
    # given
    text = f"Hennes personnummer är {number}, står det i anmälan."
    # when
    found = kinds_and_texts(text)
    # then
    assert found == [("personal_number", number)]


@pytest.mark.parametrize("number", [n for _, n in PERSONAL_NUMBERS], ids=[i for i, _ in PERSONAL_NUMBERS])
def test_a_number_with_the_wrong_check_digit_is_not_a_finding(number):
    # given
    text = f"Nummer {with_wrong_check_digit(number)} i listan."
    # when / then
    assert find_personal_data(text) == []


@pytest.mark.parametrize("yymmdd", [
    "851309",  # month 13
    "850732",  # day 32
    "850792",  # day 32 as a samordningsnummer
    "850760",  # day 0 as a samordningsnummer
    "850230",  # 30 February
    "970229",  # 29 February in a year that is not a leap year
    "850700",  # day 0
])
def test_a_number_with_an_impossible_date_is_not_a_finding(yymmdd):
    # given: the check digit is right, the date is not
    text = f"Nummer {personnummer(yymmdd, '123')} i listan."
    # when / then
    assert find_personal_data(text) == []


@pytest.mark.parametrize("text", [
    "Org.nr 556036-0793",  # an organisation number: valid check digit, month 60
    "Ärende 20260318-1330",  # a date and a time, check digit wrong
    "Referens A8507091235",  # part of a longer code
    "Summa 8507091235,50 kr",
])
def test_other_ten_digit_numbers_are_not_personal_identity_numbers(text):
    # when / then
    assert find_personal_data(text) == []


# --- ordinary Swedish text is left alone -------------------------------------------------------

NOT_PERSONAL = [
    "2030", "år 2030", "80 %", "80 procent", "100 000 kr", "1 200 000 invånare", "3,5 miljarder",
    "2026-03-18", "18/3 2026", "20260318", "13.30", "kl. 13.30–15.00", "08.30", "08:00-17:00",
    "5G", "4G", "E4", "väg 331", "SFS 2018:218", "N2017/03643/D", "COM(2021) 118", "Dnr RS 2021/0611",
    "871 85", "SE-871 85", "kommunkod 2281", "kommunkod 0180", "0180 Stockholm", "0,5", "0,75 mkr",
    "1,5 %", "12345", "123456", "1177", "112", "2025–2030", "v. 12–14", "Bankgiro 5050-1055",
    "ISBN 978-91-7343-567-0", "IP 192.168.0.1", "version 2.0.1", "ärende 2026-0042",
]

ORDINARY_SENTENCES = [
    "Vi vill ha 5G i hela länet senast 2030, enligt N2017/03643/D och SFS 2018:218.",
    "Mötet 2026-03-18 kl. 13.30 i Härnösand samlade 45 personer.",
    "Postnummer 871 85 Härnösand",
    "Budget 100 000 kr",
    "Enligt COM(2021) 118 ska 80 % av befolkningen ha grundläggande digitala färdigheter 2030.",
    "Regionen (länskod 22) avsätter 2,5 mnkr för 2026–2028, varav 0,5 mnkr till bredband.",
    "Boka tid via 1177 eller ring 112 vid nödläge.",
    "Bredband & mobiltäckning är lika viktigt som vägar & el.",
    "Länken med ?id=12&utm_source=nyhetsbrev fungerade inte, kan ni skicka den igen?",
    "Kl. 09.00–12.00 den 18/3 i sal 2:14, ca 120 deltagare från 7 kommuner.",
    "Klistrat från chatten: <b>Viktigt</b> att alla kan vara med!",
    "Vid renvaktarstugan utanför Čohkkiras tappar vi täckningen – Bures boahtin!",
]


@pytest.mark.parametrize("text", NOT_PERSONAL + ORDINARY_SENTENCES)
def test_ordinary_text_has_no_findings_and_is_not_changed(text):
    # when
    masked, findings = mask_personal_data(text)
    # then
    assert findings == []
    assert masked == text


# --- names ---------------------------------------------------------------------------------------

PARTICIPANTS = ["Anna Berg", "Per-Olof Ödmark", "Anna"]


@pytest.mark.parametrize("text, expected", [
    ("Anna Berg och Per-Olof Ödmark pratade.", "[namn] och [namn] pratade."),
    ("Anna Bergs förslag fick stöd.", "[namn] förslag fick stöd."),
    ("Annas idé var bäst.", "[namn] idé var bäst."),
    ("Per-Olof Ödmarks fråga", "[namn] fråga"),
    ("Anna's idé", "[namn] idé"),
    ("ANNA BERG och anna berg", "[namn] och [namn]"),
    ("per-olof ödmark", "[namn]"),
    ("Per Olof Ödmark", "[namn]"),  # hyphen or space between the parts
    ("Anna  Berg", "[namn]"),
    ("Anna\nBerg", "[namn]"),
    ("Per-Olof O\u0308dmark", "[namn]"),  # decomposed Ö
    ("(Anna), ”Anna” och Anna.", "([namn]), ”[namn]” och [namn]."),
])
def test_participants_names_are_masked(text, expected):
    # when
    masked, _ = mask_personal_data(text, PARTICIPANTS)
    # then
    assert masked == expected


@pytest.mark.parametrize("text", [
    "Johanna och Annika",  # the name inside another word
    "Annastina kom också",
    "Anna-Karin kom också",  # a different double name
    "Bergslagen och Berget",
    "Ödmarken",
    "Annans förslag",  # not the possessive, another word
])
def test_a_name_is_only_found_as_a_whole_word(text):
    # when / then
    assert find_personal_data(text, PARTICIPANTS + ["Berg", "Ödmark"]) == []


def test_names_shorter_than_two_characters_are_ignored():
    # given
    names = ["A", "", "   ", "Ö", " B "]
    # when / then
    assert find_personal_data("A och Ö och B", names) == []


def test_names_are_literal_text_not_regular_expressions():
    # given
    names = ["Li.Wei", "C++ Jansson", "(Kim)"]
    # when / then
    assert kinds_and_texts("LixWei och Li.Wei", names) == [("name", "Li.Wei")]
    assert kinds_and_texts("Fråga C++ Jansson", names) == [("name", "C++ Jansson")]
    assert kinds_and_texts("Kim och (Kim)", names) == [("name", "(Kim)")]


@pytest.mark.parametrize("names", [
    ["Anna Berg"], ("Anna Berg",), "Anna Berg", (n for n in ["Anna Berg"]), {"Anna Berg": 1},
])
def test_names_can_be_any_iterable_or_a_single_string(names):
    # when / then
    assert mask_personal_data("Hej Anna Berg!", names)[0] == "Hej [namn]!"


def test_without_names_no_names_are_found():
    # when / then
    assert find_personal_data("Anna Berg ringde") == []


# --- overlaps, offsets, masks --------------------------------------------------------------------


def test_the_longest_name_wins():
    # when
    found = kinds_and_texts("Anna Berg kom.", ["Anna", "Anna Berg", "Berg"])
    # then
    assert found == [("name", "Anna Berg")]


@pytest.mark.parametrize("names", [["Anna Berg"], ["Berg"], ["Anna"], ["example"]])
def test_a_name_inside_an_email_address_is_part_of_the_address(names):
    # when
    found = kinds_and_texts("Mejla anna.berg@example.se", names)
    # then
    assert found == [("email", "anna.berg@example.se")]


def test_a_partly_overlapping_finding_is_absorbed_so_nothing_of_it_stays_readable():
    # given: "Lars Nilsson" (a name) overlaps "Nilsson.x@example.se" (a longer e-mail)
    text = "Hör med Lars Nilsson.x@example.se i dag"
    # when
    masked, findings = mask_personal_data(text, ["Lars Nilsson"])
    # then
    assert findings == [Finding("email", 8, 33, "Lars Nilsson.x@example.se")]
    assert masked == "Hör med [e-post] i dag"


def test_a_ten_digit_mobile_number_that_is_also_a_valid_personnummer_is_called_a_phone():
    # given: 070101-NNNC could be someone born 1 January 2007
    number = personnummer("070101", "234", sep="")
    # when / then
    assert kinds_and_texts(f"Ring {number}") == [("phone", number)]


def test_findings_are_sorted_and_do_not_overlap():
    # given
    text = (f"{personnummer('850709', '123')} Anna Berg, 070-174 06 12, anna.berg@example.se, "
            "+46 8 123 456 78 och Per-Olof Ödmarks mejl po@example.se")
    # when
    findings = find_personal_data(text, PARTICIPANTS)
    # then
    assert [f.kind for f in findings] == [
        "personal_number", "name", "phone", "email", "phone", "name", "email"]
    assert all(a.end <= b.start for a, b in zip(findings, findings[1:]))
    assert all(text[f.start:f.end] == f.text for f in findings)


@pytest.mark.parametrize("prefix", [
    "👩🏽‍💼 ",  # four code points, and more UTF-16 units
    "🇸🇪🇸🇪 ",
    "Ö\u0308\u0301 ",  # combining marks
    "\x00\x00",
    "İİ ",  # lower-cases to more code points than it has
])
def test_offsets_count_code_points_in_the_original_text(prefix):
    # given
    text = f"{prefix}Anna Berg: anna.berg@example.se, 070-174 06 12"
    # when
    findings = find_personal_data(text, ["Anna Berg"])
    # then
    assert [f.text for f in findings] == ["Anna Berg", "anna.berg@example.se", "070-174 06 12"]
    assert [f.start for f in findings] == [len(prefix), len(prefix) + 11, len(prefix) + 33]
    assert all(text[f.start:f.end] == f.text for f in findings)


def test_masking_replaces_each_finding_and_reports_offsets_into_the_original():
    # given
    number = personnummer("850709", "123")
    text = f"Anna Berg ({number}) nås på anna.berg@example.se eller 070-174 06 12."
    # when
    masked, findings = mask_personal_data(text, ["Anna Berg"])
    # then
    assert masked == "[namn] ([personnummer]) nås på [e-post] eller [telefon]."
    assert [text[f.start:f.end] for f in findings] == ["Anna Berg", number, "anna.berg@example.se", "070-174 06 12"]


def test_markup_and_entities_around_findings_are_untouched():
    # given
    text = "<p>Kontakt: <b>anna.berg@example.se</b> &amp; <i>070-174 06 12</i> <3</p>"
    # when
    masked, _ = mask_personal_data(text)
    # then
    assert masked == "<p>Kontakt: <b>[e-post]</b> &amp; <i>[telefon]</i> <3</p>"


def test_the_masks_are_module_constants_keyed_by_kind():
    # then
    assert MASKS == {"email": "[e-post]", "phone": "[telefon]", "personal_number": "[personnummer]",
                     "name": "[namn]"}


def test_a_caller_can_pass_masks_in_another_language_and_the_rest_fall_back():
    # given
    text = "Anna Berg, anna.berg@example.se, 070-174 06 12"
    # when
    masked, _ = mask_personal_data(text, ["Anna Berg"], masks={"email": "[email]", "name": "[name]"})
    # then
    assert masked == "[name], [email], [telefon]"
    assert MASKS["email"] == "[e-post]"  # the defaults are not changed


@pytest.mark.parametrize("text", ["", " ", "\x00", "\ud800", "🙂", "\u0308", "<b>&amp;</b>"])
def test_odd_text_without_personal_data_comes_back_as_it_was(text):
    # when / then
    assert mask_personal_data(text, PARTICIPANTS) == (text, [])


# --- any text --------------------------------------------------------------------------------------

# Pieces that make Hypothesis build near-misses: addresses, numbers, markers, odd code points.
PIECES = st.sampled_from([
    "anna", "Berg", ".", "@", "＠", "(at)", "[at]", " snabel-a ", "example", ".se", "(dot)", "-", "_", "+",
    "'", " ", "\u00a0", "\n", "0", "7", "070", "+46", "(0)", "1", "2", "12", "0611", ",", ":", "/", "<b>",
    "&amp;", "Ö", "o\u0308", "İ", "👩🏽‍💼", "\x00", "\ud800", "ß", "K",
])
ANY_TEXT = st.one_of(st.text(), st.lists(PIECES, max_size=30).map("".join))
ANY_NAMES = st.lists(st.one_of(st.text(max_size=10), st.sampled_from(["Anna", "anna berg", "A.", "İx"])), max_size=4)


@settings(max_examples=400)
@given(ANY_TEXT, ANY_NAMES)
def test_masking_any_text_never_raises_and_leaves_no_email_behind(text, names):
    # when
    masked, findings = mask_personal_data(text, names)
    # then
    assert not [f for f in find_personal_data(masked) if f.kind == "email"]
    assert all(text[f.start:f.end] == f.text for f in findings)
    assert all(a.end <= b.start for a, b in zip(findings, findings[1:]))
    assert all(f.start < f.end for f in findings)


@settings(max_examples=200)
@given(ANY_TEXT)
def test_text_without_findings_is_returned_unchanged(text):
    # when
    masked, findings = mask_personal_data(text)
    # then
    assert (masked == text) == (findings == [])
