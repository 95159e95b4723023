"""DIALOG_APP_HOME puts every folder the app uses below one folder, so tests never touch real ones."""

from __future__ import annotations

from pathlib import Path

from dialog_app.core.paths import PROJECT_SUFFIX, app_dirs, resources_dir


def test_every_app_folder_lives_below_dialog_app_home(app_home, monkeypatch, tmp_path):
    # given
    portable = tmp_path / "usb-stick"
    monkeypatch.setenv("DIALOG_APP_HOME", str(portable))
    # when
    dirs = app_dirs()
    # then
    for folder in (dirs.data, dirs.config, dirs.backups, dirs.logs, dirs.default_project,
                   dirs.recent_file, dirs.settings_file):
        assert Path(folder).is_relative_to(portable)
    assert dirs.default_project.suffix == PROJECT_SUFFIX == ".dialog"
    assert not portable.exists()  # folders are made on first use, never just by asking


def test_the_test_session_never_uses_the_real_folders(app_home):
    # when
    dirs = app_dirs()
    # then
    assert dirs.data.is_relative_to(app_home) and dirs.backups.is_relative_to(app_home)


def test_the_shipped_resources_are_found():
    # when
    folder = resources_dir()
    # then
    assert (folder / "frameworks" / "se-digital-2017.json").is_file()
    assert (folder / "stakeholder_groups.json").is_file()
