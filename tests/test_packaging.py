"""The app finds its resources from a source checkout and from a built wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from dialog_app.core import paths

ROOT = Path(__file__).resolve().parent.parent


def test_resources_are_found_in_a_checkout():
    found = paths.resources_dir()
    assert (found / "frameworks" / "se-digital-2017.json").exists()
    assert (found / "translations" / "dialog_app_sv.qm").exists()
    assert (found / "guide" / "sv" / "index.html").exists()  # the user's guide, read offline


def test_resources_are_found_in_a_frozen_build(tmp_path, monkeypatch):
    # given a frozen build's unpack folder holding resources/ (as packaging/dialog_app.spec lays it out)
    (tmp_path / "resources" / "frameworks").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"


def test_the_wheel_carries_resources_and_migrations(tmp_path):
    pytest.importorskip("hatchling")
    # when a wheel is built
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(tmp_path), str(ROOT)],
        check=True, capture_output=True,
    )
    wheel = next(tmp_path.glob("dialog_app-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    # then resources sit inside the package, where resources_dir() looks in an installed app
    assert "dialog_app/resources/frameworks/se-digital-2017.json" in names
    assert "dialog_app/resources/translations/dialog_app_sv.qm" in names
    assert "dialog_app/resources/stakeholder_groups.json" in names
    assert {"dialog_app/resources/icc/sRGB.icc", "dialog_app/resources/icc/LICENSE-sRGB.txt"} <= names  # PDF/A
    assert {"dialog_app/resources/guide/sv/index.html", "dialog_app/resources/guide/en/export.html",
            "dialog_app/resources/guide/img/review-sv.png"} <= names  # Help ▸ User's guide, pictures too
    assert "dialog_app/core/store/migrations/env.py" in names
    assert "dialog_app/core/store/migrations/versions/0001_initial_schema.py" in names
    assert "dialog_app/core/store/migrations/schemas.json" in names  # what a received file is checked against
