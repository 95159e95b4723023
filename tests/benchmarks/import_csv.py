"""CSV import benchmark: a 100 000-row survey export imported into a project (issue 12: at most 2×
a raw sqlite3 ``executemany`` of the same rows with the search index filled, in the same run).

    python tests/benchmarks/import_csv.py [--rows 100000] [--rounds 3]

The app's figure is the whole import: the file read through ``read_source`` (bytes, hash, encoding
and delimiter found, the mapping applied) and stored by ``project.imports.apply`` (dialogue,
questions, groups, notes with their origins, the search index, the record of the import, one
transaction and one undo step). The baseline parses the same file with the csv module and inserts
the same note rows with raw sqlite3 into an empty project file (the same table, indexes and
pragmas) and fills its FTS5 index, in one transaction. Medians of the rounds; figures, not
assertions.
"""

from __future__ import annotations

import argparse
import csv
import io
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from dialog_app.core.project import Project  # noqa: E402
from dialog_app.core.services.importing import ImportTarget  # noqa: E402
from dialog_app.core.store.pragmas import apply_pragmas  # noqa: E402
from dialog_app.io.imports.reading import read_source  # noqa: E402
from dialog_app.io.imports.source_facts import ReadOptions, TableMapping  # noqa: E402

QUESTIONS = ("Vad saknas i din kommun?", "Vem behöver mest stöd?", "Vad ska regionen göra först?")
GROUPS = ("Kommun", "Civilsamhälle", "Näringsliv", "Unga", "Invånare / medborgare")
WORDS = ("bredband", "bibliotek", "mötesplatser", "äldre", "digital", "hjälp", "glesbygd", "skola", "vård",
         "e-tjänster", "kollektivtrafik", "trygghet", "kompetens", "företag", "föreningar")
MAPPING = TableMapping(text=("Svar",), question="Fråga", group="Grupp")


def survey(path: Path, rows: int) -> None:
    """A semicolon CSV as Swedish Excel saves it: answers of about 90 characters."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(["Svar", "Fråga", "Grupp"])
    for n in range(rows):
        words = " ".join(WORDS[(n * 7 + k * 3) % len(WORDS)] for k in range(9))
        writer.writerow([f"Svar {n}: {words}", QUESTIONS[n % 3], GROUPS[n % 5]])
    path.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")


def app_import(template: Path, folder: Path, csv_file: Path) -> tuple[float, float]:
    path = Path(shutil.copy(template, folder / f"app-{uuid.uuid4().hex}.dialog"))
    with Project.open(path, user="bench") as project:
        started = time.perf_counter()
        plan = read_source(csv_file, ReadOptions(mapping=MAPPING))
        read = time.perf_counter()
        project.imports.apply(plan, ImportTarget(new_dialogue_title="Enkät"))
        done = time.perf_counter()
    assert len(plan.notes) > 0
    return read - started, done - read


def raw_import(template: Path, folder: Path, csv_file: Path) -> float:
    path = Path(shutil.copy(template, folder / f"raw-{uuid.uuid4().hex}.dialog"))
    connection = sqlite3.connect(path, isolation_level=None)
    apply_pragmas(connection)
    started = time.perf_counter()
    with csv_file.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))[1:]
    now = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    dialogue = uuid.uuid4().hex
    questions = {q: uuid.uuid4().hex for q in QUESTIONS}
    groups = {g: uuid.uuid4().hex for g in GROUPS}
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("INSERT INTO dialogue (id, title, kind, online, organiser, purpose, status, created_at, "
                       "updated_at) VALUES (?, 'Enkät', 'survey_import', 0, '', '', 'planned', ?, ?)",
                       (dialogue, now, now))
    connection.executemany("INSERT INTO agendaitem (id, dialogue_id, position, question) VALUES (?, ?, ?, ?)",
                           [(i, dialogue, n, q) for n, (q, i) in enumerate(questions.items())])
    connection.executemany("INSERT INTO stakeholdergroup (id, name, description, position) VALUES (?, ?, '', 99)",
                           [(i, g) for g, i in groups.items()])
    notes = [
        (uuid.uuid4().hex, seq, dialogue, questions[question], groups[group], None, "statement", text, 0, 0,
         "captured", now, now, "bench", "imported", f"enkät.csv#row={seq + 1}@{stamp}", None, 0, None)
        for seq, (text, question, group) in enumerate(rows, 1)
    ]
    connection.executemany(
        "INSERT INTO note (id, seq, dialogue_id, agenda_item_id, group_id, table_label, kind, text, votes, key_quote, "
        "status, created_at, updated_at, captured_by, source_kind, source_ref, deleted_at, hidden_from_projector, "
        "merged_into_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", notes)
    connection.executemany("INSERT INTO note_fts (rowid, text) VALUES (?, ?)", [(n[1], n[7]) for n in notes])
    connection.execute("COMMIT")
    seconds = time.perf_counter() - started
    connection.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        csv_file = folder / "enkät.csv"
        survey(csv_file, options.rows)
        template = folder / "empty.dialog"
        Project.create(template, user="bench").close()
        apps, raws = [], []
        for _ in range(options.rounds):
            raws.append(raw_import(template, folder, csv_file))
            apps.append(app_import(template, folder, csv_file))
        raw = statistics.median(raws)
        read = statistics.median(a[0] for a in apps)
        store = statistics.median(a[1] for a in apps)
        app = statistics.median(a[0] + a[1] for a in apps)
        size = csv_file.stat().st_size
    print(f"{options.rows} rows ({size / 1e6:.1f} MB), medians of {options.rounds}:")
    print("| measure | time |")
    print("|---|---:|")
    print(f"| raw sqlite3: csv.reader + executemany + FTS5, one transaction | {raw:.2f} s |")
    print(f"| app: read_source (bytes, hash, detection, mapping) | {read:.2f} s |")
    print(f"| app: imports.apply (one transaction, one undo step) | {store:.2f} s |")
    print(f"| **app: whole import** | **{app:.2f} s** |")
    print(f"| **ratio** | **{app / raw:.2f}×** |")


if __name__ == "__main__":
    main()
