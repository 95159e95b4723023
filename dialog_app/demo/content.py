"""Deterministic Swedish demo content: dialogues and notes for a regional digitalisation strategy."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from itertools import accumulate
from string import Formatter

from dialog_app.demo import phrases

__all__ = [
    "DemoDialogue",
    "DemoNote",
    "DIALOGUE_KINDS",
    "NOTE_KINDS",
    "NOTE_STATUSES",
    "DIALOGUE_STATUSES",
    "GROUP_KEYS",
    "THEME_CODES",
    "demo_dialogues",
    "demo_notes",
]

DIALOGUE_KINDS = ("dialogue_meeting", "workshop", "network_meeting", "webcast", "hearing", "survey_import")
DIALOGUE_STATUSES = ("planned", "running", "finished")
NOTE_KINDS = ("statement", "idea", "concern", "question")
NOTE_STATUSES = ("captured", "reviewed", "approved", "excluded")
GROUP_KEYS = (
    "civil_society", "municipality", "region", "agency", "business", "academia", "citizens", "youth",
)
THEME_CODES = ("1", "2", "3", "4", "5")  # se-digital-2017


@dataclass(frozen=True, slots=True)
class DemoDialogue:
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    place: str | None
    online: bool
    organiser: str
    purpose: str
    status: str
    questions: tuple[tuple[str, int], ...]
    attendance: tuple[tuple[str, int], ...]
    organisations: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class DemoNote:
    dialogue_index: int
    question_index: int | None
    group_key: str | None
    table_label: str | None
    kind: str
    text: str
    votes: int
    key_quote: bool
    theme_codes: tuple[str, ...]
    status: str
    minutes_after_start: int


def _utc(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=timezone.utc)


_ORGANISER = "Region Västernorrland, regional utveckling"

# Times are UTC: Swedish local time is UTC+1 in winter and UTC+2 from the last Sunday of March.
_DIALOGUES: tuple[DemoDialogue, ...] = (
    DemoDialogue(
        title="Dialogmöte med civilsamhället om digitaliseringsstrategin",
        kind="dialogue_meeting",
        starts_at=_utc(2026, 3, 18, 12, 0),  # 13.00 lokal tid
        ends_at=_utc(2026, 3, 18, 15, 0),
        place="Sambiblioteket, Härnösand",
        online=False,
        organiser=_ORGANISER,
        purpose=(
            "Samla civilsamhällets erfarenheter av digitalt utanförskap, trygghet och uppkoppling "
            "som underlag till den regionala digitaliseringsstrategin."
        ),
        status="finished",
        questions=(
            ("Vilka hinder ser ni för att fler ska kunna använda digitala tjänster?", 35),
            ("Hur kan civilsamhället bidra till att minska det digitala utanförskapet?", 35),
            ("Vad behöver regionen göra för att det ska kännas tryggt att vara digital?", 30),
            ("Vad är viktigast att strategin tar med sig från i dag?", 20),
        ),
        attendance=(("civil_society", 27), ("citizens", 6), ("region", 5), ("municipality", 3)),
        organisations=(
            ("ABF Västernorrland", "civil_society"),
            ("Studiefrämjandet Västernorrland", "civil_society"),
            ("Studieförbundet Vuxenskolan Västernorrland", "civil_society"),
            ("PRO Härnösand", "civil_society"),
            ("SPF Seniorerna Sundsvall", "civil_society"),
            ("Röda Korset Härnösandskretsen", "civil_society"),
            ("Hela Sverige ska leva Västernorrland", "civil_society"),
            ("Svenska kyrkan, Härnösands församling", "civil_society"),
            ("Funktionsrätt Västernorrland", "civil_society"),
            ("Bygdegårdsdistriktet Västernorrland", "civil_society"),
            ("Härnösands kommun", "municipality"),
            ("Region Västernorrland", "region"),
        ),
    ),
    DemoDialogue(
        title="Våga vara digital – webbsändning för förtroendevalda och chefer",
        kind="webcast",
        starts_at=_utc(2026, 4, 22, 6, 30),  # 08.30 lokal tid
        ends_at=_utc(2026, 4, 22, 9, 30),
        place=None,
        online=True,
        organiser=_ORGANISER,
        purpose=(
            "Interaktiv webbsändning i programmet Våga vara digital. Lokala grupper i kommunerna "
            "och på länsstyrelsen diskuterar digitalt ledarskap och skickar in sina svar."
        ),
        status="finished",
        questions=(
            ("Vad betyder digital ledning för just din verksamhet?", 25),
            ("Vilka beslut behöver politiken fatta för att digitaliseringen ska ge nytta?", 30),
            ("Hur säkerställer vi att ingen lämnas utanför när tjänster blir digitala?", 25),
            ("Vilka risker och möjligheter ser ni med AI i offentlig verksamhet?", 25),
        ),
        attendance=(("municipality", 29), ("region", 9), ("agency", 6)),
        organisations=(
            ("Sundsvalls kommun", "municipality"),
            ("Härnösands kommun", "municipality"),
            ("Kramfors kommun", "municipality"),
            ("Sollefteå kommun", "municipality"),
            ("Ånge kommun", "municipality"),
            ("Region Västernorrland", "region"),
            ("Länsstyrelsen Västernorrland", "agency"),
        ),
    ),
    DemoDialogue(
        title="Nätverksmöte för kommunernas digitaliseringsansvariga",
        kind="network_meeting",
        starts_at=_utc(2026, 5, 13, 7, 0),  # 09.00 lokal tid
        ends_at=_utc(2026, 5, 13, 10, 0),
        place="Regionens hus, Härnösand",
        online=False,
        organiser=_ORGANISER,
        purpose=(
            "Stämma av kommunernas läge och behov av gemensamma lösningar inför strategins "
            "handlingsplan."
        ),
        status="finished",
        questions=(
            ("Var står er kommun i dag när det gäller e-tjänster och automatisering?", 30),
            ("Vilka gemensamma lösningar skulle ni vilja att regionen samordnar?", 35),
            ("Hur ser bredbandsutbyggnaden och mobiltäckningen ut i era kommuner?", 25),
            ("Hur arbetar ni med informationssäkerhet och beredskap för it-incidenter?", 25),
        ),
        attendance=(("municipality", 14), ("region", 3), ("agency", 1)),
        organisations=(
            ("Härnösands kommun", "municipality"),
            ("Sundsvalls kommun", "municipality"),
            ("Timrå kommun", "municipality"),
            ("Kramfors kommun", "municipality"),
            ("Sollefteå kommun", "municipality"),
            ("Ånge kommun", "municipality"),
            ("Örnsköldsviks kommun", "municipality"),
            ("Region Västernorrland", "region"),
            ("Länsstyrelsen Västernorrland", "agency"),
        ),
    ),
    DemoDialogue(
        title="Workshop: digital innovation med näringsliv och akademi",
        kind="workshop",
        starts_at=_utc(2026, 9, 24, 11, 0),  # 13.00 lokal tid
        ends_at=_utc(2026, 9, 24, 14, 30),
        place="Campus Sundsvall, Sundsvall",
        online=False,
        organiser=_ORGANISER,
        purpose=(
            "Identifiera möjligheter och hinder för digitalt driven innovation i länets näringsliv "
            "och hur akademi och offentlig sektor kan bidra."
        ),
        status="finished",
        questions=(
            ("Vilka behov av digital kompetens ser ni hos företagen i länet?", 30),
            ("Var finns de största möjligheterna med AI och data för regionens näringsliv?", 35),
            ("Hur kan akademi, näringsliv och offentlig sektor samverka bättre kring innovation?", 35),
            ("Vad skulle göra länet mer attraktivt för digitala företag?", 25),
            ("Vilka tre prioriteringar vill ni se i strategin?", 20),
        ),
        attendance=(("business", 19), ("academia", 7), ("region", 4), ("municipality", 3), ("youth", 2)),
        organisations=(
            ("Mittuniversitetet", "academia"),
            ("Företagarna Västernorrland", "business"),
            ("Mittnorrlands IT-kluster", "business"),
            ("Höga Kusten Innovation AB", "business"),
            ("Sundsvalls Techhub", "business"),
            ("Fiberbolaget Mitt AB", "business"),
            ("Skogsdata Norr AB", "business"),
            ("Region Västernorrland", "region"),
            ("Sundsvalls kommun", "municipality"),
            ("Ungdomsrådet i Timrå", "youth"),
        ),
    ),
    DemoDialogue(
        title="Remissmöte om utkastet till regional digitaliseringsstrategi",
        kind="hearing",
        starts_at=_utc(2026, 11, 18, 12, 0),  # 13.00 lokal tid
        ends_at=_utc(2026, 11, 18, 14, 30),
        place="Regionens hus, Härnösand",
        online=False,
        organiser=_ORGANISER,
        purpose=(
            "Presentera remissversionen av strategin och sammanställningen av dialogerna, "
            "och ta emot synpunkter från remissinstanserna."
        ),
        status="planned",
        questions=(
            ("Känner ni igen er i sammanställningen av dialogerna?", 30),
            ("Saknas något viktigt i strategins fokusområden?", 40),
            ("Hur vill ni vara med i genomförandet?", 30),
        ),
        attendance=(),
        organisations=(),
    ),
)


def demo_dialogues() -> list[DemoDialogue]:
    """The demo project's dialogues, in chronological order."""
    return list(_DIALOGUES)


# ----------------------------------------------------------------------------------------------
# Note generation

# Which themes each question invites (index-aligned with the questions above); used to bias
# the theme of a generated note towards the question it answers.
_QUESTION_THEMES: dict[int, tuple[tuple[str, ...], ...]] = {
    0: (("1", "5", "2"), ("1",), ("2", "1"), ("1", "5", "4")),
    1: (("4",), ("4", "3"), ("1", "4"), ("3", "2", "4")),
    2: (("4", "3"), ("4", "2", "5"), ("5",), ("2",)),
    3: (("1", "3"), ("3",), ("3", "4"), ("3", "5", "1"), ("3", "1", "5")),
}
_DIALOGUE_WEIGHTS = {0: 34, 1: 22, 2: 18, 3: 26}  # only dialogues that have taken place get notes


def _table_labels(index: int) -> tuple[str, ...]:
    kind = _DIALOGUES[index].kind
    if kind == "dialogue_meeting":
        return tuple(f"Bord {n}" for n in range(1, 7))
    if kind == "workshop":
        return tuple(f"Grupp {c}" for c in "ABCDE")
    if kind == "webcast":
        return ("Lokal grupp Sundsvall", "Lokal grupp Härnösand", "Lokal grupp Kramfors",
                "Lokal grupp Sollefteå", "Lokal grupp Ånge", "Lokal grupp Länsstyrelsen")
    return ("Bord 1", "Bord 2", "Bord 3")


_FMT = Formatter()


def _compile(template: str) -> tuple[str, tuple[str, ...]]:
    fields = tuple(dict.fromkeys(f for _, f, _, _ in _FMT.parse(template) if f))
    for f in fields:
        if f not in phrases.SLOTS and f not in ("email", "phone"):
            raise KeyError(f"unknown slot {f!r} in {template!r}")
    return template, fields


_C_BANK = {
    code: {kind: tuple(_compile(t) for t in temps) for kind, temps in kinds.items()}
    for code, kinds in phrases.BANK.items()
}
_C_CROSS = tuple((codes, kind, _compile(t)) for codes, kind, t in phrases.CROSS)
_C_GENERAL = {kind: tuple(_compile(t) for t in temps) for kind, temps in phrases.GENERAL.items()}
_C_MESSY = tuple((codes, kind, _compile(t)) for codes, kind, t in phrases.CONTACT + phrases.MARKUP + phrases.SAMI)
_N_CONTACT = len(phrases.CONTACT)

_KIND_CUM = list(accumulate((55, 20, 15, 10)))  # statement, idea, concern, question
_VOTE_CUM = list(accumulate((36, 24, 15, 10, 6, 4, 2, 2, 1)))  # 0..8
_DLG_INDEXES = tuple(_DIALOGUE_WEIGHTS)
_DLG_CUM = list(accumulate(_DIALOGUE_WEIGHTS.values()))


def _fill(rng: random.Random, compiled: tuple[str, tuple[str, ...]]) -> str:
    template, fields = compiled
    if not fields:
        return template
    values = {}
    for f in fields:
        if f == "email":
            values[f] = rng.choice(phrases.EMAILS)
        elif f == "phone":
            values[f] = rng.choice(phrases.PHONES)
        else:
            values[f] = rng.choice(phrases.SLOTS[f])
    text = template.format_map(values)
    return text[0].upper() + text[1:]


def demo_notes(count: int, seed: int = 2026) -> Iterator[DemoNote]:
    """Yield exactly ``count`` deterministic demo notes spread over the finished dialogues."""
    if count < 0:
        raise ValueError("count must be >= 0")
    rng = random.Random(seed)
    rand = rng.random
    choice = rng.choice
    randint = rng.randint

    # Per-dialogue lookups, prepared once.
    prepared = {}
    for d in _DLG_INDEXES:
        dlg = _DIALOGUES[d]
        groups = tuple(k for k, _ in dlg.attendance)
        group_cum = list(accumulate(n for _, n in dlg.attendance))
        q_cum = list(accumulate(m for _, m in dlg.questions))
        duration = int((dlg.ends_at - dlg.starts_at).total_seconds() // 60)
        intro = max(5, (duration - q_cum[-1]) // 2)
        q_start = [intro + c - m for c, (_, m) in zip(q_cum, dlg.questions)]
        prepared[d] = (groups, group_cum, q_cum, q_start, duration, _table_labels(d), dlg.questions)

    kinds = NOTE_KINDS
    for _ in range(count):
        d = _DLG_INDEXES[bisect(_DLG_CUM, rand() * _DLG_CUM[-1])]
        groups, group_cum, q_cum, q_start, duration, tables, questions = prepared[d]

        # Question and capture time.
        if rand() < 0.07:
            q = None
            minutes = randint(0, duration)
        else:
            q = bisect(q_cum, rand() * q_cum[-1])
            minutes = q_start[q] + randint(0, questions[q][1])

        r = rand()
        group = None if r < 0.12 else groups[bisect(group_cum, rand() * group_cum[-1])]
        table = choice(tables) if rand() < 0.8 else None
        kind = kinds[bisect(_KIND_CUM, rand() * 100)]

        # Text and themes.
        r = rand()
        framed = r >= 0.015
        if r < 0.015:
            i = randint(0, _N_CONTACT - 1) if r < 0.005 else randint(_N_CONTACT, len(_C_MESSY) - 1)
            codes, kind, compiled = _C_MESSY[i]
            text = _fill(rng, compiled)
        elif r < 0.08:
            codes, kind, compiled = choice(_C_CROSS)
            text = _fill(rng, compiled)
        elif r < 0.22:
            codes = ()
            framed = False
            text = _fill(rng, choice(_C_GENERAL[kind]))
        else:
            if q is not None and rand() < 0.7:
                theme = choice(_QUESTION_THEMES[d][q])
            else:
                theme = choice(THEME_CODES)
            codes = (theme,)
            text = _fill(rng, choice(_C_BANK[theme][kind]))
        if codes and framed and rand() < 0.235:
            codes = ()  # thematic but not yet tagged

        # Optional framing sentences.
        if framed:
            p = rand()
            if kind == "statement" or kind == "concern":
                if p < 0.15:
                    text = choice(phrases.PREFIX_STATEMENT) + text
                elif p < 0.40:
                    text = text + choice(phrases.SUFFIX_STATEMENT)
            elif kind == "idea":
                if p < 0.25:
                    text = text + choice(phrases.SUFFIX_IDEA)
            elif p < 0.15:
                text = choice(phrases.PREFIX_QUESTION) + text[0].lower() + text[1:] \
                    if text[1:2].islower() else choice(phrases.PREFIX_QUESTION) + text
            if p > 0.975:  # typed in a hurry
                text = text.rstrip(".")
                if text[1:2].islower():
                    text = text[0].lower() + text[1:]

        # Review data.
        s = rand()
        if s < 0.03:
            status = "excluded"
        elif s < 0.33:
            status = "approved"
        elif s < 0.63 and codes:
            status = "reviewed"
        else:
            status = "captured" if (s < 0.83 or not codes) else "reviewed"
        votes = bisect(_VOTE_CUM, rand() * _VOTE_CUM[-1])
        if kind == "idea" and votes < 8 and rand() < 0.3:
            votes += 1
        key_quote = status != "excluded" and rand() < 0.052

        yield DemoNote(d, q, group, table, kind, text, votes, key_quote, codes, status, minutes)
