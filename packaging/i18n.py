"""Update the translation sources from the code, and build them for the app.

    python packaging/i18n.py update    # pyside6-lupdate: new strings appear in the .ts files
    python packaging/i18n.py release   # pyside6-lrelease: .ts -> .qm, which the app loads
    python packaging/i18n.py fill FILE.json ...  # Swedish from JSON; English plurals from "(s)"

Translate the new strings in Qt Linguist (pyside6-linguist) or any .ts editor, or list them in a
JSON file of {"context", "source", "translation"} objects (a plural's translation is a
[singular, plural] pair) and ``fill`` it, then release. English is the source language; its .ts
holds only the plural forms ("1 note", "2 notes"), which ``fill`` derives from "(s)".
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
    return sorted(p for part in ("gui", "io") for p in (ROOT / "dialog_app" / part).rglob("*.py"))


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


def _english_forms(source: str) -> list[str]:
    """"%n note(s)" -> ["%n note", "%n notes"]; the irregular words the app uses, by hand."""
    irregular = {"person(s)": ("person", "people"), "entry(ies)": ("entry", "entries"),
                 "synthesis(es)": ("synthesis", "syntheses")}
    one, many = source, source
    for word, (singular, plural) in irregular.items():
        one, many = one.replace(word, singular), many.replace(word, plural)
    return [one.replace("(s)", ""), many.replace("(s)", "s")]


def _entries(data) -> dict[tuple[str, str], object]:
    """A list of {context, source, translation} or a mapping {context: {source: translation}}."""
    if isinstance(data, dict):
        return {(context, source): text for context, pairs in data.items() for source, text in pairs.items()}
    return {(entry["context"], entry["source"]): entry["translation"] for entry in data}


def fill(json_files: list[Path], ts_dir: Path = TRANSLATIONS) -> int:
    """Put translations into the .ts files' unfinished messages; returns how many are still open."""
    import json
    import xml.etree.ElementTree as ET

    given: dict[tuple[str, str], object] = {}
    for path in json_files:
        given.update(_entries(json.loads(Path(path).read_text(encoding="utf-8"))))
    still_open = 0
    for code in LANGUAGES:
        path = ts_dir / f"dialog_app_{code}.ts"
        tree = ET.parse(path)
        for context in tree.getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation.get("type") != "unfinished":
                    continue
                source = message.findtext("source")
                plural = message.get("numerus") == "yes"
                value = _english_forms(source) if code == "en" else given.get((name, source))
                if value is None:
                    still_open += 1
                    print(f"{code}: no translation for {name}: {source!r}")
                    continue
                translation.attrib.pop("type")
                if plural:
                    forms = value if isinstance(value, list) else [value, value]
                    for form_element in list(translation):
                        translation.remove(form_element)
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = value if isinstance(value, str) else value[-1]
        ET.indent(tree, space="    ")
        with open(path, "wb") as out:
            out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(out, encoding="utf-8", xml_declaration=False)
            out.write(b"\n")
    return still_open


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        print("\n".join(map(str, update())))
    elif command == "release":
        print("\n".join(map(str, release())))
    elif command == "fill":
        raise SystemExit(1 if fill([Path(arg) for arg in sys.argv[2:]]) else 0)
    else:
        raise SystemExit(__doc__)
