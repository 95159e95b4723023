"""A register extract (registerutdrag, GDPR article 15): everything a project holds about one
person, for that person to read (PDF) and for a program to read (JSON).

    record = project.person_data.find("Anna Svensson")
    write_extract_pdf(record, Path("registerutdrag.pdf"), language=project.language, project=project.path)
    write_extract_json(record, Path("registerutdrag.json"), project=project.path)

Both are written all or nothing (io/export/atomic_file.py) and never over an existing file unless
``overwrite=True`` (FileExistsError), nor over a project or a database (io/export/target.py).
The extract prints the person's data unmasked: it is for the person it is about. The PDF's layout
is person_extract_pdf.py; the JSON reads back into the same ``PersonRecord`` (``record_from_json``).
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone, tzinfo
from pathlib import Path
from typing import Any

from dialog_app.core.person_record import Mention, PersonRecord, RegisterEntry
from dialog_app.io.export.atomic_file import atomic_output
from dialog_app.io.export.target import TargetRules

FORMAT = "dialog_app.register_extract"
VERSION = 1


def write_extract_pdf(record: PersonRecord, path: Path | str, language: str = "sv", *, overwrite: bool = False,
                      project: Path | None = None, made_at: datetime | None = None,
                      zone: tzinfo | None = None) -> Path:
    """The extract as a PDF at ``path`` (".pdf" added to a bare name); returns where it was written.

    ``language`` is "sv" or "en" (the project's language); ``project``, the project file it was
    made from, is named in the extract and is never written over; times print in ``zone``, the
    project's time zone (the computer's when not given).
    """
    from dialog_app.io.person_extract_pdf import write

    target = TargetRules(".pdf", project).final_path(Path(path))
    with atomic_output(target, TargetRules(".pdf", project), replace=overwrite) as stream:
        write(record, stream, language, project, made_at or _now(), zone)
    return target


def write_extract_json(record: PersonRecord, path: Path | str, *, overwrite: bool = False,
                       project: Path | None = None, made_at: datetime | None = None) -> Path:
    """The extract as JSON at ``path`` (".json" added to a bare name); returns where it was written."""
    target = TargetRules(".json", project).final_path(Path(path))
    data = extract_data(record, project, made_at or _now())
    with atomic_output(target, TargetRules(".json", project), replace=overwrite) as stream:
        stream.write(json.dumps(data, ensure_ascii=False, indent=2, default=str).encode("utf-8"))
        stream.write(b"\n")
    return target


def extract_paths(asked: Path, name: str) -> tuple[Path, Path]:
    """The PDF and the JSON for an extract asked for as ``asked``: a folder gets both, named after the
    person ("registerutdrag Anna Svensson.pdf"); a file name gets its JSON beside it."""
    if asked.is_dir():
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip() or "person"
        asked = asked / f"registerutdrag {safe}.pdf"
    stem = asked.with_suffix("") if asked.suffix.lower() in (".pdf", ".json") else asked
    return stem.with_name(stem.name + ".pdf"), stem.with_name(stem.name + ".json")


def extract_data(record: PersonRecord, project: Path | None = None, made_at: datetime | None = None) -> dict:
    """The JSON document: ISO times, UUIDs as strings, each mention's spans as [start, end] pairs
    into its text (Python string indices: code points), and the text each span covers."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "made_at": _iso(made_at or _now()),
        "project": str(project) if project is not None else None,
        "person": record.name,
        "searched_for": list(record.searched_for),
        "found_at": _iso(record.found_at),
        "name_decision": record.name_decision,
        "register": [
            {
                "participant_id": str(entry.participant_id),
                "dialogue": entry.dialogue_title,
                "dialogue_date": _iso(entry.dialogue_date),
                "name": entry.name,
                "organisation": entry.organisation,
                "group": entry.group,
                "role": entry.role,
                "email": entry.email,
                "phone": entry.phone,
                "consent": entry.consent,
                "purpose": entry.purpose,
            }
            for entry in record.register
        ],
        "mentions": [
            {
                "where": mention.where,
                "ref": mention.ref,
                "context": mention.context,
                "at": _iso(mention.at),
                "object_id": str(mention.object_id) if mention.object_id is not None else None,
                "in_bin": mention.in_bin,
                "text": mention.text,
                "spans": [[start, end] for start, end in mention.spans],
                "found": [mention.text[start:end] for start, end in mention.spans],
            }
            for mention in record.mentions
        ],
        "extra": record.extra,
    }


def record_from_json(data: dict[str, Any]) -> PersonRecord:
    """A ``PersonRecord`` from an extract's JSON (``json.loads`` of the file); ValueError when it is
    no extract, or one of a newer version."""
    if data.get("format") != FORMAT:
        raise ValueError(f"not a register extract: format {data.get('format')!r}")
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise ValueError(f"a register extract of version {data.get('version')!r}; this app reads up to {VERSION}")
    register = tuple(
        RegisterEntry(uuid.UUID(e["participant_id"]), e["dialogue"], _time(e["dialogue_date"]), e["name"],
                      e["organisation"], e["group"], e["role"], e["email"], e["phone"], bool(e["consent"]),
                      e["purpose"])
        for e in data["register"]
    )
    mentions = tuple(
        Mention(m["where"], m["ref"], m["context"], _time(m["at"]), m["text"],
                tuple((int(start), int(end)) for start, end in m["spans"]),
                uuid.UUID(m["object_id"]) if m.get("object_id") else None, bool(m.get("in_bin", False)))
        for m in data["mentions"]
    )
    return PersonRecord(data["person"], tuple(data["searched_for"]), register, mentions, data.get("name_decision"),
                        _time(data.get("found_at")), dict(data.get("extra") or {}))


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
