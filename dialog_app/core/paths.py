"""Every folder the app reads or writes, decided in one place.

Setting ``DIALOG_APP_HOME`` puts all of them below one folder: tests and portable installs use it so
that nothing touches the user's real folders.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "dialog_app"
PROJECT_SUFFIX = ".dialog"
HOME_ENV = "DIALOG_APP_HOME"


@dataclass(frozen=True)
class AppDirs:
    """The app's own folders; created on first use, never at import."""

    data: Path
    config: Path
    backups: Path
    logs: Path

    @property
    def default_project(self) -> Path:
        return self.data / f"Dialogues{PROJECT_SUFFIX}"

    @property
    def recent_file(self) -> Path:
        return self.config / "recent.json"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"


def app_dirs() -> AppDirs:
    """Return the folders, honouring ``DIALOG_APP_HOME``."""
    home = os.environ.get(HOME_ENV)
    if home:
        root = Path(home).expanduser()
        return AppDirs(root / "data", root / "config", root / "backups", root / "logs")
    import platformdirs

    data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return AppDirs(
        data=data,
        config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        backups=data / "backups",
        logs=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )


def resources_dir() -> Path:
    """Find ``resources/`` in a frozen build, an installed wheel or a source checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    package_dir = Path(__file__).resolve().parent.parent
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
        candidates.append(Path(frozen_root) / "dialog_app" / "resources")
    candidates.append(package_dir / "resources")  # wheel: force-included into the package
    candidates.append(package_dir.parent / "resources")  # source checkout / editable install
    for candidate in candidates:
        if (candidate / "frameworks").is_dir():
            return candidate
    raise FileNotFoundError(
        "The app's resources folder was not found; looked in: " + ", ".join(map(str, candidates))
    )
