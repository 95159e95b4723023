"""The Qt binding survives a long meeting: many thousands of Qt calls and signals.

PySide6 6.12.0 under Python 3.11 lost a reference to None on every Qt call that returns nothing
and to True on every signal emit; after some thousands the interpreter aborted. A facilitator's
session makes far more calls than that, so this runs them in a fresh process and must survive.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
class Emitter(QObject):
    fired = Signal(int)
emitter = Emitter()
emitter.fired.connect(lambda value: None)
none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
for number in range(50_000):
    label.setText("x")
    emitter.fired.emit(number)
print(sys.getrefcount(None) - none_before, sys.getrefcount(True) - true_before)
"""


def test_fifty_thousand_calls_and_signals_leave_none_and_true_alone():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-1500:]
    none_delta, true_delta = map(int, done.stdout.split())
    assert abs(none_delta) < 100 and abs(true_delta) < 100
