"""Draw a digit for the network: a pad, what the network sees, and its ten probabilities.

The pad keeps a 280x280 ink canvas (ten canvas pixels per MNIST pixel) drawn with a thick round
pen, by mouse or pen (Qt turns tablet input into mouse events). Every stroke is normalised as
MNIST's digits were (core.mnist.drawing.to_mnist). A test digit put on the pad is shown pixel
for pixel and given to the network unchanged until the next stroke, so its probabilities are
exactly the network's answer for that test digit.
"""

from __future__ import annotations

import itertools

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.core.mnist.data import IMAGE_SIDE
from desktop_app.core.mnist.drawing import to_mnist

CANVAS = 280
PEN_WIDTH = 24  # canvas pixels: after scaling the digit to 20x20, about MNIST's own stroke
INK = QColor("#202020")


def ink_image(pixels: np.ndarray) -> QImage:
    """A 28x28 digit as dark ink on white (reads better on a projector than white on black)."""
    grey = np.clip(np.asarray(pixels, np.float32).reshape(IMAGE_SIDE, IMAGE_SIDE) * 255, 0, 255).astype(np.uint8)
    ink = np.ascontiguousarray(255 - grey)
    return QImage(ink.data, IMAGE_SIDE, IMAGE_SIDE, IMAGE_SIDE, QImage.Format.Format_Grayscale8).copy()


class DrawPad(QWidget):
    """Square drawing surface; `changed` after each stroke segment, `image()` the MNIST vector."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(self.tr("Draw a digit with the mouse or a pen"))
        self._canvas = QImage(CANVAS, CANVAS, QImage.Format.Format_Grayscale8)
        self._canvas.fill(0)
        self._last: QPointF | None = None
        self._exact: np.ndarray | None = None  # a test digit, used as it is until drawn over

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(280, 280)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(140, 140)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return width

    def _square(self) -> QRectF:
        side = min(self.width(), self.height()) - 4
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def _to_canvas(self, point: QPointF) -> QPointF:
        square = self._square()
        return QPointF((point.x() - square.left()) * CANVAS / square.width(),
                       (point.y() - square.top()) * CANVAS / square.height())

    # --- content -------------------------------------------------------------------------------

    def ink(self) -> np.ndarray:
        """The canvas as ink in [0, 1], (280, 280)."""
        canvas = self._canvas
        bits = np.frombuffer(canvas.constBits(), np.uint8).reshape(CANVAS, canvas.bytesPerLine())[:, :CANVAS]
        return bits.astype(np.float32) / 255

    def is_blank(self) -> bool:
        return self._exact is None and not self.ink().any()

    def image(self) -> np.ndarray:
        """What the network is given: (784,) float32, MNIST-normalised (or the test digit itself)."""
        return self._exact.copy() if self._exact is not None else to_mnist(self.ink())

    def clear(self) -> None:
        self._canvas.fill(0)
        self._exact = None
        self.update()
        self.changed.emit()

    def show_digit(self, pixels: np.ndarray) -> None:
        """Put a 28x28 digit on the pad, ten canvas pixels per MNIST pixel."""
        pixels = np.asarray(pixels, np.float32).reshape(IMAGE_SIDE, IMAGE_SIDE)
        big = np.kron(pixels, np.ones((10, 10), np.float32))
        big = np.ascontiguousarray(np.clip(big * 255, 0, 255).astype(np.uint8))
        self._canvas = QImage(big.data, CANVAS, CANVAS, CANVAS, QImage.Format.Format_Grayscale8).copy()
        self._exact = pixels.reshape(-1).copy()
        self.update()
        self.changed.emit()

    def copy_from(self, other: DrawPad) -> None:
        """Show what `other` shows (the same pad in a new window)."""
        self._canvas = other._canvas.copy()
        self._exact = None if other._exact is None else other._exact.copy()
        self.update()
        self.changed.emit()

    def stroke(self, points: list[tuple[float, float]]) -> None:
        """Draw a stroke through canvas points (0-280): what a mouse drag does, for scripts and tests."""
        self._draw([QPointF(x, y) for x, y in points])

    def _draw(self, points: list[QPointF]) -> None:
        self._exact = None
        painter = QPainter(self._canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(255, 255, 255), PEN_WIDTH, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.drawPoint(points[0])  # a dot too: a line between equal points draws nothing
        for a, b in itertools.pairwise(points):
            painter.drawLine(a, b)
        painter.end()
        self.update()
        self.changed.emit()

    # --- input ---------------------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self._last = self._to_canvas(event.position())
            self._draw([self._last])

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._last is not None:
            point = self._to_canvas(event.position())
            self._draw([self._last, point])
            self._last = point

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._last = None

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        square = self._square()
        painter.fillRect(self.rect(), self.palette().window())
        inverted = self._canvas.copy()
        inverted.invertPixels()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(square, inverted)
        painter.setPen(QPen(QColor("#808080"), 2))
        painter.drawRect(square)
        if self.is_blank():
            painter.setPen(QColor("#909090"))
            painter.drawText(square, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("Draw a digit here"))


class DigitPreview(QWidget):
    """The 28x28 image the network is given, large and pixelated."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = ink_image(np.zeros(IMAGE_SIDE * IMAGE_SIDE))
        self.setMinimumSize(84, 84)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(112, 112)

    def set_image(self, pixels: np.ndarray) -> None:
        self._image = ink_image(pixels)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        side = min(self.width(), self.height()) - 2
        square = QRectF((self.width() - side) / 2, 1, side, side)
        painter.drawImage(square, self._image)
        painter.setPen(QPen(QColor("#808080"), 1))
        painter.drawRect(square)


class ProbabilityBars(QWidget):
    """Ten bars, one per digit, with the probability written on each; the answer highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._p: np.ndarray | None = None
        self._true: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 140)

    def set_probabilities(self, p: np.ndarray | None, true: int | None = None) -> None:
        self._p = None if p is None else np.asarray(p, np.float64)
        self._true = true
        self.update()

    def probabilities(self) -> np.ndarray | None:
        return self._p

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        fm = painter.fontMetrics()
        line = fm.height()
        if self._p is None:
            painter.setPen(QColor("#707070"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("Train or load a network to see its ten probabilities."))
            return
        top, bottom = line * 1.4, self.height() - line * 1.6
        width = self.width() / 10
        best = int(self._p.argmax())
        bold = QFont(self.font())
        bold.setBold(True)
        for digit, p in enumerate(self._p):
            height = max(0.0, (bottom - top) * float(p))
            colour = QColor("#1B7F3B") if digit == best else QColor("#8aa6cf")
            if self._true is not None and digit == best and best != self._true:
                colour = QColor("#C62828")
            bar = QRectF(digit * width + width * 0.15, bottom - height, width * 0.7, height)
            painter.fillRect(bar, colour)
            painter.setPen(INK)
            painter.setFont(bold if digit == best else self.font())
            painter.drawText(QRectF(digit * width, bottom + 2, width, line * 1.5), Qt.AlignmentFlag.AlignCenter,
                             str(digit))
            painter.drawText(QRectF((digit - 0.5) * width, bottom - height - line * 1.3, 2 * width, line * 1.2),
                             Qt.AlignmentFlag.AlignCenter, f"{p:.0%}" if p >= 0.005 else "")
        painter.setPen(QColor("#B0B0B0"))
        painter.drawLine(QPointF(0, bottom), QPointF(self.width(), bottom))
