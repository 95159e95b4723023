"""The export choices kept from one export to the next: the format, the CSV delimiter, and each
project's document language. Kept in the app's settings file, which ``DIALOG_APP_HOME`` moves."""

from __future__ import annotations

from pathlib import Path

from dialog_app.core.app_settings import set_setting, setting
from dialog_app.io.export import FORMATS, LANGUAGES

KEY = "export"
MAX_PROJECTS = 20  # languages remembered, the latest projects'


def _stored() -> dict:
    value = setting(KEY)
    return value if isinstance(value, dict) else {}


def format_key() -> str | None:
    chosen = _stored().get("format")
    return chosen if chosen in FORMATS else None


def delimiter() -> str | None:
    chosen = _stored().get("csv_delimiter")
    return chosen if chosen in (",", ";") else None


def language(project_path: Path) -> str | None:
    languages = _stored().get("languages")
    chosen = languages.get(_key(project_path)) if isinstance(languages, dict) else None
    return chosen if chosen in LANGUAGES else None


def remember(format_key: str, language: str, project_path: Path, delimiter: str | None) -> None:
    stored = _stored()
    languages = stored.get("languages") if isinstance(stored.get("languages"), dict) else {}
    languages.pop(_key(project_path), None)
    languages = dict(list(languages.items())[-(MAX_PROJECTS - 1):]) | {_key(project_path): language}
    stored = {**stored, "format": format_key, "languages": languages}
    if delimiter is not None:
        stored["csv_delimiter"] = delimiter
    set_setting(KEY, stored)


def _key(project_path: Path) -> str:
    return str(Path(project_path).resolve())
