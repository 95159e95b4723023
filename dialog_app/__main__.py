"""Allows ``python -m dialog_app``."""

import sys

from dialog_app.cli import main

sys.exit(main())
