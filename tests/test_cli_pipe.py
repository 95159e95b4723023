"""`dialog-app search … | head` through a real shell pipe: the reader leaves early and the command
ends without a word on stderr (no BrokenPipeError, no "Exception ignored" at the last flush).

``head -n 0`` leaves before the command has printed anything, so the command always meets the
closed pipe; ``head -1`` leaves after a line, as people use it."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys

import pytest


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell and head")
@pytest.mark.parametrize(("command", "reader"), [
    (["search", "{path}", "e", "--limit", "150"], "head -1"),
    (["search", "{path}", "e", "--limit", "150"], "head -n 0"),
    (["suggest", "{path}", "--json"], "head -n 0"),
    (["dialogue", "list", "{path}"], "head -n 0"),
], ids=["search-head-1", "search-head-0", "suggest", "dialogue-list"])
def test_head_ends_the_command_quietly(seeded_copy, app_home, tmp_path, command, reader):
    # given
    args = [part.format(path=seeded_copy) for part in command]
    err = tmp_path / "stderr.txt"
    line = (f"{shlex.quote(sys.executable)} -m dialog_app {' '.join(map(shlex.quote, args))} "
            f"2>{shlex.quote(str(err))} | {reader}; echo \"status ${{PIPESTATUS[0]}}\"")
    env = {**os.environ, "DIALOG_APP_HOME": str(app_home), "PYTHONUTF8": "1"}
    env.pop("DIALOG_APP_DEBUG", None)
    # when
    result = subprocess.run(["bash", "-c", line], capture_output=True, text=True, encoding="utf-8", env=env,
                            timeout=120)
    # then: what head let through, the command's status, and nothing on stderr
    lines = result.stdout.splitlines()
    assert len(lines) == (2 if reader == "head -1" else 1), result.stdout
    assert lines[-1] in (("status 0", "status 1") if reader == "head -1" else ("status 1",)), result.stdout
    assert err.read_text(encoding="utf-8") == ""
