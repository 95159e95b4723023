"""Person benchmark (issue 14): finding and erasing one person in a large project.

    python tests/benchmarks/person_erasure.py [--notes 100000]

A project with one dialogue and ``--notes`` notes of about 90 characters (stored through the import
service); one note in 200 names Anna Svensson (every other one in the genitive), and she is
registered with an e-mail and a phone. Timed on copies of the same file: ``find`` (what an extract
reads), the extract written as PDF and JSON, and ``erase`` (the rewrite of every mention, the
search index merged, the file vacuumed). The baseline, in the same run, is raw sqlite3 on a copy:
one UPDATE replacing her name in the notes (with the search index following by its triggers), the
FTS5 'optimize' and a VACUUM. Figures, not assertions.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from dialog_app.core.import_plan import ImportedNote, ImportPlan, SourceKind  # noqa: E402
from dialog_app.core.project import Project  # noqa: E402
from dialog_app.core.services.importing import ImportTarget  # noqa: E402
from dialog_app.core.services.participant_register import ParticipantFields  # noqa: E402

NAME = "Anna Svensson"
WORDS = ("bredband", "e-tjänster", "bibliotek", "kompetens", "äldre", "skola", "vården", "landsbygden",
         "digitala", "ombud", "säkerhet", "tillgänglighet", "samverkan", "kommunen", "regionen")


def text_of(n: int) -> str:
    words = " ".join(WORDS[(n * 7 + k) % len(WORDS)] for k in range(9))
    if n % 200 == 0:
        return f"{NAME}s förslag: {words}" if n % 400 == 0 else f"Enligt {NAME} behövs {words}"
    return f"{words} {n}"


def build(path: Path, notes: int) -> None:
    with Project.create(path) as project:
        dialogue = project.dialogues.create("Dialogmöte i Lycksele")
        project.participant_register.add(dialogue.id, ParticipantFields(
            NAME, email="anna.svensson@example.se", phone="070-123 45 67", consent=True))
        rows = tuple(ImportedNote(text=text_of(n), origin=f"row={n + 2}") for n in range(notes))
        plan = ImportPlan(file_name="inspel.csv", sha256=hashlib.sha256(b"inspel").hexdigest(),
                          kind=SourceKind.TABLE, notes=rows)
        project.imports.apply(plan, ImportTarget(dialogue_id=dialogue.id))


def timed(work) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def raw_erase(path: Path) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA secure_delete=ON")
    connection.execute("BEGIN")
    connection.execute("UPDATE note SET text = replace(text, ?, '[borttagen person]') WHERE text LIKE ?",
                       (NAME, f"%{NAME}%"))
    connection.execute("DELETE FROM participant")
    connection.execute("INSERT INTO note_fts(note_fts) VALUES ('optimize')")
    connection.execute("COMMIT")
    connection.execute("VACUUM")
    connection.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=100_000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dialog-person-") as folder:
        os.environ["DIALOG_APP_HOME"] = str(Path(folder) / "home")
        base = Path(folder) / "base.dialog"
        build(base, options.notes)
        size = base.stat().st_size
        raw_copy, app_copy = Path(folder) / "raw.dialog", Path(folder) / "app.dialog"
        shutil.copy(base, raw_copy)
        shutil.copy(base, app_copy)
        raw_time, _ = timed(lambda: raw_erase(raw_copy))
        with Project.open(app_copy, back_up=False) as project:
            find_time, record = timed(lambda: project.person_data.find(NAME))
            from dialog_app.io.person_extract import write_extract_json, write_extract_pdf

            out = Path(folder) / "utdrag"
            extract_time, _ = timed(lambda: (write_extract_pdf(record, out.with_suffix(".pdf")),
                                             write_extract_json(record, out.with_suffix(".json"))))
            erase_time, result = timed(lambda: project.person_data.erase(NAME))
        left = NAME.encode() in app_copy.read_bytes()
        print(f"{options.notes} notes, {size / 1e6:.1f} MB; {len(record.mentions)} mentions found, "
              f"{result.occurrences} replaced; name left in the file: {'yes' if left else 'no'}")
        print(f"find            {find_time:7.2f} s")
        print(f"extract         {extract_time:7.2f} s  (PDF and JSON)")
        print(f"erase           {erase_time:7.2f} s")
        print(f"raw baseline    {raw_time:7.2f} s  (UPDATE replace, FTS optimize, VACUUM)")
        print(f"erase / raw     {erase_time / raw_time:7.1f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
