"""The app's own settings (not a project's): language, recent projects, the tables' columns and the
pages' pane sizes, as small JSON files.

Qt's QSettings would write to the user's real registry or folders even in tests; these files live
in the folders that ``paths`` decides, which ``DIALOG_APP_HOME`` redirects.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from dialog_app.core.paths import app_dirs

MAX_RECENT = 10
LANGUAGES = ("sv", "en")
LANGUAGE_ENV = "DIALOG_APP_LANG"


def _read(path: Path, default: Any) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return default  # a missing or damaged settings file must never stop the app


def _write(path: Path, value: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(value, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(temporary, path)  # atomic: a crash leaves the old file or the new, never half


def recent_projects() -> list[Path]:
    """Recently opened projects, newest first, those that still exist."""
    entries = _read(app_dirs().recent_file, [])
    paths = [Path(entry) for entry in entries if isinstance(entry, str)]
    return [path for path in paths if path.exists()]


def remember_project(path: Path) -> None:
    resolved = str(Path(path).resolve())
    entries = [e for e in _read(app_dirs().recent_file, []) if isinstance(e, str) and e != resolved]
    _write(app_dirs().recent_file, [resolved, *entries][:MAX_RECENT])


def language() -> str:
    """The interface language: the environment, then the saved choice, then Swedish."""
    chosen = os.environ.get(LANGUAGE_ENV) or _read(app_dirs().settings_file, {}).get("language")
    return chosen if chosen in LANGUAGES else "sv"


def set_language(code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(code)
    settings = _read(app_dirs().settings_file, {})
    settings["language"] = code
    _write(app_dirs().settings_file, settings)


def setting(key: str) -> Any:
    """One entry of the settings file, as stored (None when absent); the caller checks its shape."""
    settings = _read(app_dirs().settings_file, {})
    return settings.get(key) if isinstance(settings, dict) else None


def set_setting(key: str, value: Any) -> None:
    settings = _read(app_dirs().settings_file, {})
    settings = settings if isinstance(settings, dict) else {}
    settings[key] = value
    _write(app_dirs().settings_file, settings)


def hidden_columns(view: str) -> list[str] | None:
    """The columns the user hid in a table view; None when never chosen (the view's default)."""
    return _view_names("hidden_columns", view)


def set_hidden_columns(view: str, names: list[str]) -> None:
    _set_view_names("hidden_columns", view, sorted(names))


def column_order(view: str) -> list[str] | None:
    """The order the user put a table view's columns in (View ▸ Columns…, or by dragging a header);
    None when never chosen. Kept beside the hidden columns."""
    return _view_names("column_order", view)


def set_column_order(view: str, names: list[str]) -> None:
    _set_view_names("column_order", view, list(names))


def pane_sizes(view: str) -> list[int] | None:
    """The sizes the user gave a page's panes (dragging a splitter's handle); None when never
    chosen or not sizes (the page's default)."""
    chosen = _view_entry("pane_sizes", view)
    if not isinstance(chosen, list) or not chosen:
        return None
    sizes = [size for size in chosen if isinstance(size, int) and not isinstance(size, bool) and size >= 0]
    return sizes if len(sizes) == len(chosen) and sum(sizes) > 0 else None


def set_pane_sizes(view: str, sizes: list[int]) -> None:
    _set_view_entry("pane_sizes", view, [int(size) for size in sizes])


def _view_names(key: str, view: str) -> list[str] | None:
    chosen = _view_entry(key, view)
    return [name for name in chosen if isinstance(name, str)] if isinstance(chosen, list) else None


def _set_view_names(key: str, view: str, names: list[str]) -> None:
    _set_view_entry(key, view, names)


def _view_entry(key: str, view: str) -> Any:
    settings = _read(app_dirs().settings_file, {})
    by_view = settings.get(key) if isinstance(settings, dict) else None
    return by_view.get(view) if isinstance(by_view, dict) else None


def _set_view_entry(key: str, view: str, value: Any) -> None:
    settings = _read(app_dirs().settings_file, {})
    settings = settings if isinstance(settings, dict) else {}
    by_view = settings.get(key)
    settings[key] = {**(by_view if isinstance(by_view, dict) else {}), view: value}
    _write(app_dirs().settings_file, settings)
