"""Regenerate the application icon's PNG, ICO and ICNS files from resources/icons/gradient-lab.svg.

The SVG is the only source; run this after editing it (needs the `package` extra for Pillow):
    .venv/bin/python scripts/make_icons.py
PNGs are rendered with QtSvg (the renderer the app itself uses); Pillow packs them into the
Windows ICO and the macOS ICNS.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE = ICONS / "gradient-lab.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZE = 1024  # Pillow derives the smaller ICNS entries from this one


def render_png(size: int) -> bytes:
    """The SVG rendered at size×size pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])  # QtSvg's renderer needs a Gui application
    for size in PNG_SIZES:
        (ICONS / f"gradient-lab-{size}.png").write_bytes(render_png(size))
    largest = Image.open(ICONS / f"gradient-lab-{max(ICO_SIZES)}.png")
    smaller = [Image.open(ICONS / f"gradient-lab-{size}.png") for size in ICO_SIZES[:-1]]
    largest.save(ICONS / "gradient-lab.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=smaller)
    Image.open(io.BytesIO(render_png(ICNS_SIZE))).save(ICONS / "gradient-lab.icns")
    print(f"wrote {len(PNG_SIZES)} PNGs, gradient-lab.ico and gradient-lab.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
