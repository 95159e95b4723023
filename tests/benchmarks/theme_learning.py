"""Theme learning benchmark: retraining time, suggestions for 100 visible notes, learning curves.

    python tests/benchmarks/theme_learning.py [--notes 100000] [--curve-notes 4000]

Times are on a demo project of --notes notes (``build_demo``): a cold retrain (every tagged note
turned into features), retrains after changes (a few notes' tags or text: only those are read again;
a change that names no note: every tag is read again), and ``for_notes`` on 100 notes with the model
ready. The learning curves are on a second, smaller demo project: the app's own
generated demo text, NOT an independent labelled set, so they say the code learns and blends, not how
well it does on real statements. Split by dialogue: the notes of every third dialogue are the test
set; the model learns from the first k tagged notes per theme of the other dialogues.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from dialog_app.core.models import Note, Tagging, Theme  # noqa: E402
from dialog_app.core.services.suggestions import Suggestion, _suggestions  # noqa: E402
from dialog_app.core.services.theme_learner import blend  # noqa: E402
from dialog_app.core.suggestion_score import KeywordRarity  # noqa: E402
from dialog_app.core.text_match import ThemeMatcher  # noqa: E402
from dialog_app.core.theme_learning import features  # noqa: E402
from dialog_app.core.theme_training import Example, train  # noqa: E402
from dialog_app.demo.build import NATIONAL_STRATEGY, build_demo  # noqa: E402

SIZES = (10, 25, 50, 100)


def national(project):
    return next(f for f in project.frameworks.frameworks() if f.preset_id == NATIONAL_STRATEGY)


def timings(folder: Path, notes: int) -> None:
    start = time.perf_counter()
    project = build_demo(folder / "big.dlg", notes=notes)
    print(f"demo project of {notes} notes built in {time.perf_counter() - start:.1f} s")
    try:
        framework = national(project).id
        learner = project.suggestions.learner
        learner._debounce = 3600  # no retraining in the background while the foreground one is timed
        themes = project.frameworks.themes(framework)
        ids = project.notes.ids_of_keys(list(range(1, 101)))
        tagged = next(i for i in ids[10:] if project.tagging.themes_of(i))
        changes = [
            ("cold (features computed)", lambda: None),
            ("again, nothing changed", lambda: None),
            ("after tagging 10 notes", lambda: project.tagging.tag(ids[:10], themes[0].id)),
            ("after untagging 10 notes", lambda: project.tagging.untag(ids[:10], themes[0].id)),
            ("after editing a tagged note's text", lambda: project.notes.update(tagged, text="Vindkraft vid hamnarna")),
            ("after a change naming no note (a theme's keywords: every tag read again)",
             lambda: project.theme_editing.update_theme(themes[1].id, keywords=[*themes[1].keywords, "hamn"])),
        ]
        for label, change in changes:
            change()
            start = time.perf_counter()
            model = learner.retrain(framework)
            took = 1000 * (time.perf_counter() - start)
            print(f"retrain, {label}: {took:.0f} ms, {len(model.models)} themes learned")
        project.suggestions.for_notes(ids, framework)  # keywords compiled
        runs = []
        for _ in range(20):
            start = time.perf_counter()
            found = project.suggestions.for_notes(ids, framework)
            runs.append(time.perf_counter() - start)
        runs.sort()
        learned = sum(1 for s in found.values() for x in s if x.learned is not None)
        print(f"suggest for 100 notes: best {1000 * runs[0]:.1f} ms, median {1000 * runs[10]:.1f} ms of 20 "
              f"({learned} learned suggestions)")
    finally:
        project.close()


def curves(folder: Path, notes: int) -> None:
    project = build_demo(folder / "curve.dlg", notes=notes)
    try:
        framework = national(project).id
        themes = list(project.frameworks.themes(framework))
        matcher = ThemeMatcher((t.id, [*t.keywords, *t.aliases]) for t in themes)
        with project._db.read_connection() as connection:
            rows = connection.execute(select(Note.id, Note.dialogue_id, Note.text).order_by(Note.seq)).all()
            tags = connection.execute(select(Tagging.note_id, Tagging.theme_id).join(Theme)
                                      .where(Theme.framework_id == framework)).all()
    finally:
        project.close()
    truth: dict = {}
    for note_id, theme_id in tags:
        truth.setdefault(note_id, set()).add(theme_id)
    dialogues = list(dict.fromkeys(d for _n, d, _t in rows))  # in capture order: the same split each run
    held_out = set(dialogues[::3])
    test = [(n, t) for n, d, t in rows if d in held_out and n in truth]
    pool = [(n, t) for n, d, t in rows if d not in held_out and n in truth]
    print(f"\nlearning curves: {len(test)} test notes from {len(held_out)} of {len(dialogues)} dialogues; "
          f"{len(pool)} tagged notes to learn from")
    print("| tagged notes per theme | method | precision@1 | recall | coverage |")
    print("|---|---|---|---|---|")
    rarity = KeywordRarity.count(matcher, (t for _n, _d, t in rows))
    codes = {t.id: t.code for t in themes}
    print(row("-", "keywords alone", evaluate(test, truth, matcher, None, rarity, codes)))
    for k in SIZES:
        chosen, count = [], dict.fromkeys((t.id for t in themes), 0)
        for note_id, text in pool:
            if any(count[t] < k for t in truth[note_id]):
                chosen.append(Example(note_id, features(text), frozenset(truth[note_id])))
                for t in truth[note_id]:
                    count[t] += 1
        model = train(chosen, count)
        reached = sum(1 for c in count.values() if c >= k)
        print(row(f"{k} ({reached}/{len(themes)} themes have that many)", "keywords + learning",
                  evaluate(test, truth, matcher, model, rarity, codes)))


def evaluate(test, truth, matcher, model, rarity, codes) -> tuple[float, float, float]:
    top_right = suggested = right = wanted = 0
    for note_id, text in test:
        found = _suggestions(matcher.match_forms(text), None, rarity, codes)
        if model is not None:
            found = blend(found, model.score(text), None, lambda ids: (), lambda t: Suggestion(t, ()))
        wanted += len(truth[note_id])
        right += len({s.theme_id for s in found} & truth[note_id])
        if found:
            suggested += 1
            top_right += found[0].theme_id in truth[note_id]
    return top_right / max(1, suggested), right / max(1, wanted), suggested / max(1, len(test))


def row(k: str, method: str, scores: tuple[float, float, float]) -> str:
    return f"| {k} | {method} | {scores[0]:.2f} | {scores[1]:.2f} | {scores[2]:.2f} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--curve-notes", type=int, default=4000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        timings(Path(folder), args.notes)
        curves(Path(folder), args.curve_notes)


if __name__ == "__main__":
    main()
