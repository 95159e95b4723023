"""Keyword suggestions (issue 17): how fast, and how often right, before and after in one run.

    python tests/benchmarks/suggest_keywords.py [--labelled 2000] [--notes 100000]

Speed: a demo project of --notes notes; the time to suggest for 100 visible notes (the review's
page, through ``SuggestionService.for_notes``: database read, matching, scoring) and to scan all
notes (``scan``), cold (the first call: compiling the keywords and counting their rarity over the
newest 5 000 notes) and warm. Beside them, the matching alone, in memory, the way it was before
(``match`` + most keywords first) and now (``match_forms`` + rarity score + ranking).

Quality: the demo project's own notes as a labelled set. THIS IS THE APP'S OWN DEMO TEXT
(dialog_app/demo/phrases.py, composed from per-theme phrase banks and tagged by the generator about
two thirds of the time), NOT AN INDEPENDENT SET: it says whether a change helps or hurts on text of
this kind, not how good suggestions are on real statements (issue 17's measured set is still to be
built). Every tagged note is asked as if untagged; precision@1 is the share of notes with a
suggestion whose first is one of its themes, recall the share of (note, theme) tags suggested,
coverage the share of tagged notes with any suggestion. Three rows: the old vocabulary ranked by
keyword count (before), the old vocabulary ranked by strength, and the new vocabulary ranked by
strength (after).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import select  # noqa: E402

from dialog_app.core.models import Note  # noqa: E402
from dialog_app.core.suggestion_score import KeywordRarity, code_key  # noqa: E402
from dialog_app.core.text_match import ThemeMatcher  # noqa: E402
from dialog_app.demo.build import build_demo  # noqa: E402

PRESET = ROOT / "resources" / "frameworks" / "se-digital-2017.json"
BEFORE = Path(__file__).with_name("suggest_keywords_before.json")
PAGE = 100


def vocabularies() -> dict[str, dict[str, list[str]]]:
    """Theme code -> keywords and aliases, before (Swedish only, as a Swedish project copied them)
    and after (every language, as presets are copied now)."""
    preset = json.loads(PRESET.read_text(encoding="utf-8"))
    old = json.loads(BEFORE.read_text(encoding="utf-8"))["keywords"]
    aliases = {t["code"]: t.get("aliases", []) for t in preset["themes"]}
    after = {t["code"]: [*t["keywords"]["sv"], *t["keywords"]["en"], *aliases[t["code"]]] for t in preset["themes"]}
    before = {code: [*lists["sv"], *aliases[code]] for code, lists in old.items()}
    return {"before": before, "after": after}


def labelled(project) -> tuple[list[str], list[set[str]]]:
    """The texts of the live notes and, per note, the codes of the national themes it carries."""
    framework = project.frameworks.active_framework()
    codes = {t.id: t.code for t in project.frameworks.themes(framework.id)}
    with project._db.read_connection() as connection:
        rows = connection.execute(select(Note.id, Note.text).where(Note.deleted_at.is_(None))).all()
    tags = project.tagging.themes_by_note([note_id for note_id, _ in rows])
    return [text for _, text in rows], [{codes[t] for t in tags.get(note_id, ()) if t in codes} for note_id, _ in rows]


def ranked_old(matcher: ThemeMatcher, text: str) -> list[str]:
    found = matcher.match(text)  # themes in framework order; most keywords first, stable
    return sorted(found, key=lambda code: -len(found[code]))


def ranked_new(matcher: ThemeMatcher, rarity: KeywordRarity, text: str) -> list[str]:
    found = matcher.match_forms(text)
    scores = {code: rarity.score(hits) for code, hits in found.items()}
    return sorted(found, key=lambda code: (-round(scores[code], 9), -len(found[code]), code_key(code)))


def quality(texts: list[str], truth: list[set[str]], rank) -> dict[str, float]:
    asked = [(text, right) for text, right in zip(texts, truth, strict=True) if right]
    suggested = top_right = found = wanted = 0
    per_theme: dict[str, list[int]] = {}
    for text, right in asked:
        ranked = rank(text)
        wanted += len(right)
        found += len(right & set(ranked))
        if ranked:
            suggested += 1
            top_right += ranked[0] in right
            seen = per_theme.setdefault(ranked[0], [0, 0])
            seen[0] += 1
            seen[1] += ranked[0] in right
    return {"notes": len(asked), "precision@1": top_right / max(1, suggested), "recall": found / max(1, wanted),
            "coverage": suggested / max(1, len(asked)), "first": per_theme}


def timed(work, repeats: int = 5) -> tuple[float, float]:
    """The first run's seconds and the median of the others."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times[0], statistics.median(times[1:]) if len(times) > 1 else times[0]


def report_quality(texts: list[str], truth: list[set[str]]) -> None:
    words = vocabularies()
    old = ThemeMatcher(words["before"].items())
    new = ThemeMatcher(words["after"].items())
    old_rarity, new_rarity = KeywordRarity.count(old, texts), KeywordRarity.count(new, texts)
    rows = [("before: old words, most keywords first", lambda t: ranked_old(old, t)),
            ("old words, ranked by strength", lambda t: ranked_new(old, old_rarity, t)),
            ("after: new words, ranked by strength", lambda t: ranked_new(new, new_rarity, t))]
    print(f"\nQuality on the app's own demo notes (NOT an independent set): {sum(1 for r in truth if r)} "
          f"tagged notes of {len(texts)}")
    print(f"{'':42} precision@1  recall  coverage   first suggestion per theme: right/suggested")
    for name, rank in rows:
        q = quality(texts, truth, rank)
        first = "  ".join(f"{code}:{q['first'].get(code, [0, 0])[1]}/{q['first'].get(code, [0, 0])[0]}"
                          for code in sorted(words["after"], key=code_key))
        print(f"{name:42} {q['precision@1']:11.2f} {q['recall']:7.2f} {q['coverage']:9.2f}   {first}")


def report_speed(project, texts: list[str]) -> None:
    framework = project.frameworks.active_framework()
    with project._db.read_connection() as connection:
        ids = list(connection.scalars(select(Note.id).where(Note.deleted_at.is_(None)).order_by(Note.seq).limit(PAGE)))
    page_texts = texts[:PAGE]
    words = vocabularies()
    for name, vocabulary in words.items():
        matcher = ThemeMatcher(vocabulary.items())
        rarity = KeywordRarity.count(matcher, texts[:5000])
        old_warm = timed(lambda m=matcher: [ranked_old(m, t) for t in page_texts])[1]
        new_warm = timed(lambda m=matcher, r=rarity: [ranked_new(m, r, t) for t in page_texts])[1]
        print(f"matching {PAGE} notes in memory, {name} words: count-ranked {old_warm * 1000:.2f} ms, "
              f"strength-ranked {new_warm * 1000:.2f} ms")
        old_scan = timed(lambda m=matcher: [ranked_old(m, t) for t in texts], repeats=2)[1]
        new_scan = timed(lambda m=matcher, r=rarity: [ranked_new(m, r, t) for t in texts], repeats=2)[1]
        print(f"matching all {len(texts)} notes in memory, {name} words: count-ranked {old_scan:.2f} s, "
              f"strength-ranked {new_scan:.2f} s")
    service = project.suggestions
    cold, warm = timed(lambda: service.for_notes(ids, framework.id))
    print(f"SuggestionService.for_notes, {PAGE} visible notes: cold {cold * 1000:.0f} ms "
          f"(compiles, counts rarity over {service.rarity(framework.id).notes} notes), warm {warm * 1000:.1f} ms")
    scan_cold, scan_warm = timed(lambda: service.scan(framework.id), repeats=2)
    print(f"SuggestionService.scan, {len(texts)} notes: {scan_warm:.2f} s (first {scan_cold:.2f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labelled", type=int, default=2000, help="demo notes for the quality rows")
    parser.add_argument("--notes", type=int, default=100_000, help="demo notes for the speed rows")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        project = build_demo(Path(folder) / "labelled.dialog", notes=options.labelled)
        try:
            report_quality(*labelled(project))
        finally:
            project.close()
        start = time.perf_counter()
        project = build_demo(Path(folder) / "speed.dialog", notes=options.notes)
        print(f"\n(built {options.notes} demo notes in {time.perf_counter() - start:.0f} s)")
        try:
            report_speed(project, labelled(project)[0])
        finally:
            project.close()


if __name__ == "__main__":
    main()
