"""The child of the crash test (tests/core/store/test_crash_safety.py): captures notes until it is killed.

    python tests/crash_child.py PROJECT_PATH DIALOGUE_ID SEED

It opens the project, prints ``READY``, then saves notes forever through ``project.capture.save``,
the path the capture screen uses when Enter is pressed. Only after ``save`` has returned does it
print ``SAVED <note id> <sha256 of the text>`` and flush: a line on stdout is the child's promise
that the note was shown as saved. About every twentieth note it also edits a note's votes and tags
a note (``TAGGED <note id> <theme id>`` after the tag is committed), so that kills land inside
other write transactions too. The parent kills it with SIGKILL at a random moment.
With ``CRASH_CHILD_GATE=1`` in the environment it waits, after its imports, for a line on stdin
before it opens the project (the test starts the next child while the current one runs).

Not a test module: pytest does not collect it, and it does not import pytest.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from anywhere, like the tests

from dialog_app.core.kinds import NoteKind  # noqa: E402
from dialog_app.core.project import Project  # noqa: E402
from dialog_app.core.services.capture import Stamp  # noqa: E402

SWEDISH = (
    "Fler mötesplatser för digital hjälp på biblioteken",
    "Äldre på landsbygden når inte e-tjänsterna",
    "Öppna data borde vara lätta att hitta och återanvända",
    "Bredband i hela länet, även ute på öarna",
    "Skolans lärplattformar är svåra för föräldrar som inte läser svenska",
    "Vi behöver en gemensam ingång för ärenden hos kommun och region",
    "Kompetensförsörjningen inom IT är ett stort hinder för småföretagen",
    "Ungdomar efterfrågar mer inflytande över hur tjänsterna utformas",
    "Säkerhet och integritet får inte glömmas när allt digitaliseras",
)
SAMI = (
    "Sámegiella galgá oidnot digitála bálvalusain",  # North Sámi
    "Mánáide dárbbašuvvojit sámegielat oahpponeavvut",
    "Čállinvuohki ja ŋ, đ, ŧ, š, ž, č ferte doarjut buot vuogádagain",
    "Åarjelsaemien gïele: mïjjen gïelem tjïerteste",  # South Sámi
    "Julevsámegiella: ájggeguovlo bargo",  # Lule Sámi
)
EMOJI = ("👍", "🙂", "🚌", "📶", "🏳️‍🌈", "👩🏽‍💻", "🇸🇪", "❤️", "🤔", "✅")
MARKUP = (
    "<b>&",
    "<b>Viktigt</b> & brådskande",
    "<script>alert('x')</script>",
    "a < b && c > d",
    "&amp; &lt;inte en tagg&gt;",
    "\"citat\" och 'apostrof' och `backtick`",
    "100 % – ”svenska citattecken” – «guillemets»",
    "sökväg C:\\Users\\anna\\%TEMP% och $HOME",
)
WORDS = (
    "tillgänglighet", "mötesplats", "digitalisering", "förvaltning", "kompetens", "välfärd",
    "glesbygd", "bibliotek", "invånare", "samverkan", "näringsliv", "äldreomsorg", "skärm",
    "ärende", "öppenhet", "ájggi", "giella", "čálli", "šaddu", "ŋuolggat", "đuoddar", "ŧ",
)
GATE_ENV = "CRASH_CHILD_GATE"  # set: wait for a line on stdin (imports done) before opening
TABLES = (None, "Bord 1", "Bord 2", "Bord 3", "Grupp Ö", "Bord 🌲")
MAX_LENGTH = 2000


def note_text(rng: random.Random) -> str:
    """A note as a facilitator might type it; never blank, never longer than 2 000 characters."""
    style = rng.randrange(8)
    if style == 0:
        text = rng.choice(SWEDISH)
    elif style == 1:
        text = rng.choice(SAMI)
    elif style == 2:
        text = f"{rng.choice(SWEDISH)} {rng.choice(EMOJI)}{rng.choice(EMOJI)}"
    elif style == 3:
        text = f"{rng.choice(MARKUP)} {rng.choice(SWEDISH)}"
    elif style == 4:  # several lines, as pasted from a flip chart
        lines = [f"- {rng.choice(SWEDISH + SAMI)}" for _ in range(rng.randint(2, 6))]
        text = rng.choice(("\n", "\r\n")).join([rng.choice(WORDS).capitalize() + ":", *lines])
    elif style == 5:  # long: a statement read out in full
        parts: list[str] = []
        target = rng.randint(300, MAX_LENGTH)
        while sum(len(p) + 1 for p in parts) < target:
            parts.append(rng.choice(SWEDISH + SAMI + MARKUP + EMOJI + WORDS))
        text = " ".join(parts)[:MAX_LENGTH].rstrip() or rng.choice(SWEDISH)
    elif style == 6:  # decomposed å (a + combining ring), as some keyboards and pastes produce
        text = "Sa\u030ama\u030an i \u00e5rets budget: " + " ".join(rng.sample(WORDS, 4))
    else:
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12)))
    return text


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def emit(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()  # one write per line: the parent sees every promise made before the kill


def main(argv: list[str]) -> int:
    path, dialogue_arg, seed_arg = argv
    rng = random.Random(int(seed_arg))
    if os.environ.get(GATE_ENV):  # the test starts the next child early and lets it in when the
        sys.stdin.readline()  # file is its own again: the import time overlaps the previous round
    project = Project.open(path)
    dialogue_id = uuid.UUID(dialogue_arg)
    first_question = project.dialogues.agenda(dialogue_id)[0]
    groups = project.participation.groups()
    framework = project.frameworks.active_framework()
    themes = [theme.id for theme in project.frameworks.themes(framework.id)]
    stamp = Stamp(
        dialogue_id,
        agenda_item_id=first_question.id,
        group_id=rng.choice(groups).id,
        table_label=rng.choice(TABLES),
        kind=rng.choice(list(NoteKind)).value,
    )
    emit("READY")
    saved: list[uuid.UUID] = []
    while True:
        if rng.random() < 0.2:  # the facilitator moves on to another table, group or kind
            stamp = stamp.with_(
                group_id=rng.choice(groups).id,
                table_label=rng.choice(TABLES),
                kind=rng.choice(list(NoteKind)).value,
            )
        text = note_text(rng)
        theme_ids = rng.sample(themes, rng.choice((0, 0, 0, 1, 2)))
        note_id = uuid.uuid4()
        project.capture.save(stamp, text, note_id=note_id, theme_ids=theme_ids)
        emit(f"SAVED {note_id} {sha256(text)}")
        saved.append(note_id)
        if rng.random() < 1 / 20:
            target = rng.choice(saved)
            project.notes.update(target, votes=rng.randint(1, 99))
            theme = rng.choice(themes)
            if project.tagging.tag([target], theme):
                emit(f"TAGGED {target} {theme}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
