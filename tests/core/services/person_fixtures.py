"""A project that holds a registered person, Anna Svensson, in every place a person can be named:
notes (in the genitive, by e-mail and phone, in the bin), a note's history, a synthesis, a saved
filter, the choice made on her name and a capture draft; beside her Per Holm (registered) and
Jonathan Mayhew (a possible name the writer confirmed), who must be left alone by her erasure."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from dialog_app.core.drafts import Drafts
from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.core.services.participant_register import ParticipantFields
from dialog_app.core.services.possible_names import MASK

NAME = "Anna Svensson"
EMAIL = "anna.svensson@example.se"
PHONE = "070-123 45 67"
# What must not be anywhere in the file after her erasure (FTS tokens are lower case).
HER_BYTES = (b"Anna Svensson", b"anna svensson", b"ANNA SVENSSON", b"Svensson", b"svensson", EMAIL.encode(),
             b"ANNA.SVENSSON", PHONE.encode(), b"0701234567")


@dataclass
class Anna:
    participant_id: uuid.UUID
    notes: dict[str, uuid.UUID]
    theme_id: uuid.UUID
    draft: Path


def register(project, dialogue_id, name: str, email: str = "", phone: str = "", role: str = "",
             consent: bool = False, purpose: str = "") -> uuid.UUID:
    """A register entry, as the register window adds it."""
    return project.participant_register.add(dialogue_id, ParticipantFields(
        name, role=role, email=email, phone=phone, consent=consent, purpose=purpose))


def add_anna(project) -> Anna:
    meeting = project.dialogues.create("Dialogmöte med civilsamhället", place="Umeå")
    participant_id = register(project, meeting.id, NAME, EMAIL, PHONE, role="Ordförande", consent=True,
                              purpose="Kontakt inför remissen")
    register(project, meeting.id, "Per Holm")
    add = project.notes.add
    notes = {
        "genitive": add(meeting.id, "Anna Svenssons förslag: fler digitala ombud på biblioteken.",
                        status="approved").id,
        "contact": add(meeting.id, f"Nås på 0701234567 eller {EMAIL.upper()} för uppföljning.").id,
        "edited": add(meeting.id, "Bredband behövs i byarna.").id,
        "binned": add(meeting.id, "Anna Svensson tog upp busstrafiken.").id,
        "per": add(meeting.id, "Per Holm tycker att e-tjänsterna är krångliga.", status="approved").id,
        "mayhew": add(meeting.id, "Enligt Jonathan Mayhew saknas fiber i byarna.", status="approved").id,
        "nobody": add(meeting.id, "Anna sa att bussarna är sena.").id,
    }
    project.notes.update(notes["edited"], text="Anna Svensson vill ha bredband i byarna.")
    project.notes.update(notes["edited"], text="Någon vill ha bredband i byarna.")  # the name is in the history
    project.notes.delete([notes["binned"]])
    framework = project.frameworks.active_framework()
    theme = project.frameworks.themes(framework.id)[0]
    project.synthesis.save_text(theme.id, "Flera, bland dem Anna Svensson, lyfte bredbandet.")
    project.saved_filters.save("Annas förslag", NoteFilter(text="Anna Svensson"))
    project.possible_names.decide([NAME, "Jonathan Mayhew"], MASK)
    draft = Drafts(project.path, window="capture")
    draft.save("Anna Svensson sa också att")
    project.history.clear()
    return Anna(participant_id, notes, theme.id, draft.file)


def held(path: Path, needles=HER_BYTES) -> list[bytes]:
    """The needles found in the file's bytes, or in a -journal or -wal beside it."""
    found = []
    for file in (path, path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal")):
        if file.exists():
            data = file.read_bytes()
            found += [needle for needle in needles if needle in data]
    return found


def index_terms(path: Path) -> set[str]:
    """Every term of the search index, read through a temporary fts5vocab table (nothing written)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        connection.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, note_fts, row)")
        return {term for (term,) in connection.execute("SELECT term FROM temp.vocab")}
    finally:
        connection.close()


def table_rows(path: Path) -> dict[str, list]:
    """Every row of every table but the search index's own (whose segments may be laid out anew),
    and the index's content as a query reads it: what an undo must put back exactly."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'note_fts%' "
            "AND name NOT LIKE 'sqlite%'")]
        rows = {table: sorted(map(repr, connection.execute(f'SELECT * FROM "{table}"'))) for table in tables}
        rows["note_fts"] = sorted(connection.execute("SELECT rowid, text FROM note_fts"))
        return rows
    finally:
        connection.close()
