"""Painted pixel pictures for lesson L4: a grid of selected images and one image with hover readout.

Both draw uint8 pixels as dark ink on white, as the lesson's ``plt.imshow(digit, cmap=plt.cm.binary)``
does, with no item per image, so a selection of thousands of crops repaints cheaply (at most
`MAX_GRID_IMAGES` are drawn; the caption says how many there are).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QImage, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

#: Most images a grid draws (10 rows of 10).
MAX_GRID_IMAGES = 100
GRID_COLUMNS = 10
ACCENT = QColor("#1f4fbf")
MUTED = QColor("#707070")


def ink_image(pixels: np.ndarray) -> QImage:
    """A 2-D uint8 array as a grayscale QImage, 0 white and 255 black (the lesson's binary map)."""
    ink = np.ascontiguousarray(255 - np.asarray(pixels, dtype=np.uint8))
    height, width = ink.shape
    return QImage(ink.data, width, height, width, QImage.Format.Format_Grayscale8).copy()


class _White(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        self.setPalette(palette)


class ImageGrid(_White):
    """Up to 100 images in rows of 10, each with a caption (e.g. its sample number and label).

    ``set_images(images, captions)``; ``imageClicked(int)`` gives the index of a clicked image.
    """

    imageClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)
        self._images: list[QImage] = []
        self._captions: list[str] = []
        self.current = -1
        self._hover = -1
        self.placeholder = ""

    def set_images(self, images: np.ndarray, captions: list[str]) -> None:
        """`images` (k, h, w) uint8; only the first MAX_GRID_IMAGES are drawn."""
        shown = images[:MAX_GRID_IMAGES]
        self._images = [ink_image(image) for image in shown] if shown.size else []
        self._captions = list(captions[: len(self._images)])
        self.current = 0 if self._images else -1
        self.updateGeometry()
        self.update()

    def count(self) -> int:
        return len(self._images)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        rows = max(1, -(-len(self._images) // GRID_COLUMNS))
        return rows * self._cell_height(width) + 8

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(600, self.heightForWidth(600))

    def _cell_width(self, width: int) -> float:
        return max(30.0, (width - 8) / GRID_COLUMNS)

    def _cell_height(self, width: int) -> int:
        return int(self._cell_width(width) + QFontMetrics(self.font()).height() + 4)

    def _cell(self, index: int) -> QRectF:
        w = self._cell_width(self.width())
        h = self._cell_height(self.width())
        row, column = divmod(index, GRID_COLUMNS)
        return QRectF(4 + column * w, 4 + row * h, w, h)

    def index_at(self, x: float, y: float) -> int:
        """The image under a point, or -1."""
        for index in range(len(self._images)):
            if self._cell(index).contains(QPointF(x, y)):
                return index
        return -1

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        if not self._images:
            painter.setPen(MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder)
            return
        text_height = QFontMetrics(self.font()).height()
        for index, image in enumerate(self._images):
            cell = self._cell(index)
            side = cell.width() - 6
            aspect = image.width() / max(1, image.height())
            target = QRectF(cell.left() + 3, cell.top() + 3, side, side)
            if aspect > 1:
                target.setHeight(side / aspect)
            elif aspect < 1:
                target.setWidth(side * aspect)
            painter.drawImage(target, image)
            if index in (self.current, self._hover):
                painter.setPen(QPen(ACCENT, 3 if index == self.current else 1))
                painter.drawRect(target.adjusted(-1, -1, 1, 1))
            painter.setPen(QColor("#202020"))
            caption = QRectF(cell.left(), cell.top() + side + 4, cell.width(), text_height)
            painter.drawText(caption, Qt.AlignmentFlag.AlignHCenter, self._captions[index])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        hover = self.index_at(event.position().x(), event.position().y())
        if hover != self._hover:
            self._hover = hover
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        index = self.index_at(event.position().x(), event.position().y())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self.current = index
            self.update()
            self.imageClicked.emit(index)

    def leaveEvent(self, _event) -> None:  # noqa: N802 - Qt API
        self._hover = -1
        self.update()


class PixelImage(_White):
    """One image scaled up, square pixels, a grid when pixels are big; hover reports the pixel.

    ``set_pixels(array)`` takes a 2-D uint8 array; ``pixelHovered(row, col)`` (or (-1, -1) on
    leaving) lets the page word the readout with the pixel's original position.
    """

    pixelHovered = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.pixels: np.ndarray | None = None
        self._image: QImage | None = None
        self.hovered: tuple[int, int] | None = None
        self.placeholder = ""
        self.show_values = False  # write every non-zero value in its pixel (when pixels are large)

    def set_pixels(self, pixels: np.ndarray | None) -> None:
        self.pixels = None if pixels is None or pixels.size == 0 else np.asarray(pixels)
        self._image = None if self.pixels is None else ink_image(self.pixels)
        self.hovered = None
        self.update()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(200, 200)

    def image_rect(self) -> QRectF:
        """Where the pixels are drawn (square pixels, centred)."""
        if self.pixels is None:
            return QRectF()
        rows, cols = self.pixels.shape
        size = min((self.width() - 8) / cols, (self.height() - 8) / rows)
        size = max(size, 0.5)
        width, height = cols * size, rows * size
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def pixel_at(self, x: float, y: float) -> tuple[int, int] | None:
        rect = self.image_rect()
        if self.pixels is None or not rect.contains(QPointF(x, y)):
            return None
        rows, cols = self.pixels.shape
        row = min(rows - 1, int((y - rect.top()) / rect.height() * rows))
        col = min(cols - 1, int((x - rect.left()) / rect.width() * cols))
        return row, col

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        if self._image is None:
            painter.setPen(MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder)
            return
        rect = self.image_rect()
        painter.drawImage(rect, self._image)
        rows, cols = self.pixels.shape
        size = rect.width() / cols
        painter.setPen(QPen(QColor("#c8c8c8"), 1))
        painter.drawRect(rect)
        if size >= 10:
            painter.setPen(QPen(QColor(200, 200, 200, 90), 1))
            for col in range(1, cols):
                painter.drawLine(QPointF(rect.left() + col * size, rect.top()),
                                 QPointF(rect.left() + col * size, rect.bottom()))
            for row in range(1, rows):
                painter.drawLine(QPointF(rect.left(), rect.top() + row * size),
                                 QPointF(rect.right(), rect.top() + row * size))
        if self.show_values and size >= 22:
            self._write_values(painter, rect, size)
        if self.hovered is not None:
            row, col = self.hovered
            cell = QRectF(rect.left() + col * size, rect.top() + row * size, size, size)
            painter.setPen(QPen(ACCENT, 2))
            painter.drawRect(cell)
            if size >= 14:
                value = int(self.pixels[row, col])
                painter.setPen(QColor("white") if value > 127 else QColor("black"))
                font = painter.font()
                font.setPixelSize(max(6, int(size * 0.42)))
                painter.setFont(font)
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(value))

    def _write_values(self, painter: QPainter, rect: QRectF, size: float) -> None:
        font = painter.font()
        font.setPixelSize(max(6, int(size * 0.36)))
        painter.setFont(font)
        for (row, col), value in np.ndenumerate(self.pixels):
            if value:
                painter.setPen(QColor("white") if value > 127 else QColor("black"))
                cell = QRectF(rect.left() + col * size, rect.top() + row * size, size, size)
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(int(value)))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.hover_at(event.position().x(), event.position().y())

    def hover_at(self, x: float, y: float) -> None:
        """Hover the pixel under (x, y) (tests call it as the mouse would)."""
        pixel = self.pixel_at(x, y)
        if pixel != self.hovered:
            self.hovered = pixel
            self.update()
            self.pixelHovered.emit(*(pixel or (-1, -1)))

    def leaveEvent(self, _event) -> None:  # noqa: N802 - Qt API
        if self.hovered is not None:
            self.hovered = None
            self.update()
            self.pixelHovered.emit(-1, -1)
