"""The column roles chosen for a table's layout, remembered in the app's settings and offered the
next time a file with the same header comes in (``DIALOG_APP_HOME`` moves the settings file)."""

from __future__ import annotations

from dataclasses import asdict, fields

from dialog_app.core.app_settings import set_setting, setting
from dialog_app.io.imports.source_facts import TableMapping

KEY = "import_mappings"
MAX_LAYOUTS = 40  # the latest layouts' mappings are kept
_FIELDS = {f.name for f in fields(TableMapping)}


def _stored() -> dict:
    value = setting(KEY)
    return value if isinstance(value, dict) else {}


def recalled(layout_key: str, header: tuple[str, ...]) -> TableMapping | None:
    """The mapping last used for this layout, if it still names only columns the header has."""
    entry = _stored().get(layout_key)
    if not isinstance(entry, dict) or not set(entry) <= _FIELDS:
        return None
    try:
        mapping = TableMapping(**{k: tuple(v) if isinstance(v, list) else v for k, v in entry.items()})
    except TypeError:
        return None
    named = {*mapping.text, *mapping.personal, mapping.question, mapping.group, mapping.time, mapping.votes,
             mapping.table} - {None}
    return mapping if mapping.text and named <= set(header) else None


def remember(layout_key: str, mapping: TableMapping) -> None:
    stored = _stored()
    stored.pop(layout_key, None)
    kept = dict(list(stored.items())[-(MAX_LAYOUTS - 1):])
    set_setting(KEY, kept | {layout_key: asdict(mapping)})
