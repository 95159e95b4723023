"""Copy the screenshots the user's guide shows into resources/guide/img, scaled to the guide's width.

The guide ships inside the app (resources/ goes into the wheel and the frozen build); packaging/
does not. screenshots.py calls this after taking new screenshots, so the guide shows the app as it is.

    python packaging/guide_images.py [--shots packaging/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE_IMG = ROOT / "resources" / "guide" / "img"
# The screens each chapter shows, as packaging/screenshots names them (one file per language).
SHOTS = ("main-window", "capture", "projector", "merge-report", "review", "possible-names", "synthesis", "overview",
         "export", "person-data")
WIDTH = 880  # pixels: the guide's text column at its usual size


def copy_guide_images(shots: Path, target: Path = GUIDE_IMG) -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name in SHOTS:
        for language in ("sv", "en"):
            image = QImage(str(shots / f"{name}-{language}.png"))
            if image.isNull():
                raise SystemExit(f"missing screenshot: {name}-{language}.png")
            if image.width() > WIDTH:
                image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
            # 256 colours: a screenshot of the interface stays sharp at a sixth of the size
            image = image.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
                                          | Qt.ImageConversionFlag.AvoidDither)
            path = target / f"{name}-{language}.png"
            image.save(str(path), "PNG", 0)
            written.append(path)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shots", type=Path, default=ROOT / "packaging" / "screenshots")
    options = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QImage scales with one running
    print(*copy_guide_images(options.shots), sep="\n")
    return 0 if app is not None else 1


if __name__ == "__main__":
    raise SystemExit(main())
