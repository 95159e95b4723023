"""A small project that is the same on every build, to export and compare with the stored reference files.

Everything an export could print or derive from is fixed here: the rows' UUIDs (the REFI GUIDs are
derived from them), the notes' times, the dialogues' dates. The export's date is the test's
``TODAY``, and the local time zone is set by the test (``Europe/Stockholm``), since the exports
show times in local time.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import SQLModel

from dialog_app.core import models
from dialog_app.core.project import Project

STOCKHOLM = ZoneInfo("Europe/Stockholm")
TODAY = date(2026, 5, 4)
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:dialog_app:tests:reference-project")

HELP_NEARBY = "Äldre behöver hjälp nära där de bor – gärna på biblioteket, även på lördagar."
MARKUP = "Skriv <b>fet</b> & <i>kursiv</i> &amp; <para> – det ska synas precis som det skrevs."
PHONE = "Ring Åsa på 070-123 45 67 om fibern i Övertorneå, den når inte ända fram."
E_ID = "Företagen vill ha e-legitimation som fungerar för alla anställda, även utan svenskt personnummer."
ARCHIPELAGO = "Varför är uppkopplingen så dålig ute i skärgården på sommaren?"
UNREVIEWED = "Ej granskad ännu: den här anteckningen får inte synas i rapporten."
SYNTHESIS = ("Deltagarna vill ha digital hjälp nära hemmet: på biblioteket, i föreningslivet och på "
             "lördagar. Tillgänglighet väger tyngre än nya appar, som i Karin Bergs förslag.")
PARTICIPANT = "Karin Berg"  # registered: masked in the synthesis, also in the genitive


def fixed_id(table: str, n: int) -> uuid.UUID:
    """The UUID of the ``n``th row a build makes in ``table``: the same in every build."""
    return uuid.uuid5(NAMESPACE, f"{table}:{n}")


@contextmanager
def fixed_ids() -> Iterator[None]:
    """Rows made in this block get fixed_id(table, 1), (table, 2), … instead of random UUIDs.

    The tables make their keys with a default factory on the model's ``id`` field; the services
    offer no way to choose them (but for notes), so the factory is swapped for the block's length.
    """
    swapped = []
    for model in SQLModel.__subclasses__():
        field = model.model_fields.get("id") if getattr(model, "__table__", None) is not None else None
        if field is None or field.default_factory is not uuid.uuid4:
            continue
        swapped.append(field)
        field.default_factory = _counting(model.__tablename__)
    assert any(f is models.Dialogue.model_fields["id"] for f in swapped), "the id factories have moved"
    try:
        yield
    finally:
        for field in swapped:
            field.default_factory = uuid.uuid4


def _counting(table: str) -> Callable[[], uuid.UUID]:
    counter = itertools.count(1)
    return lambda: fixed_id(table, next(counter))


def build_reference(path: Path) -> Project:
    """The reference project, open; the caller closes it."""
    with fixed_ids():
        project = Project.create(path, frameworks=(), title="Digital vardag i Norrbotten 2030", user="facilitator")
        try:
            _fill(project)
        except BaseException:
            project.close()
            raise
    return project


def _fill(project: Project) -> None:
    project.set_setting("organiser", "Region Norrbotten")
    groups = {g.key: g.id for g in project.participation.groups()}
    civil, municipality, business = groups["civil_society"], groups["municipality"], groups["business"]

    goals = project.frameworks.create("Regionens mål", description="Målen i den regionala strategin.")
    skills = project.frameworks.add_theme(goals.id, "Digital kompetens", code="1", colour="#1f77b4",
                                          description="Att alla kan använda de digitala tjänsterna.")
    library = project.frameworks.add_theme(goals.id, "Hjälp på biblioteken", code="1.1", colour="#aec7e8",
                                           parent_id=skills.id)
    trust = project.frameworks.add_theme(goals.id, "Tillit och säkerhet", code="2", colour="#2ca02c")
    broadband = project.frameworks.add_theme(goals.id, "Bredband i hela länet", code="3", colour="#d62728")

    lulea = project.dialogues.create(
        "Dialogmöte i Luleå", kind="dialogue_meeting", place="Kulturens hus, Luleå",
        organiser="Region Norrbotten", starts_at=datetime(2026, 3, 12, 13, 0, tzinfo=STOCKHOLM),
    )
    webcast = project.dialogues.create(
        "Våga vara digital – webbsändning", kind="webcast", online=True,
        organiser="Region Norrbotten", starts_at=datetime(2026, 4, 2, 9, 30, tzinfo=STOCKHOLM),
    )
    safe = project.dialogues.add_question(lulea.id, "Vad behöver du för att känna dig trygg digitalt?")
    first = project.dialogues.add_question(lulea.id, "Vad ska regionen göra först?")
    missing = project.dialogues.add_question(webcast.id, "Vilka tjänster saknar du?")
    project.participation.set_headcount(lulea.id, civil, 12)
    project.participation.set_headcount(lulea.id, municipality, 4)
    project.participation.set_headcount(webcast.id, business, 30)
    project.participation.add_organisation(lulea.id, "PRO Luleå", civil)

    minute = iter(range(1000))

    def note(dialogue, text, **fields) -> uuid.UUID:
        n = next(minute)
        start = lulea.starts_at if dialogue is lulea else webcast.starts_at
        created = project.notes.add(
            dialogue.id, text, note_id=fixed_id("note", n + 1), created_at=start + timedelta(minutes=5 + 7 * n),
            status=fields.pop("status", "approved"), **fields,
        )
        return created.id

    help_nearby = note(lulea, HELP_NEARBY, group_id=civil, agenda_item_id=safe.id, votes=5, key_quote=True,
                       table_label="Bord 2")
    markup = note(lulea, MARKUP, group_id=civil, agenda_item_id=safe.id, kind="idea")
    phone = note(lulea, PHONE, group_id=municipality, agenda_item_id=first.id)
    note(lulea, UNREVIEWED, group_id=civil, status="captured")
    e_id = note(webcast, E_ID, group_id=business, agenda_item_id=missing.id, kind="concern")
    note(webcast, ARCHIPELAGO, agenda_item_id=missing.id, kind="question")  # no theme: "not covered"

    project.tagging.tag([help_nearby, phone], skills.id)
    project.tagging.tag([help_nearby], library.id)
    project.tagging.tag([markup, e_id], trust.id)
    project.tagging.tag([phone], broadband.id)
    project.synthesis.save_text(skills.id, SYNTHESIS)
    project.synthesis.add_quote(skills.id, help_nearby)
    project.participation.add_participant(lulea.id, PARTICIPANT)
    project.possible_names.decide(["åsa"], "mask")  # a name the app found in a note, confirmed by the writer
