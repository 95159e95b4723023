"""The register extract's PDF (person_extract.py): who, when, what was searched for, the register
entries, every text naming the person with what was found marked, and what the extract does not
cover.

Set in the report's DejaVu Sans with its styles and page foot (io/export/pdf/), so Swedish, Sámi and
Finnish names print as typed. Its words are in ``WORDS`` below, in Swedish and English: an extract
is written in the project's language, not the interface's, like an export.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, tzinfo
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Paragraph, Spacer, Table
from reportlab.platypus import TableStyle

from dialog_app.core.jobs import Job
from dialog_app.core.person_record import DIALOGUE, DRAFT, HISTORY, NOTE, SETTING, SYNTHESIS, Mention, PersonRecord
from dialog_app.core.person_record import RegisterEntry
from dialog_app.io.export.pdf import fonts
from dialog_app.io.export.pdf import styles as s
from dialog_app.io.export.pdf.context import Context
from dialog_app.io.export.pdf.markup import escaped, paragraph_text, plain
from dialog_app.io.export.pdf.pages import Furniture, canvas_maker

HIGHLIGHT = "#FFE08A"  # the background of what was found in a text
WHERE_ORDER = (NOTE, SYNTHESIS, HISTORY, DIALOGUE, SETTING, DRAFT)

WORDS: dict[str, dict[str, str]] = {
    "sv": {
        "title": "Registerutdrag",
        "subtitle": "Det som projektet innehåller om en person (artikel 15 i dataskyddsförordningen)",
        "person": "Person", "made": "Upprättat", "project": "Projekt", "searched": "Sökt efter",
        "found": "Hittat", "decision": "Namnet i texterna",
        "mask": "bekräftat som namn: maskeras i alla exporter", "keep": "avfärdat: skrivs ut som det står",
        "entries": "%n registerpost|%n registerposter", "mentions": "%n text|%n texter",
        "register": "I deltagarregistret", "no_register": "Personen finns inte i deltagarregistret.",
        "dialogue": "Dialog", "date": "Datum", "organisation": "Organisation", "group": "Intressentgrupp",
        "role": "Roll", "email": "E-post", "phone": "Telefon", "consent": "Samtycke", "purpose": "Ändamål",
        "yes": "ja", "no": "nej",
        "texts": "Texter där personen nämns",
        "texts_intro": "Varje text visas som den är sparad; det som hittades är markerat.",
        "no_texts": "Personen nämns inte i någon text i projektet.",
        "in_note": "Anteckningar", "in_synthesis": "Sammanfattningar av teman",
        "in_history": "Tidigare versioner av anteckningar", "in_dialogue": "Dialoger",
        "in_setting": "Projektets inställningar", "in_draft": "Osända utkast i appens mapp",
        "in_bin": "i papperskorgen",
        "extra": "Övriga uppgifter",
        "limits": "Vad utdraget inte omfattar",
        "limits_1": "Utdraget omfattar det som fanns i projektfilen när det upprättades: deltagarregistret, "
                    "anteckningarna och deras tidigare versioner, sammanfattningarna, dialogerna och projektets "
                    "inställningar. Namnet söks som det skrivs och i genitiv (\u201dAnnas\u201d), liksom "
                    "personens e-postadresser och telefonnummer. Ett felstavat namn, ett smeknamn eller en "
                    "omskrivning (\u201dordföranden\u201d) hittas inte.",
        "limits_2": "Projektets automatiska säkerhetskopior (i en mapp bredvid projektfilen), kopior som har "
                    "sparats eller skickats vidare, till exempel bordsprojekt, och dokument som redan har "
                    "exporterats kan innehålla äldre uppgifter om personen. De omfattas inte av utdraget.",
        "limits_3": "Programmets loggfil innehåller inga anteckningar och inga namn, och programmet skickar "
                    "inget någonstans. Uppgifter i andra system, som e-post, kalendrar eller organisationens "
                    "egna register, omfattas inte.",
        "page_of": "Sida %1 av %2",
    },
    "en": {
        "title": "Register extract",
        "subtitle": "What the project holds about one person (Article 15 of the General Data Protection "
                    "Regulation)",
        "person": "Person", "made": "Made", "project": "Project", "searched": "Searched for",
        "found": "Found", "decision": "The name in the texts",
        "mask": "confirmed as a name: masked in every export", "keep": "dismissed: printed as written",
        "entries": "%n register entry|%n register entries", "mentions": "%n text|%n texts",
        "register": "In the participant register", "no_register": "The person is not in the participant register.",
        "dialogue": "Dialogue", "date": "Date", "organisation": "Organisation", "group": "Stakeholder group",
        "role": "Role", "email": "E-mail", "phone": "Phone", "consent": "Consent", "purpose": "Purpose",
        "yes": "yes", "no": "no",
        "texts": "Texts that name the person",
        "texts_intro": "Each text is shown as stored; what was found is marked.",
        "no_texts": "No text in the project names the person.",
        "in_note": "Notes", "in_synthesis": "Theme syntheses", "in_history": "Earlier versions of notes",
        "in_dialogue": "Dialogues", "in_setting": "Project settings", "in_draft": "Unsent drafts in the app's folder",
        "in_bin": "in the bin",
        "extra": "Other facts",
        "limits": "What this extract does not cover",
        "limits_1": "The extract covers what the project file held when it was made: the participant register, "
                    "the notes and their earlier versions, the syntheses, the dialogues and the project's "
                    "settings. The name is looked for as written and in the genitive (\u201cAnna's\u201d, "
                    "\u201cAnnas\u201d), and so are the person's e-mail addresses and phone numbers. A misspelt "
                    "name, a nickname or a description (\u201cthe chair\u201d) is not found.",
        "limits_2": "The project's automatic backups (in a folder beside the project file), copies saved or "
                    "passed on, such as table projects, and documents already exported may hold older data "
                    "about the person. They are not covered by this extract.",
        "limits_3": "The app's log file holds no notes and no names, and the app sends nothing anywhere. Data in "
                    "other systems, such as e-mail, calendars or the organisation's own registers, is not "
                    "covered.",
        "page_of": "Page %1 of %2",
    },
}
LANGUAGE_TAGS = {"sv": "sv-SE", "en": "en-GB"}


def write(record: PersonRecord, stream: BinaryIO, language: str, project: Path | None, made_at: datetime,
          zone: tzinfo | None = None) -> None:
    words = _Words(language)
    context = Context(job=Job())
    title = f"{words['title']} \u2013 {record.name}"
    doc = BaseDocTemplate(
        stream, pagesize=(s.PAGE_WIDTH, s.PAGE_HEIGHT), leftMargin=s.MARGIN_LEFT, rightMargin=s.MARGIN_RIGHT,
        topMargin=s.MARGIN_TOP - 20, bottomMargin=s.MARGIN_BOTTOM, title=plain(title), subject=plain(words["subtitle"]),
        creator="dialog_app", producer="dialog_app", lang=LANGUAGE_TAGS.get(words.language, "sv-SE"),
        displayDocTitle=1, initialFontName=fonts.REGULAR,
    )
    frame = Frame(s.MARGIN_LEFT, s.MARGIN_BOTTOM, s.FRAME_WIDTH, s.FRAME_HEIGHT + 20, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("body", [frame])])
    furniture = Furniture(
        contents_title="",
        footer_left=context.regular.clean(title, newlines=False),
        page_of=lambda page, total: words["page_of"].replace("%1", str(page)).replace("%2", str(total)),
    )
    story = list(_Layout(context, words, zone).story(record, project, made_at))
    doc.build(story, canvasmaker=canvas_maker(context, furniture))


class _Words:
    """``words["title"]`` in the extract's language (English for a language it has no words in)."""

    def __init__(self, language: str) -> None:
        self.language = language if language in WORDS else "en"
        self.table = WORDS[self.language]

    def __getitem__(self, key: str) -> str:
        return self.table.get(key, key)

    def count(self, key: str, n: int) -> str:
        one, many = self.table[key].split("|")
        return (one if n == 1 else many).replace("%n", str(n))


class _Layout:
    def __init__(self, context: Context, words: _Words, zone: tzinfo | None) -> None:
        self.context = context
        self.words = words
        self.zone = zone  # the project's: a time prints as the meeting's clock read it
        st = context.styles
        self.st = st
        self.name = ""  # the person's, as asked for: a register entry under another spelling says its own
        self.h2 = ParagraphStyle("h2", parent=st.h2, keepWithNext=1)
        self.h3 = ParagraphStyle("h3", parent=st.h3, keepWithNext=1)
        self.cell = ParagraphStyle("cell", parent=st.body, fontSize=s.CELL_SIZE + 0.4, leading=s.CELL_LEADING + 1,
                                   spaceAfter=0)
        self.cell_label = ParagraphStyle("cell_label", parent=self.cell, textColor=s.MUTED)
        self.entry_head = ParagraphStyle("entry_head", parent=self.cell, fontName=fonts.BOLD, textColor=s.ACCENT)
        self.meta = ParagraphStyle("meta", parent=st.body, fontSize=s.META_SIZE + 0.6, leading=s.META_LEADING + 1,
                                   textColor=s.MUTED, spaceBefore=4, spaceAfter=3)
        self.text = ParagraphStyle("text", parent=st.body, fontSize=s.NOTE_SIZE, leading=s.NOTE_LEADING,
                                   backColor=s.STRIPE, borderPadding=(5, 7, 5, 7), leftIndent=7, rightIndent=7,
                                   spaceBefore=2, spaceAfter=12)

    def story(self, record: PersonRecord, project: Path | None, made_at: datetime) -> Iterable[Flowable]:
        w = self.words
        self.name = record.name
        yield Paragraph(self._p(w["title"]), self.st.h1)
        yield Paragraph(self._p(w["subtitle"]), self.st.muted)
        yield Spacer(0, 8)
        yield self._facts(record, project, made_at)
        heading = Paragraph(self._p(w["register"]), self.h2)
        if not record.register:
            yield from (heading, Paragraph(self._p(w["no_register"]), self.st.body))
        for n, entry in enumerate(record.register):  # a heading stays with what follows it
            yield KeepTogether([heading] * (n == 0) + [self._entry(entry), Spacer(0, 10)])
        yield from self._mentions(record.mentions, Paragraph(self._p(w["texts"]), self.h2))
        if record.extra:
            yield Paragraph(self._p(w["extra"]), self.h2)
            yield self._table([(str(key), str(value)) for key, value in record.extra.items()])
        yield Paragraph(self._p(w["limits"]), self.h2)
        for key in ("limits_1", "limits_2", "limits_3"):
            yield Paragraph(self._p(w[key]), self.st.body)

    def _facts(self, record: PersonRecord, project: Path | None, made_at: datetime) -> Table:
        w = self.words
        rows = [(w["person"], record.name), (w["made"], _when(made_at, self.zone))]
        if project is not None:
            rows.append((w["project"], project.name))
        rows.append((w["searched"], ", ".join(record.searched_for) or record.name))
        rows.append((w["found"], f"{w.count('entries', len(record.register))}, "
                                 f"{w.count('mentions', len(record.mentions))}"))
        if record.name_decision in ("mask", "keep"):
            rows.append((w["decision"], w[record.name_decision]))
        return self._table(rows)

    def _entry(self, entry: RegisterEntry) -> Table:
        w = self.words
        rows = [(w["date"], _day(entry.dialogue_date, self.zone)), (w["organisation"], entry.organisation),
                (w["group"], entry.group), (w["role"], entry.role), (w["email"], entry.email),
                (w["phone"], entry.phone), (w["consent"], w["yes"] if entry.consent else w["no"]),
                (w["purpose"], entry.purpose)]
        head = f"{w['dialogue']}: {entry.dialogue_title}"
        return self._table(rows if entry.name == self.name else [(w["person"], entry.name), *rows], head)

    def _table(self, rows: list[tuple[str, str]], head: str | None = None) -> Table:
        data: list[list] = []
        if head is not None:
            data.append([Paragraph(self._p(head), self.entry_head), ""])
        data += [[Paragraph(self._p(label), self.cell_label), Paragraph(self._p(value or "\u2013"), self.cell)]
                 for label, value in rows]
        table = Table(data, colWidths=(118, s.FRAME_WIDTH - 118), hAlign="LEFT")
        commands = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, s.RULE),
        ]
        if head is not None:
            commands += [("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (-1, 0), s.TINT),
                         ("LINEABOVE", (0, 0), (-1, 0), 0.8, s.ACCENT)]
        table.setStyle(TableStyle(commands))
        return table

    def _mentions(self, mentions: tuple[Mention, ...], heading: Flowable) -> Iterable[Flowable]:
        w = self.words
        if not mentions:
            yield from (heading, Paragraph(self._p(w["no_texts"]), self.st.body))
            return
        yield from (heading, Paragraph(self._p(w["texts_intro"]), self.st.muted))
        order = {where: n for n, where in enumerate(WHERE_ORDER)}
        groups: dict[str, list[Mention]] = {}
        for mention in sorted(mentions, key=lambda m: order.get(m.where, len(order))):
            groups.setdefault(mention.where, []).append(mention)
        for where, found in groups.items():
            group = Paragraph(self._p(f"{w['in_' + where]} ({len(found)})"), self.h3)
            for n, mention in enumerate(found):
                yield KeepTogether([group] * (n == 0) + [Paragraph(self._meta(mention), self.meta),
                                                         Paragraph(self._marked(mention), self.text)])

    def _meta(self, mention: Mention) -> str:
        parts = [self._p(part) for part in (mention.context, _when(mention.at, self.zone),
                                            self.words["in_bin"] if mention.in_bin else "") if part]
        ref = f"<font color='#{s.INK.hexval()[2:]}'><b>{self._p(mention.ref)}</b></font>"
        return " \u00b7 ".join(([ref] if mention.ref else []) + parts)

    def _marked(self, mention: Mention) -> str:
        """The text with each found span in bold on a yellow ground; every piece escaped alone, so a
        span's ends stay where they were in the stored text."""
        text, out, at = mention.text, [], 0
        for start, end in _spans(mention.spans, len(text)):
            out.append(self._piece(text[at:start], self.context.regular))
            found = self._piece(text[start:end], self.context.bold)
            out.append(f"<b><span backColor='{HIGHLIGHT}'>{found}</span></b>")
            at = end
        out.append(self._piece(text[at:], self.context.regular))
        return "".join(out).strip() or "\u2013"

    def _piece(self, text: str, face: fonts.Face) -> str:
        return escaped(face, face.clean(text))

    def _p(self, text: str) -> str:
        return paragraph_text(self.context.regular, text)


def _spans(spans: Iterable[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The spans inside the text, in order, overlapping ones joined."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted((max(0, a), min(length, b)) for a, b in spans):
        if start >= end:
            continue
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


def _when(value: datetime | None, zone: tzinfo | None) -> str:
    return value.astimezone(zone).strftime("%Y-%m-%d %H:%M") if value is not None else ""


def _day(value: datetime | None, zone: tzinfo | None) -> str:
    return value.astimezone(zone).date().isoformat() if value is not None else ""
