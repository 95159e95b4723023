"""Set up a private environment and run the app or its tests: the README's two commands.

    python3 packaging/bootstrap.py run [dialog-app arguments]
    python3 packaging/bootstrap.py test [pytest arguments]

Needs only Python 3.11+: it creates .venv/ beside the project (once), installs the app into it
from PyPI, and runs. Works the same on Linux, macOS and Windows.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("DIALOG_APP_VENV", ROOT / ".venv"))


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_environment(extras: str) -> Path:
    python = venv_python()
    if not python.exists():
        print(f"Creating {VENV} …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    marker = VENV / f".installed-{extras or 'app'}"
    stamp = str((ROOT / "pyproject.toml").stat().st_mtime_ns)
    if not marker.exists() or marker.read_text() != stamp:
        print("Installing dialog_app and its libraries …", flush=True)
        target = f"{ROOT}[{extras}]" if extras else str(ROOT)
        subprocess.run([python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
        subprocess.run([python, "-m", "pip", "install", "--quiet", "--editable", target], check=True)
        marker.write_text(stamp)
    return python


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):
        print("dialog_app needs Python 3.11 or newer.", file=sys.stderr)
        return 2
    command, rest = (argv[0], argv[1:]) if argv else ("", [])
    if command == "run":
        python = ensure_environment("")
        return subprocess.call([python, "-m", "dialog_app", *rest])
    if command == "test":
        python = ensure_environment("test")
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        return subprocess.call([python, "-m", "pytest", *rest], cwd=ROOT, env=env)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
