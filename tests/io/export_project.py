"""A small project built to be exported: Swedish and Sámi text, markup, formulas, personal data.

Each piece is there for a test to find it again in every format: the texts are module constants.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from dialog_app.core.project import Project

STOCKHOLM = ZoneInfo("Europe/Stockholm")

LIBRARIES = "Fler mötesplatser för digital hjälp på biblioteken, även på lördagar."
SAMI = "Sámi: Dieđut sámegillii – čállit, ŋ, š, ŧ, ž, á, đ. Åsa, Ärla och Örjan håller med."
FINNISH = "Meänkieli ja suomi: Hyvää päivää, tervetuloa! Äiti ja öljy; Ελληνικά, Русский, Čeština, Łódź."
MARKUP = "Skriv <b>fet</b> & <font color=red>röd</font> <para> &amp; </i> – ska synas som skrivet."
FORMULA = '=HYPERLINK("http://example.com/x","klicka")'
FORMULA_PLUS = "+46 procent vill ha mer; -1 för krånglet; @SUM(A1)"
PERSONAL = "Ring mig på 070-123 45 67 eller skriv till anna.berg@example.se, pnr 811218-9876."
NAMED = "Anna Berg sa att bredbandet på landsbygden måste byggas ut."
UNCOVERED = "Kollektivtrafiken borde ha wifi i alla bussar."
CAPTURED_ONLY = "Inte granskad ännu: betala med kort överallt."
REVIEWED_ONLY = "Granskad men inte godkänd: mer e-legitimation för unga."
EXCLUDED = "Utesluten: ett skämt som inte hör hemma i rapporten."
DELETED = "Raderad anteckning som inte får synas."
SYNTHESIS = "Deltagarna vill ha hjälp nära där de bor. Kontakt: 08-123 456 78."
PARTICIPANT = "Anna Berg"


@dataclass
class ExportProject:
    path: Path
    project: Project
    dialogues: dict[str, object] = field(default_factory=dict)
    themes: dict[str, object] = field(default_factory=dict)
    notes: dict[str, object] = field(default_factory=dict)
    groups: dict[str, object] = field(default_factory=dict)


def build(path: Path) -> ExportProject:
    project = Project.create(path, title="Regional digitaliseringsstrategi 2030", user="facilitator")
    built = ExportProject(path, project)
    project.set_setting("organiser", "Region Västerbotten")
    groups = {g.key: g for g in project.participation.groups()}
    built.groups = groups
    framework = project.frameworks.frameworks()[0]
    themes = project.frameworks.themes(framework.id)
    skills, trust, infra = themes[0], themes[1], next(t for t in themes if t.code == "5")
    sub = project.frameworks.add_theme(framework.id, "Digital hjälp på biblioteken", parent_id=skills.id, code="1.1")
    built.themes = {"skills": skills, "trust": trust, "infra": infra, "library": sub}

    first = project.dialogues.create(
        "Dialogmöte med civilsamhället", kind="dialogue_meeting", place="Umeå stadsbibliotek",
        organiser="Region Västerbotten", starts_at=datetime(2026, 3, 12, 13, 0, tzinfo=STOCKHOLM),
    )
    second = project.dialogues.create(
        "Våga vara digital – webbsändning", kind="webcast", online=True,
        organiser="Region Västerbotten", starts_at=datetime(2026, 4, 2, 9, 30, tzinfo=STOCKHOLM),
    )
    third = project.dialogues.create("Nätverksmöte utan anteckningar", kind="network_meeting")
    built.dialogues = {"first": first, "second": second, "third": third}
    q1 = project.dialogues.add_question(first.id, "Vad behöver du för att känna dig trygg digitalt?")
    q2 = project.dialogues.add_question(first.id, "Vad ska regionen prioritera?")
    project.dialogues.add_question(second.id, "Vilka tjänster saknar du?")
    project.participation.set_headcount(first.id, groups["civil_society"].id, 12)
    project.participation.set_headcount(first.id, groups["municipality"].id, 3)
    project.participation.set_headcount(second.id, groups["business"].id, 40)
    project.participation.add_organisation(first.id, "PRO Umeå", groups["civil_society"].id)
    project.participation.add_organisation(first.id, "Studieförbundet Vuxenskolan", groups["civil_society"].id)
    project.participation.add_participant(first.id, PARTICIPANT)

    civil, municipality, business = groups["civil_society"].id, groups["municipality"].id, groups["business"].id

    def note(name, dialogue, text, status="approved", group=None, question=None, **fields):
        created = project.notes.add(dialogue.id, text, group_id=group, agenda_item_id=question,
                                    status=status, **fields)
        built.notes[name] = created
        return created

    note("libraries", first, LIBRARIES, group=civil, question=q1.id, votes=7, key_quote=True, table_label="Bord 2")
    note("sami", first, SAMI, group=civil, question=q1.id)
    note("personal", first, PERSONAL, group=municipality, question=q2.id)
    note("deleted", first, DELETED, group=civil)
    note("markup", first, MARKUP, group=civil, question=q2.id, kind="idea")
    note("formula", first, FORMULA, group=municipality, kind="concern")
    note("formula_plus", first, FORMULA_PLUS, group=municipality)
    note("captured", first, CAPTURED_ONLY, status="captured", group=civil)
    note("excluded", first, EXCLUDED, status="excluded", group=civil)
    note("finnish", second, FINNISH, group=business)
    note("named", second, NAMED, group=business)
    note("uncovered", second, UNCOVERED, group=None, kind="question")
    note("reviewed", second, REVIEWED_ONLY, status="reviewed", group=business)
    project.notes.delete([built.notes["deleted"].id])

    n = built.notes
    project.tagging.tag([n["libraries"].id, n["personal"].id, n["captured"].id], skills.id)
    project.tagging.tag([n["libraries"].id], sub.id)
    project.tagging.tag([n["sami"].id, n["finnish"].id, n["markup"].id, n["reviewed"].id], trust.id)
    project.tagging.tag([n["named"].id, n["formula"].id, n["formula_plus"].id, n["excluded"].id], infra.id)
    project.synthesis.save_text(skills.id, SYNTHESIS)
    project.synthesis.add_quote(skills.id, n["libraries"].id)
    project.synthesis.add_quote(skills.id, n["captured"].id)  # not published: must not be quoted
    project.synthesis.add_quote(trust.id, n["sami"].id)
    # the writer looked at the possible names the app found: the Sámi note's names may be printed
    project.possible_names.decide([c.key for c in project.possible_names.scan()], "keep")
    return built
