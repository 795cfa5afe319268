"""Lesson L4.3's broadcasting, drawn: a (10,) vector, its (1, 10) form and the (32, 10) repetition.

Cells are shaded by value, so the repeated rows visibly are the vector again; below, the sums
`x + y` and `x + repeated` are compared, the (64, 3, 32, 10)/(32, 10) maximum is aligned axis by
axis as the broadcasting rule does, and the lesson's dot and reshape examples list their shapes.
All numbers come from `core.broadcasting`.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop_app.core.broadcasting import (
    Alignment,
    broadcast_sum,
    dot_examples,
    maximum_example,
    reshape_examples,
)
from desktop_app.gui.panels.fonts import scaled

STRETCH = "#C62828"  # an axis of size 1 repeated to match the other operand


def _shade(value: float) -> QColor:
    """0 -> pale, 1 -> deep blue."""
    t = float(np.clip(value, 0, 1))
    return QColor(int(235 - 200 * t), int(242 - 150 * t), int(255 - 60 * t))


def shape_text(shape: tuple[int, ...]) -> str:
    return f"({shape[0]},)" if len(shape) == 1 else "(" + ", ".join(str(n) for n in shape) + ")"


class BroadcastPicture(QWidget):
    """y as a row of 10 cells, then (1, 10), then the 32 repeated rows (copies drawn fainter)."""

    def __init__(self, y: np.ndarray, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.y = y
        self.rows = rows
        self.captions = ("", "", "")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_captions(self, vector: str, expanded: str, repeated: str) -> None:
        self.captions = (vector, expanded, repeated)
        self.update()

    def _cell(self, width: int | None = None) -> float:
        return max(8.0, min(26.0, ((self.width() if width is None else width) * 0.5) / len(self.y)))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        line = QFontMetrics(self.font()).height()
        cell = self._cell(width)
        return int(3 * line + 2 * cell + self.rows * max(2.0, cell * 0.22) + 40)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(420, self.heightForWidth(420))

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        line = QFontMetrics(self.font()).height()
        cell = self._cell()
        left = 8.0
        top = 4.0
        painter.setPen(QColor("#202020"))
        # (10,): a vector has one axis, so it is drawn without a frame of rows
        painter.drawText(QRectF(left, top, self.width(), line), Qt.AlignmentFlag.AlignLeft, self.captions[0])
        top += line + 2
        for j, value in enumerate(self.y):
            painter.fillRect(QRectF(left + j * cell, top, cell - 2, cell - 2), _shade(value))
        top += cell + 6
        # (1, 10): one row of a matrix
        painter.drawText(QRectF(left, top, self.width(), line), Qt.AlignmentFlag.AlignLeft, self.captions[1])
        top += line + 2
        painter.setPen(QPen(QColor("#202020"), 1.5))
        painter.drawRect(QRectF(left - 3, top - 3, len(self.y) * cell + 4, cell + 4))
        for j, value in enumerate(self.y):
            painter.fillRect(QRectF(left + j * cell, top, cell - 2, cell - 2), _shade(value))
        top += cell + 8
        # (32, 10): the row repeated along the new axis
        painter.setPen(QColor("#202020"))
        painter.drawText(QRectF(left, top, self.width(), line), Qt.AlignmentFlag.AlignLeft, self.captions[2])
        top += line + 2
        small = max(2.0, cell * 0.22)
        for i in range(self.rows):
            for j, value in enumerate(self.y):
                colour = _shade(value)
                if i:
                    colour.setAlpha(150)
                painter.fillRect(QRectF(left + j * cell, top + i * small, cell - 2, small - 0.5), colour)
        painter.setPen(QPen(QColor(STRETCH), 2))
        painter.drawRect(QRectF(left - 3, top - 3, len(self.y) * cell + 4, self.rows * small + 5))
        arrow_x = left + len(self.y) * cell + 10
        painter.drawLine(int(arrow_x), int(top), int(arrow_x), int(top + self.rows * small))
        painter.drawText(QRectF(arrow_x + 6, top, self.width() - arrow_x, self.rows * small),
                         Qt.AlignmentFlag.AlignVCenter, f"× {self.rows}")


def alignment_html(alignment: Alignment, names: tuple[str, str, str]) -> str:
    """A table of the two shapes right-aligned, padded with 1s, and the result; stretched axes red."""
    def cells(shape: tuple[int, ...], padded: tuple[int, ...], operand: int) -> str:
        out = []
        pad = len(padded) - len(shape)
        for axis, size in enumerate(padded):
            colour = STRETCH if alignment.stretched[axis] == operand else "#202020"
            text = f"<i>{size}</i>" if axis < pad else str(size)
            out.append(f"<td align='right' style='color:{colour}; padding: 0 8px'>{text}</td>")
        return "".join(out)

    rows = [
        f"<tr><td>{names[0]}</td>{cells(alignment.left, alignment.padded_left, 0)}</tr>",
        f"<tr><td>{names[1]}</td>{cells(alignment.right, alignment.padded_right, 1)}</tr>",
        f"<tr><td><b>{names[2]}</b></td>"
        + "".join(f"<td align='right' style='padding: 0 8px'><b>{n}</b></td>" for n in alignment.result) + "</tr>",
    ]
    return "<table cellspacing='0'>" + "".join(rows) + "</table>"


class BroadcastView(QWidget):
    """The broadcasting picture with its equal sums, the 4-D maximum, dot and reshape."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.example = broadcast_sum()
        self.maximum = maximum_example()
        self.heading = QLabel(self.tr("Broadcasting: a (10,) vector added to a (32, 10) matrix"))
        self.heading.setWordWrap(True)
        self.picture = BroadcastPicture(self.example.y, self.example.x.shape[0])
        self.picture.set_captions(
            self.tr("y, shape (10,)"),
            self.tr("np.expand_dims(y, axis=0), shape (1, 10)"),
            self.tr("np.concatenate([y] * 32, axis=0), shape (32, 10)"))
        self.sums = QLabel()
        self.sums.setObjectName("BroadcastSums")
        self.sums.setWordWrap(True)
        self.sums.setTextFormat(Qt.TextFormat.RichText)
        self.maximum_label = QLabel()
        self.maximum_label.setTextFormat(Qt.TextFormat.RichText)
        self.maximum_label.setWordWrap(True)
        self.products = QLabel()
        self.products.setTextFormat(Qt.TextFormat.RichText)
        self.products.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.picture)
        layout.addWidget(self.sums)
        layout.addWidget(self.maximum_label)
        layout.addWidget(self.products)
        layout.addStretch(1)
        self._fill()
        self._apply_fonts()

    def _fill(self) -> None:
        e = self.example
        difference = float(np.abs(e.broadcast - e.explicit).max())
        verdict = self.tr("equal") if e.equal else self.tr("different")
        self.sums.setText(self.tr(
            "x + y (broadcast) and x + the repeated (32, 10) matrix: <b>{verdict}</b> in all {count} "
            "sums (largest difference {difference:g}); sum of all elements {total:.6f} both ways.").format(
            verdict=verdict, count=e.broadcast.size, difference=difference, total=float(e.broadcast.sum())))
        m = self.maximum
        names = (self.tr("x"), self.tr("y"), self.tr("np.maximum(x, y)"))
        self.maximum_label.setText(
            self.tr("<b>np.maximum(x, y)</b> with x {left} and y {right}: shapes are lined up from the "
                    "right, y gets 1s in front (italic), and axes of size 1 are repeated (red).").format(
                left=shape_text(m.alignment.left), right=shape_text(m.alignment.right))
            + alignment_html(m.alignment, names)
            + (self.tr("Same result as looping over the first two axes: {ok}").format(
                ok=self.tr("yes") if m.equal_to_loops else self.tr("no"))))
        lines = [self.tr("<b>Tensor product</b> np.dot and <b>reshape</b>:")]
        for dot in dot_examples():
            lines.append(self.tr("np.dot of {left} and {right} → {result} (the naive loops agree: {ok})").format(
                left=shape_text(dot.left), right=shape_text(dot.right),
                result=shape_text(dot.result) if dot.result else self.tr("a scalar"),
                ok=self.tr("yes") if dot.equal_to_loops else self.tr("no")))
        x, reshapes = reshape_examples()
        for example in reshapes:
            call = (f"x.reshape({shape_text(example.result.shape)})" if example.operation == "reshape"
                    else "np.transpose(x)")
            lines.append(f"x {shape_text(x.shape)} → {call}: {example.result.tolist()}")
        self.products.setText("<br>".join(lines))

    def _apply_fonts(self) -> None:
        base = self.font()
        self.heading.setFont(scaled(base, 1.3, bold=True))
        self.picture.setFont(scaled(base, 1.05, mono=True))
        for label in (self.sums, self.maximum_label, self.products):
            label.setFont(scaled(base, 1.1))
        self.picture.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
