"""Update the translation sources from the code, and build them for the app.

    python packaging/i18n.py update    # pyside6-lupdate: new strings appear in the .ts files
    python packaging/i18n.py release   # pyside6-lrelease: .ts -> .qm, which the app loads

Translate the new strings in Qt Linguist (pyside6-linguist) or any .ts editor, then release.
English is the source language; its .ts holds only the plural forms ("1 note", "2 notes").
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("sv", "en")


def sources() -> list[Path]:
    return sorted((ROOT / "dialog_app" / "gui").rglob("*.py"))


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")
    return found


def update(ts_dir: Path = TRANSLATIONS) -> list[Path]:
    ts_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for code in LANGUAGES:
        target = ts_dir / f"dialog_app_{code}.ts"
        extra = ["-pluralonly"] if code == "en" else []
        subprocess.run(
            [tool("lupdate"), *extra, "-no-obsolete", "-locations", "none", "-target-language",
             {"sv": "sv_SE", "en": "en_GB"}[code], *map(str, sources()), "-ts", str(target)],
            check=True, capture_output=True, text=True,
        )
        written.append(target)
    return written


def release(ts_dir: Path = TRANSLATIONS, qm_dir: Path = TRANSLATIONS) -> list[Path]:
    built = []
    for code in LANGUAGES:
        source = ts_dir / f"dialog_app_{code}.ts"
        target = qm_dir / f"dialog_app_{code}.qm"
        subprocess.run([tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True)
        built.append(target)
    return built


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        print("\n".join(map(str, update())))
    elif command == "release":
        print("\n".join(map(str, release())))
    else:
        raise SystemExit(__doc__)
