"""The report's structure as plain blocks, built once for the PDF and the Word document alike.

The outline decides what the report says and in which order: cover, contents, about this report,
about the dialogues, a chapter per theme, the input no theme covers, and the register of every
published note. The PDF and DOCX writers only decide how each kind of block looks, so the two
documents never drift apart. Block text is plain text: a writer must print it as typed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from dialog_app.io.export import vocabulary as vocab
from dialog_app.io.export.options import UNCONFIRMED_KEEP, UNCONFIRMED_MASK
from dialog_app.io.export.report import DialogueEntry, NoteEntry, Report, ThemeEntry
from dialog_app.io.export.wording import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Cover:
    title: str
    subtitle: str  # what the document is: "Sammanställning av dialoginspel"
    organiser: str
    date: str
    version_label: str
    framework: str


@dataclass(frozen=True)
class Contents:
    title: str


@dataclass(frozen=True)
class Heading:
    level: int  # 1 a chapter (starts a page), 2 a section, 3 a sub-section
    text: str
    key: str  # a stable anchor: "dialogues", "theme-3", "d2", "appendix"
    contents: bool = True  # False: a section inside a theme, kept out of the table of contents


@dataclass(frozen=True)
class Para:
    text: str
    style: str = "body"  # "body", "lead" (an introduction), "muted" (an aside), "label" (a small heading)


@dataclass(frozen=True)
class Facts:
    """Label: value lines, such as a dialogue's date, kind and place."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[int, ...] = ()  # columns to align right
    widths: tuple[float, ...] = ()  # relative column widths; empty: equal


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True)
class BarChart:
    title: str
    bars: tuple[tuple[str, int], ...]  # (label, value), in the order shown
    colour: str  # "#rrggbb"
    header: tuple[str, ...] = ()  # the columns' names where the chart is a table: label, value


@dataclass(frozen=True)
class Quote:
    text: str
    ref: str
    source: str  # "Civilsamhälle, Dialogmöte med civilsamhället"


@dataclass(frozen=True)
class NoteItem:
    ref: str
    text: str
    meta: str  # "Civilsamhälle · Idé / förslag · 7 röster"


@dataclass(frozen=True)
class RegisterRow:
    """One line of the appendix: where a note came from, without its text (the chapters hold it)."""

    ref: str
    cells: tuple[str, ...]  # dialogue, question, group, kind, themes


@dataclass(frozen=True)
class Register:
    header: tuple[str, ...]  # ref column first
    rows: tuple[RegisterRow, ...]


Block = Cover | Contents | Heading | Para | Facts | Table | Bullets | BarChart | Quote | NoteItem | Register



_MASKED_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "Masked"), QT_TRANSLATE_NOOP("Export", "Number"), QT_TRANSLATE_NOOP("Export", "Where"),
)
_DIALOGUE_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "No."), QT_TRANSLATE_NOOP("Export", "Dialogue"), QT_TRANSLATE_NOOP("Export", "Date"),
    QT_TRANSLATE_NOOP("Export", "Kind"), QT_TRANSLATE_NOOP("Export", "Participants"),
    QT_TRANSLATE_NOOP("Export", "Notes"),
)
_REGISTER_COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "Ref."), QT_TRANSLATE_NOOP("Export", "Dialogue"), QT_TRANSLATE_NOOP("Export", "Question"),
    QT_TRANSLATE_NOOP("Export", "Stakeholder group"), QT_TRANSLATE_NOOP("Export", "Kind"),
    QT_TRANSLATE_NOOP("Export", "Themes"),
)


def outline(report: Report) -> Iterator[Block]:
    """The report from cover to appendix, block by block, in reading order."""
    w = report.wording
    yield Cover(
        title=report.title,
        subtitle=w(QT_TRANSLATE_NOOP("Export", "Summary of the input from the dialogues")),
        organiser=report.organiser,
        date=w.date(report.made_on),
        version_label=report.version_label,
        framework=w(QT_TRANSLATE_NOOP("Export", "Themes: %1"), report.framework) if report.framework else "",
    )
    yield Contents(w(QT_TRANSLATE_NOOP("Export", "Contents")))
    yield from _about_report(report)
    yield from _about_dialogues(report)
    for theme in report.themes:
        yield from _theme_chapter(report, theme)
    if not report.theme_selection:
        yield from _uncovered(report)
    yield from _register(report)


# --- about this report ---------------------------------------------------------------------------


def _about_report(report: Report) -> Iterator[Block]:
    w = report.wording
    yield Heading(1, w(QT_TRANSLATE_NOOP("Export", "About this report")), "about")
    yield Para(_summary(report), "lead")
    if report.options.all_statuses:
        yield Para(w(QT_TRANSLATE_NOOP("Export", "It includes all notes except those excluded from publication, "
                                 "also notes not yet approved.")))
    else:
        yield Para(w(QT_TRANSLATE_NOOP("Export", "It includes only the notes approved for publication.")))
    if report.left_out:
        parts = ", ".join(f"{vocab.word(w, vocab.NOTE_STATUSES, status)}: {w.number(count)}"
                          for status, count in sorted(report.left_out.items()))
        yield Para(w(QT_TRANSLATE_NOOP("Export", "Notes not included: %1."), parts), "muted")
    yield Para(w(QT_TRANSLATE_NOOP("Export",
        "Every note has a reference such as D2-017: the 17th note taken at dialogue 2. The chapters "
        "quote notes by their reference, and the register at the end tells where each came from.")))
    yield from _privacy(report)


def _summary(report: Report) -> str:
    """How many dialogues and notes, in the singular where a count is 1 ("1 dialog", not "1 dialoger")."""
    w = report.wording
    dialogues, notes, framework = len(report.dialogues), len(report.notes), report.framework or "-"
    if dialogues != 1 and notes != 1:  # the usual case: the sentence pair as translated whole
        return w(QT_TRANSLATE_NOOP("Export",
            "This report summarises what participants said in %1 dialogues. It holds %2 notes of input, "
            "sorted under the themes of %3."), w.number(dialogues), w.number(notes), framework)
    return " ".join((
        w.count(QT_TRANSLATE_NOOP("Export", "This report summarises what participants said in %1 dialogue."),
                QT_TRANSLATE_NOOP("Export", "This report summarises what participants said in %1 dialogues."),
                dialogues),
        w.count(QT_TRANSLATE_NOOP("Export", "It holds %1 note of input, sorted under the themes of %2."),
                QT_TRANSLATE_NOOP("Export", "It holds %1 notes of input, sorted under the themes of %2."),
                notes, framework),
    ))


def _privacy(report: Report) -> Iterator[Block]:
    w = report.wording
    yield Heading(2, w(QT_TRANSLATE_NOOP("Export", "Personal data")), "privacy")
    if report.options.include_personal_data:
        yield Para(w(QT_TRANSLATE_NOOP("Export", "This version includes personal data: names, e-mail addresses, phone "
                                 "numbers and personal identity numbers were not masked. Do not publish it.")),
                   "muted")
        return
    yield from _what_was_checked(report)
    counts = report.masked_counts()
    if not counts:
        yield Para(w(QT_TRANSLATE_NOOP("Export", "None were found.")))
        return
    rows = []
    for kind, word in vocab.MASK_KINDS.items():
        if counts.get(kind):
            where = ", ".join(dict.fromkeys(m.where for m in report.masked if m.kind == kind))
            rows.append((w(word), w.number(counts[kind]), where))
    yield Table(
        tuple(map(w, _MASKED_COLUMNS)), tuple(rows), numeric=(1,), widths=(3, 1.4, 7),
    )


def _what_was_checked(report: Report) -> Iterator[Block]:
    """Exactly what the text was searched for, and what was left as written: no more is claimed."""
    w, names = report.wording, report.names
    yield Para(w(QT_TRANSLATE_NOOP("Export", "The notes and syntheses in this report were searched for the personal "
                                   "data below; what was found is replaced by a mark such as [name].")))
    yield Bullets((
        w(QT_TRANSLATE_NOOP("Export", "names of the people in the project's participant register (%1), also in "
                                      "the genitive")).replace("%1", w.number(names.registered)),
        w(QT_TRANSLATE_NOOP("Export", "names the app found as possible names of persons and the writer confirmed "
                                      "(%1)")).replace("%1", w.number(names.confirmed)),
        w(QT_TRANSLATE_NOOP("Export", "e-mail addresses, phone numbers, personal identity numbers and "
                                      "coordination numbers")),
    ))
    told = [w(QT_TRANSLATE_NOOP("Export", "Nothing else was searched for: a name the app does not know as a possible "
                                          "name is not masked."))]
    if names.dismissed:
        told.append(w(QT_TRANSLATE_NOOP("Export", "Possible names the writer judged not to be names of persons, or "
                                                  "fit to print, are printed as written (%1).")).replace(
            "%1", w.number(names.dismissed)))
    if names.unconfirmed and report.options.unconfirmed_names == UNCONFIRMED_MASK:
        told.append(w(QT_TRANSLATE_NOOP("Export", "Possible names nobody had confirmed were masked as well (%1).")
                      ).replace("%1", w.number(len(names.unconfirmed))))
    elif names.unconfirmed and report.options.unconfirmed_names == UNCONFIRMED_KEEP:
        told.append(w(QT_TRANSLATE_NOOP("Export", "Possible names nobody had confirmed are printed as written, as the "
                                                  "writer chose (%1).")).replace("%1", w.number(len(names.unconfirmed))))
    yield Para(" ".join(told), "muted")


# --- about the dialogues -------------------------------------------------------------------------


def _about_dialogues(report: Report) -> Iterator[Block]:
    w = report.wording
    yield Heading(1, w(QT_TRANSLATE_NOOP("Export", "About the dialogues")), "dialogues")
    yield Table(
        tuple(map(w, _DIALOGUE_COLUMNS)),
        tuple((f"D{d.number}", d.title, w.date(d.starts_at), d.kind,
               w.number(d.people) if d.people else "-", w.number(len(d.notes))) for d in report.dialogues),
        numeric=(4, 5), widths=(1, 5, 2.6, 2.6, 1.8, 1.4),
    )
    for dialogue in report.dialogues:
        yield from _dialogue_section(report, dialogue)


def _dialogue_section(report: Report, d: DialogueEntry) -> Iterator[Block]:
    w = report.wording
    yield Heading(2, f"D{d.number} {d.title}", f"d{d.number}")
    facts = [(w(QT_TRANSLATE_NOOP("Export", "Date")), _when(report, d)),
             (w(QT_TRANSLATE_NOOP("Export", "Kind")), d.kind)]
    if d.online or d.place:
        place = w(QT_TRANSLATE_NOOP("Export", "Online")) if d.online and not d.place else d.place
        if d.online and d.place:
            place = w(QT_TRANSLATE_NOOP("Export", "%1 and online"), d.place)
        facts.append((w(QT_TRANSLATE_NOOP("Export", "Place")), place))
    if d.organiser:
        facts.append((w(QT_TRANSLATE_NOOP("Export", "Organiser")), d.organiser))
    facts.append((w(QT_TRANSLATE_NOOP("Export", "Notes in this report")), w.number(len(d.notes))))
    yield Facts(tuple(facts))
    if d.headcounts:
        yield Table(
            (w(QT_TRANSLATE_NOOP("Export", "Stakeholder group")), w(QT_TRANSLATE_NOOP("Export", "Participants"))),
            tuple((group, w.number(count)) for group, count in d.headcounts)
            + ((w(QT_TRANSLATE_NOOP("Export", "Total")), w.number(d.people)),),
            numeric=(1,), widths=(4, 1.5),
        )
    if d.organisations:
        yield Para(w(QT_TRANSLATE_NOOP("Export", "Participating organisations")), "label")
        yield Bullets(d.organisations)
    if d.questions:
        yield Para(w(QT_TRANSLATE_NOOP("Export", "Questions asked")), "label")
        yield Bullets(d.questions, numbered=True)


def _when(report: Report, d: DialogueEntry) -> str:
    if d.starts_at is None:
        return report.wording(QT_TRANSLATE_NOOP("Export", "Not dated"))
    return f"{report.wording.date(d.starts_at)} {d.starts_at:%H:%M}"


# --- the themes ----------------------------------------------------------------------------------


def _theme_chapter(report: Report, theme: ThemeEntry) -> Iterator[Block]:
    w = report.wording
    level = 1 if theme.depth == 0 else 2
    section = level + 1  # the theme's own sections: never a skipped heading level
    yield Heading(level, theme.title, f"theme-{theme.index}")
    if theme.description:
        yield Para(theme.description, "lead")
    if theme.synthesis.strip():
        yield Heading(section, w(QT_TRANSLATE_NOOP("Export", "What we heard")), f"theme-{theme.index}-synthesis",
                      contents=False)
        for paragraph in _paragraphs(theme.synthesis):
            yield Para(paragraph)
    yield Para(w(QT_TRANSLATE_NOOP("Export", "Notes: %1 · dialogues: %2 · stakeholder groups: %3"),
                 w.number(len(theme.notes)), w.number(theme.dialogues),
                 w.number(len([g for g, _n in theme.groups if g]))), "muted")
    if theme.groups:
        no_group = w(QT_TRANSLATE_NOOP("Export", "Group not stated"))
        yield BarChart(w(QT_TRANSLATE_NOOP("Export", "Notes per stakeholder group")),
                       tuple((group or no_group, count) for group, count in theme.groups), theme.colour,
                       header=(w(QT_TRANSLATE_NOOP("Export", "Stakeholder group")),
                               w(QT_TRANSLATE_NOOP("Export", "Number"))))
    if theme.quotes:
        yield Heading(section, w(QT_TRANSLATE_NOOP("Export", "Key quotes")), f"theme-{theme.index}-quotes",
                      contents=False)
        for index in theme.quotes:
            note = report.notes[index]
            yield Quote(note.text, note.ref, _source(report, note))
    if theme.notes:
        yield Heading(section, w(QT_TRANSLATE_NOOP("Export", "Input")), f"theme-{theme.index}-input",
                      contents=False)
        yield from _notes_by_dialogue(report, theme.notes)
    else:
        yield Para(w(QT_TRANSLATE_NOOP("Export", "No published input under this theme.")), "muted")


def _uncovered(report: Report) -> Iterator[Block]:
    w = report.wording
    yield Heading(1, w(QT_TRANSLATE_NOOP("Export", "Input outside the themes")), "uncovered")
    yield Para(w(QT_TRANSLATE_NOOP("Export", "Notes that no theme of %1 covers: %2."), report.framework or "-",
                 w.number(len(report.uncovered))), "lead")
    yield from _notes_by_dialogue(report, report.uncovered)


def _notes_by_dialogue(report: Report, indexes: tuple[int, ...]) -> Iterator[Block]:
    for dialogue, notes in report.by_dialogue(indexes):
        yield Para(f"D{dialogue.number} {dialogue.title}", "label")
        for note in notes:
            yield NoteItem(note.ref, note.text, _meta(report, note))


def _meta(report: Report, note: NoteEntry) -> str:
    w = report.wording
    parts = [note.group or w(QT_TRANSLATE_NOOP("Export", "Group not stated")), note.kind]
    if note.votes:
        parts.append(w(QT_TRANSLATE_NOOP("Export", "votes: %1"), w.number(note.votes)))
    return " · ".join(parts)


def _source(report: Report, note: NoteEntry) -> str:
    dialogue = report.dialogue(note.dialogue)
    return ", ".join(part for part in (note.group, dialogue.title) if part)


def _paragraphs(text: str) -> list[str]:
    """The writer's paragraphs: split at blank lines, single line breaks kept as spaces."""
    blocks = [" ".join(line.strip() for line in block.splitlines()) for block in text.replace("\r", "").split("\n\n")]
    return [block for block in blocks if block.strip()]


# --- the register ---------------------------------------------------------------------------------


def _register(report: Report) -> Iterator[Block]:
    w = report.wording
    yield Heading(1, w(QT_TRANSLATE_NOOP("Export", "Register of input")), "appendix")
    yield Para(w(QT_TRANSLATE_NOOP("Export", "Every note in this report by its reference: the dialogue it was heard at, "
                             "the question, the stakeholder group, its kind and its themes.")), "lead")
    question_numbers = {
        (d.number, question): position for d in report.dialogues for position, question in enumerate(d.questions, 1)
    }
    rows = []
    for note in report.notes:
        question = question_numbers.get((note.dialogue, note.question))
        themes = ", ".join(" ".join(filter(None, (report.themes[t].code, report.themes[t].name)))
                           for t in note.themes)  # "1.1 Bibliotek": a code alone tells a reader nothing
        rows.append(RegisterRow(note.ref, (
            f"D{note.dialogue}", w(QT_TRANSLATE_NOOP("Export", "Q%1"), question) if question else "-",
            note.group or "-", note.kind, themes or "-",
        )))
    yield Register(
        tuple(map(w, _REGISTER_COLUMNS)), tuple(rows),
    )
