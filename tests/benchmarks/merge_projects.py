"""Merge benchmark (issue 13: two 50 000-note projects merged ≤ 10 s, a dry run ≤ 5 s).

    python tests/benchmarks/merge_projects.py [--notes 50000]

A master with one dialogue is prepared for two tables; each table gets ``--notes`` notes of its own
(about 90 characters, stored through the import service), and table 2 also edits 1 % of table 1's
notes after a merge, so some notes differ on the two sides. Timed, on copies of the same files:
the dry run, the merge of table 2 into table 1, and the same merge again (idempotent: nothing to
do). The baseline, in the same run, is raw sqlite3 on a copy of table 1: ATTACH table 2 and, in
one transaction, INSERT the notes table 1 lacks (with their search-index entries) by id. Figures,
not assertions.
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
from dialog_app.core.table_projects import plan_tables  # noqa: E402

WORDS = ("bredband", "e-tjänster", "bibliotek", "kompetens", "äldre", "skola", "vården", "landsbygden",
         "digitala", "ombud", "säkerhet", "tillgänglighet", "samverkan", "kommunen", "regionen")


def fill(path: Path, dialogue_id, notes: int, label: str) -> None:
    rows = tuple(ImportedNote(text=f"{label}: " + " ".join(WORDS[(n * 7 + k) % len(WORDS)] for k in range(9)) + f" {n}",
                              origin=f"row={n + 2}") for n in range(notes))
    plan = ImportPlan(file_name=f"{label}.csv", sha256=hashlib.sha256(label.encode()).hexdigest(),
                      kind=SourceKind.TABLE, notes=rows)
    with Project.open(path) as project:
        project.imports.apply(plan, ImportTarget(dialogue_id=dialogue_id))


def timed(work) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def app_merge(target: Path, other: Path, dry_run: bool = False):
    with Project.open(target) as project:
        return project.project_merge.merge(other, dry_run=dry_run)


def raw_merge(target: Path, other: Path) -> None:
    connection = sqlite3.connect(target, isolation_level=None)
    connection.execute("ATTACH ? AS other", (str(other),))
    connection.execute("BEGIN")
    top = connection.execute("SELECT coalesce(max(seq), 0) FROM note").fetchone()[0]
    columns = [row[1] for row in connection.execute("PRAGMA table_info(note)") if row[1] != "seq"]
    names = ", ".join(columns)
    connection.execute(f"CREATE TEMP TABLE incoming AS SELECT {names} FROM other.note "
                       "WHERE id NOT IN (SELECT id FROM main.note)")
    connection.execute(f"INSERT INTO note ({names}, seq) SELECT {names}, {top} + rowid FROM incoming")
    connection.execute(f"INSERT INTO note_fts(rowid, text) SELECT {top} + rowid, text FROM incoming")
    connection.execute("COMMIT")
    connection.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=50_000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dialog-merge-") as folder:
        os.environ["DIALOG_APP_HOME"] = str(Path(folder) / "home")
        base = Path(folder)
        with Project.create(base / "master.dialog") as master:
            dialogue = master.dialogues.create_with_questions("Dialogmöte", [("Vad behövs?", 20)])
            one, two = master.prepare_tables(plan_tables(master.path, 2, base / "bord"))
        fill(one, dialogue.id, options.notes, "Bord 1")
        fill(two, dialogue.id, options.notes, "Bord 2")
        edited = options.notes // 100
        with Project.open(two) as project:  # table 2 has seen table 1's notes and edits 1 % of them
            project.project_merge.merge(one)
            theirs = [n for n in project.notes.ids(None) if project.notes.get(n).text.startswith("Bord 1")][:edited]
            for note_id in theirs:
                project.notes.update(note_id, text=project.notes.get(note_id).text + " (rättad)")
        copies = {}
        for name in ("dry", "merge", "raw"):
            copies[name] = base / f"{name}.dialog"
            shutil.copyfile(one, copies[name])
        dry, dry_result = timed(lambda: app_merge(copies["dry"], two, dry_run=True))
        merge, result = timed(lambda: app_merge(copies["merge"], two))
        again, again_result = timed(lambda: app_merge(copies["merge"], two))
        raw, _ = timed(lambda: raw_merge(copies["raw"], two))
        print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, two projects of "
              f"{options.notes:,} own notes each (table 2 also holds table 1's, {edited:,} of them edited)")
        print("| what | seconds |\n|---|---:|")
        print(f"| raw sqlite3: ATTACH, insert missing notes + FTS5 | {raw:.2f} |")
        print(f"| app: dry run | {dry:.2f} |")
        print(f"| app: merge | {merge:.2f} |")
        print(f"| app: the same merge again | {again:.2f} |")
        print(f"| ratio merge / raw | {merge / raw:.1f}× |")
        counts = result.counts
        print(f"added {counts.added.get('note', 0):,} notes, updated {counts.updated.get('note', 0):,}, "
              f"{len(counts.superseded_notes):,} with two versions; dry run added "
              f"{dry_result.counts.added.get('note', 0):,}; again: changed={again_result.counts.changed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
