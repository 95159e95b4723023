"""Theme suggestions measured on an independent labelled set of Swedish statements.

    python tests/benchmarks/labelled_suggestions.py [--folds 5] [--repeats 5] [--part held-out|tuning|all]

The set (``data/labelled_statements.json``) holds short statements written in the words of dialogue
participants from public Swedish texts (regional digital agendas, municipal strategies, consultation
responses, digital inclusion and security, business and innovation), each with its source and
labelled by hand with the goals of the 2017 national strategy, without sight of the app's keywords.

The app's own path is measured: a project created with the 2017 preset gives the themes and their
keywords; keyword suggestions are ranked as ``SuggestionService`` ranks them (rarity counted over the
set's texts, as over a project's notes) and the learned model is trained and blended as the
``ThemeLearner`` does. Split by source document: the sources are dealt into ``--folds`` folds; each
fold's statements are the test notes and the model learns from k tagged statements per theme drawn at
random from the other folds' (``--repeats`` draws, averaged). precision@1: the first suggestion is one
of the statement's goals, among statements that get one; recall: the share of the statements' goals
suggested; coverage: statements that get any suggestion; precision: the share of all suggestions that
are right; per note: suggestions per statement.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from dialog_app.core.project import Project  # noqa: E402
from dialog_app.core.services.suggestions import Suggestion, _suggestions  # noqa: E402
from dialog_app.core.services.theme_learner import blend  # noqa: E402
from dialog_app.core.suggestion_score import KeywordRarity  # noqa: E402
from dialog_app.core.text_match import ThemeMatcher  # noqa: E402
from dialog_app.core.theme_learning import ThemeModelSet, features  # noqa: E402
from dialog_app.core.theme_training import Example, train  # noqa: E402

DATA = Path(__file__).with_name("data") / "labelled_statements.json"
PRESET = "se-digital-2017"
SIZES = (10, 25, 50, 100)
TUNING_PARTS = ("A", "B")  # the parts the keywords and model were tuned on; the rest stays held out


@dataclass(frozen=True)
class Statement:
    key: str
    text: str
    goals: frozenset[str]  # theme codes
    main: str  # the goal the labeller put first
    source: str
    part: str


@dataclass(frozen=True)
class Scores:
    precision_at_1: float
    recall: float
    coverage: float
    precision: float
    per_note: float

    def row(self) -> str:
        return (f"{self.precision_at_1:.2f} | {self.recall:.2f} | {self.coverage:.2f} | "
                f"{self.precision:.2f} | {self.per_note:.2f}")


def load(path: Path = DATA) -> list[Statement]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Statement(s["id"], s["text"], frozenset(s["goals"]), s["goals"][0], s["source"]["url"],
                      s["id"].split("-")[0])
            for s in data["statements"]]


def part(statements: Sequence[Statement], which: str) -> list[Statement]:
    if which == "all":
        return list(statements)
    tuning = which == "tuning"
    return [s for s in statements if (s.part in TUNING_PARTS) == tuning]


def folds(statements: Sequence[Statement], k: int) -> list[list[Statement]]:
    """The statements dealt into ``k`` folds by source (a source's statements stay together), the
    sources in a fixed pseudo-random order, each to the fold with fewest statements so far."""
    by_source: dict[str, list[Statement]] = {}
    for s in statements:
        by_source.setdefault(s.source, []).append(s)
    order = sorted(by_source, key=lambda url: (-len(by_source[url]), zlib.crc32(url.encode())))
    dealt: list[list[Statement]] = [[] for _ in range(k)]
    for url in order:
        min(dealt, key=len).extend(by_source[url])
    return dealt


class Themes:
    """The preset's themes as a new project gets them: ids by code, keywords and aliases matched."""

    def __init__(self, folder: Path) -> None:
        project = Project.create(folder / "labelled.dlg", frameworks=(PRESET,))
        try:
            framework = next(f for f in project.frameworks.frameworks() if f.preset_id == PRESET)
            themes = project.frameworks.themes(framework.id)
        finally:
            project.close()
        self.codes = {t.id: t.code for t in themes}
        self.matcher = ThemeMatcher((t.id, [*t.keywords, *t.aliases]) for t in themes)
        self.keyword_count = sum(len(t.keywords) for t in themes)


def suggested(text: str, themes: Themes, rarity: KeywordRarity, model: ThemeModelSet | None,
              keywords: bool = True) -> list[str]:
    """The codes of the themes suggested for ``text``, first the strongest (the app's ranking and
    blend); without ``keywords`` as for a framework of the region's own that has none yet."""
    matched = themes.matcher.match_forms(text) if keywords else {}
    found = _suggestions(matched, None, rarity, themes.codes)
    if model is not None:
        found = blend(found, model.score(text), None, lambda ids: (), lambda t: Suggestion(t, ()))
    return [themes.codes[s.theme_id] for s in found]


def score(results: Sequence[tuple[Statement, list[str]]]) -> Scores:
    top_right = with_any = right = wanted = made = 0
    for statement, codes in results:
        wanted += len(statement.goals)
        hits = len(set(codes) & statement.goals)
        right += hits
        made += len(codes)
        if codes:
            with_any += 1
            top_right += codes[0] in statement.goals
    n = max(1, len(results))
    return Scores(top_right / max(1, with_any), right / max(1, wanted), with_any / n, right / max(1, made), made / n)


def training_draw(pool: Sequence[Statement], k: int, seed: int, ids: dict[str, object]) -> list[Example]:
    """Statements from ``pool`` in a seeded random order, taken while one of their goals has fewer
    than ``k`` tagged (as a writer tags notes one after the other)."""
    shuffled = list(pool)
    random.Random(seed).shuffle(shuffled)
    count: dict[str, int] = {}
    chosen = []
    for s in shuffled:
        if any(count.get(g, 0) < k for g in s.goals):
            chosen.append(Example(s.key, features(s.text), frozenset(ids[g] for g in s.goals)))
            for g in s.goals:
                count[g] = count.get(g, 0) + 1
    return chosen


def run(statements: Sequence[Statement], themes: Themes, k_folds: int, repeats: int) -> dict[str, Scores]:
    """Scores per method: "keywords", "k" for keywords + learning after k tagged per theme, and
    "k alone" for learning without keywords."""
    rarity = KeywordRarity.count(themes.matcher, (s.text for s in statements))
    ids = {code: theme_id for theme_id, code in themes.codes.items()}
    dealt = folds(statements, k_folds)
    results: dict[str, list[tuple[Statement, list[str]]]] = {"keywords": []}
    for f, test in enumerate(dealt):
        pool = [s for g, fold in enumerate(dealt) if g != f for s in fold]
        results["keywords"] += [(s, suggested(s.text, themes, rarity, None)) for s in test]
        for k in SIZES:
            for r in range(repeats):
                model = train(training_draw(pool, k, 1000 * f + r, ids), themes.codes)
                results.setdefault(str(k), []).extend((s, suggested(s.text, themes, rarity, model)) for s in test)
                results.setdefault(f"{k} alone", []).extend(
                    (s, suggested(s.text, themes, rarity, model, keywords=False)) for s in test)
    return {method: score(found) for method, found in results.items()}


def available(statements: Sequence[Statement], k_folds: int) -> dict[str, int]:
    """Per goal, the fewest statements any fold's training pool holds (so how far k can really go)."""
    dealt = folds(statements, k_folds)
    least: dict[str, int] = {}
    for f in range(len(dealt)):
        pool = [s for g, fold in enumerate(dealt) if g != f for s in fold]
        for goal in sorted({g for s in statements for g in s.goals}):
            n = sum(1 for s in pool if goal in s.goals)
            least[goal] = min(least.get(goal, n), n)
    return least


def report(statements: Sequence[Statement], themes: Themes, k_folds: int, repeats: int, title: str) -> None:
    sources = len({s.source for s in statements})
    main = {g: sum(1 for s in statements if s.main == g) for g in sorted(themes.codes.values())}
    print(f"\n{title}: {len(statements)} statements from {sources} sources, {k_folds} folds by source; "
          f"goals per statement {sum(len(s.goals) for s in statements) / max(1, len(statements)):.2f}")
    print("statements per goal (first label / any label): "
          + ", ".join(f"{g}: {n} / {sum(1 for s in statements if g in s.goals)}" for g, n in main.items()))
    print(f"fewest tagged statements a training pool holds per goal: {available(statements, k_folds)}")
    print("| tagged per theme | method | precision@1 | recall | coverage | precision | per note |")
    print("|---|---|---|---|---|---|---|")
    scores = run(statements, themes, k_folds, repeats)
    print(f"| – | keywords alone | {scores['keywords'].row()} |")
    for k in SIZES:
        print(f"| {k} | keywords + learning | {scores[str(k)].row()} |")
    for k in SIZES:
        print(f"| {k} | learning alone (no keywords) | {scores[f'{k} alone'].row()} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--part", choices=("held-out", "tuning", "all"), default="all")
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    statements = load(args.data)
    with tempfile.TemporaryDirectory() as folder:
        themes = Themes(Path(folder))
    print(f"{PRESET}: {len(themes.codes)} themes, {themes.keyword_count} keywords")
    parts = ("tuning", "held-out", "all") if args.part == "all" else (args.part,)
    for which in parts:
        report(part(statements, which), themes, args.folds, args.repeats, which)


if __name__ == "__main__":
    main()
