"""Render the app's icon (``resources/icons/app.svg``) for the desktops, at build time.

    python packaging/icons.py OUT

writes ``OUT/hicolor/<n>x<n>/apps/messenger-desktop.png`` for every size the hicolor theme has
(and ``scalable/apps/messenger-desktop.svg``), ``OUT/app.ico`` (Windows) and ``OUT/app.icns``
(macOS). QtSvg draws the PNGs, as the app draws the SVG at run time, so they look the same;
Pillow packs the ICO and ICNS files. Nothing rendered is kept in the source tree.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "app.svg"
ICON_NAME = "messenger-desktop"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 96, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(svg: Path, size: int, target: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"cannot write {target}")


def render_all(out: Path, svg: Path = SOURCE) -> None:
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    hicolor = out / "hicolor"
    for size in HICOLOR_SIZES:
        render_png(svg, size, hicolor / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png")
    scalable = hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)

    def picture(size: int) -> Image.Image:
        return Image.open(hicolor / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png")

    largest = picture(max(ICO_SIZES))
    largest.save(out / "app.ico", sizes=[(size, size) for size in ICO_SIZES])
    picture(512).save(out / "app.icns", append_images=[picture(size) for size in (16, 32, 64, 128, 256)])


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    render_all(Path(sys.argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
