"""What the trained network gets right and wrong, painted for a projector.

Three painted widgets (no item per digit, so thousands of repaints stay cheap): a grid of test
digits with prediction and true label (mistakes in red), the confusion matrix with counts in its
cells, and the first layer's weights as 28x28 images (red positive, blue negative). Captions use
the widget's font, so the window's zoom and presentation mode enlarge them too.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.core.mnist.results import Predictions
from desktop_app.gui.mnist.draw_pad import ink_image

RIGHT = QColor("#1B7F3B")
WRONG = QColor("#C62828")
INK = QColor("#202020")


def _diverging_image(weights: np.ndarray) -> QImage:
    """Weights scaled by their largest magnitude: red positive, blue negative, white zero."""
    scale = float(np.abs(weights).max()) or 1.0
    t = np.clip(weights / scale, -1, 1)
    rgb = np.empty((*weights.shape, 3), np.float32)
    pos, neg = np.clip(t, 0, 1), np.clip(-t, 0, 1)
    rgb[..., 0] = 1 - 0.85 * neg  # red stays for positive, fades for negative
    rgb[..., 1] = 1 - 0.8 * (pos + neg)
    rgb[..., 2] = 1 - 0.85 * pos
    data = np.ascontiguousarray((rgb * 255).astype(np.uint8))
    h, w = weights.shape
    return QImage(data.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


class _Painted(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        self.setPalette(palette)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(200, 120)

    def _placeholder(self, painter: QPainter, text: str) -> None:
        painter.setPen(QColor("#707070"))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)


class DigitGrid(_Painted):
    """Test digits with "prediction (true label)" under each; mistakes framed and written in red.

    Clicking a digit emits `digit_clicked(test index)` (the view puts it on the drawing pad).
    """

    MAX_COLUMNS = 12
    digit_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._predictions: Predictions | None = None
        self._mistakes_only = False
        self._indices = np.zeros(0, np.int64)

    def set_predictions(self, predictions: Predictions | None) -> None:
        self._predictions = predictions
        self._select()

    def set_mistakes_only(self, on: bool) -> None:
        self._mistakes_only = on
        self._select()

    def shown_indices(self) -> np.ndarray:
        """Which test images are drawn, in order (for tests and tooltips)."""
        return self._indices

    def _caption_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(self.font().pointSizeF() * 1.15)
        return font

    def _columns(self) -> int:
        """As many columns as fit a caption like "8 (3)" with room to spare, at most 12."""
        caption = QFontMetrics(self._caption_font()).horizontalAdvance("8 (8)")
        return max(1, min(self.MAX_COLUMNS, int(self.width() // (caption * 1.6))))

    def _rows_fitting(self) -> int:
        cell = self.width() / self._columns()
        return max(1, int(self.height() // max(cell, 1)))

    def _select(self) -> None:
        p = self._predictions
        if p is None:
            self._indices = np.zeros(0, np.int64)
        else:
            candidates = np.flatnonzero(p.predicted != p.labels) if self._mistakes_only else np.arange(len(p.labels))
            self._indices = candidates[: self._columns() * max(self._rows_fitting(), 4)]
        self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._select()

    def index_at(self, x: float, y: float) -> int | None:
        """The test index of the digit drawn at (x, y), if any."""
        if self._predictions is None:
            return None
        columns = self._columns()
        cell = self.width() / columns
        k = int(y // cell) * columns + int(x // cell)
        return int(self._indices[k]) if 0 <= x < self.width() and 0 <= k < len(self._indices) else None

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        index = self.index_at(event.position().x(), event.position().y())
        if index is not None:
            self.digit_clicked.emit(index)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        p = self._predictions
        if p is None:
            self._placeholder(painter, self.tr("Train or load a network to see its answers on test digits."))
            return
        if len(self._indices) == 0:
            self._placeholder(painter, self.tr("No mistakes on the test set."))
            return
        columns = self._columns()
        cell = self.width() / columns
        painter.setFont(self._caption_font())
        text_h = painter.fontMetrics().height()
        for k, i in enumerate(self._indices):
            row, col = divmod(k, columns)
            top = row * cell
            if top + cell > self.height():
                break
            right = p.predicted[i] == p.labels[i]
            side = max(4.0, min(cell - text_h - 6, cell - 8))
            image_rect = QRectF(col * cell + (cell - side) / 2, top + 3, side, side)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            painter.drawImage(image_rect, ink_image(p.images[i]))
            if not right:
                painter.setPen(QPen(WRONG, 3))
                painter.drawRect(image_rect.adjusted(-1.5, -1.5, 1.5, 1.5))
            painter.setPen(INK if right else WRONG)
            text_rect = QRectF(col * cell, image_rect.bottom(), cell, text_h + 2)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, f"{p.predicted[i]} ({p.labels[i]})")


class ConfusionView(_Painted):
    """counts[true, predicted] with its numbers; the diagonal (right answers) green, errors red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: np.ndarray | None = None

    def set_counts(self, counts: np.ndarray | None) -> None:
        self._counts = counts
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        counts = self._counts
        if counts is None:
            self._placeholder(painter, self.tr("The confusion matrix appears after the first epoch."))
            return
        fm = painter.fontMetrics()
        n = counts.shape[0]
        line = fm.height()
        title_w, label_w, header_h = line * 1.4, fm.horizontalAdvance("00") + line * 0.6, line * 2.2
        cell = max(4.0, min((self.width() - title_w - label_w - 8) / n, (self.height() - header_h - 4) / n))
        grid = cell * n
        x0 = (self.width() - title_w - label_w - grid) / 2
        gx, gy = x0 + title_w + label_w, header_h
        painter.setPen(INK)
        painter.drawText(QRectF(gx, 0, grid, line), Qt.AlignmentFlag.AlignCenter, self.tr("predicted"))
        painter.save()
        painter.translate(x0 + title_w / 2, gy + grid / 2)
        painter.rotate(-90)
        painter.drawText(QRectF(-grid / 2, -line / 2, grid, line), Qt.AlignmentFlag.AlignCenter, self.tr("true"))
        painter.restore()
        for k in range(n):
            painter.drawText(QRectF(gx + k * cell, line, cell, header_h - line), Qt.AlignmentFlag.AlignCenter, str(k))
            painter.drawText(QRectF(x0 + title_w, gy + k * cell, label_w - line * 0.3, cell),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, str(k))
        errors = counts.copy()
        np.fill_diagonal(errors, 0)
        worst = max(int(errors.max()), 1)
        rows = np.maximum(counts.sum(1), 1)
        small = QFont(self.font())  # as large as the widest count allows
        widest = max(fm.horizontalAdvance(str(int(counts.max()))), 1)
        small.setPointSizeF(max(6.0, min(self.font().pointSizeF(), self.font().pointSizeF() * cell * 0.85 / widest)))
        painter.setFont(small)
        for t in range(n):
            for q in range(n):
                value = int(counts[t, q])
                if t == q:
                    strength = value / rows[t]
                    colour = QColor.fromRgbF(1 - 0.75 * strength, 1 - 0.35 * strength, 1 - 0.7 * strength)
                else:
                    strength = value / worst
                    colour = QColor.fromRgbF(1, 1 - 0.8 * strength, 1 - 0.8 * strength)
                rect = QRectF(gx + q * cell, gy + t * cell, cell, cell)
                painter.fillRect(rect, colour)
                painter.setPen(QColor("#D0D0D0"))
                painter.drawRect(rect)
                if value:
                    painter.setPen(INK)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(value))


class WeightGrid(_Painted):
    """The first layer's weights, one 28x28 picture per hidden unit (as many as fit)."""

    MAX_UNITS = 64

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._images: list[QImage] = []

    def set_weights(self, weights: np.ndarray | None) -> None:
        """weights: (hidden, 28, 28), or None to clear; each picture is scaled on its own."""
        self._images = [] if weights is None else [_diverging_image(w) for w in weights[: self.MAX_UNITS]]
        self.update()

    def unit_count(self) -> int:
        return len(self._images)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        if not self._images:
            self._placeholder(painter, self.tr("The first layer's weights appear after the first epoch."))
            return
        count = len(self._images)

        def cell_size(columns: int) -> float:
            return min(self.width() / columns, self.height() / -(-count // columns))

        columns = max(range(1, count + 1), key=cell_size)  # the largest pictures that all fit
        cell = cell_size(columns)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        for k, image in enumerate(self._images):
            row, col = divmod(k, columns)
            painter.drawImage(QRectF(col * cell + 1, row * cell + 1, cell - 2, cell - 2), image)
