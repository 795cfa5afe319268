"""Lesson L4.2's page: the image tensor's rank, shape and dtype, and a slice field to play with.

The teacher types (or clicks) an index expression such as ``train_images[10:100]``; the page
checks it with `core.tensor_slices` (the loss's safe parser), shows the resulting shape, the
selected images as a grid, and one image with each pixel's value under the mouse. It is a view
of the four arrays it is given (`set_tensors`) and of the text in its field; nothing else.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.tensor_slices import (
    LESSON_SLICES,
    Selection,
    SliceError,
    parse_slice,
    select,
    tensor_info,
)
from desktop_app.gui.lessons_l4.images import MAX_GRID_IMAGES, ImageGrid, PixelImage
from desktop_app.gui.panels.fonts import scaled

EXAMPLE_COLUMNS = 3
#: Rows of a 2-D selection drawn as one picture (a (22699, 28) matrix shows its first rows).
MAX_MATRIX_ROWS = 200


def shape_text(shape: tuple[int, ...]) -> str:
    """``(90, 28, 28)`` with thousands separators: ``(22,699, 28, 28)`` reads better projected."""
    inner = ", ".join(f"{n:,}" for n in shape)
    return f"({inner},)" if len(shape) == 1 else f"({inner})"


class TensorPage(QWidget):
    """Rank, shape and dtype; the slice field with the lesson's examples; grid and pixel views."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tensors: dict[str, np.ndarray] = {}
        self.selection: Selection | None = None
        self._image_index = 0  # the grid image whose pixels are shown
        self.heading = QLabel(self.tr("L4.2  Tensors: rank, shape and dtype"))
        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setWordWrap(True)
        self.field = QLineEdit("train_images[4]")
        self.field.setObjectName("SliceField")
        self.field.setPlaceholderText(self.tr("an index expression, e.g. train_images[10:100] or [:, 7:-7, 7:-7]"))
        self.field.setClearButtonEnabled(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B00020; font-weight: bold;")
        self.result = QLabel()
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setWordWrap(True)
        self.examples_title = QLabel(self.tr("The lesson's examples (one click each):"))
        self.example_buttons: dict[str, QPushButton] = {}
        examples = QGridLayout()
        examples.setSpacing(6)
        lesson = [e for e in LESSON_SLICES if e.from_lesson]
        extra = [e for e in LESSON_SLICES if not e.from_lesson]
        for index, example in enumerate(lesson + extra):
            button = QPushButton(example.text)
            button.setObjectName("SliceExample")
            # narrow windows clip the text rather than widen the window (the tooltip shows it whole)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(90)
            button.setToolTip(example.text + " — " + (self.tr("The lesson's slice") if example.from_lesson
                                                      else self.tr("Try also: a negative index or a step")))
            if not example.from_lesson:
                button.setStyleSheet("color: #555;")
            button.clicked.connect(lambda _checked=False, text=example.text: self.set_text(text))
            examples.addWidget(button, *divmod(index, EXAMPLE_COLUMNS))
            self.example_buttons[example.text] = button

        self.grid = ImageGrid()
        self.grid.placeholder = self.tr("The selected images appear here.")
        self.grid.imageClicked.connect(self.show_image)
        self.grid_title = QLabel()
        self.grid_title.setWordWrap(True)
        self.pixels = PixelImage()
        self.pixels.placeholder = self.tr("Load the MNIST files to see the images.")
        self.pixels.pixelHovered.connect(self._show_pixel)
        self.image_title = QLabel()
        self.image_title.setWordWrap(True)
        self.readout = QLabel(self.tr("Point at a pixel to read its value."))
        self.readout.setObjectName("PixelReadout")
        self.readout.setWordWrap(True)

        grid_scroll = QScrollArea()
        grid_scroll.setWidgetResizable(True)
        grid_scroll.setWidget(self.grid)
        left = self.grid_pane = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.grid_title)
        left_layout.addWidget(grid_scroll, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.image_title)
        right_layout.addWidget(self.pixels, 1)
        right_layout.addWidget(self.readout)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        field_row = QHBoxLayout()
        self.field_label = QLabel(self.tr("Slice:"))
        field_row.addWidget(self.field_label)
        field_row.addWidget(self.field, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.info)
        layout.addLayout(field_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.examples_title)
        layout.addLayout(examples)
        layout.addWidget(self.result)
        layout.addWidget(self.splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.apply)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self._apply_fonts()
        self.apply()

    # ---- inputs ---------------------------------------------------------------------------------

    def set_tensors(self, tensors: dict[str, np.ndarray]) -> None:
        """The four arrays of `core.tensor_slices.lesson_tensors`."""
        self.tensors = dict(tensors)
        self.apply()

    def set_text(self, text: str) -> None:
        """Put an index expression in the field and show it at once."""
        self.field.setText(text)
        self.apply()

    # ---- the model -> the view ------------------------------------------------------------------

    def apply(self) -> None:
        """Check the field's text, select, and show the result (or say what is wrong and where)."""
        self._timer.stop()
        self._show_info()
        text = self.field.text()
        try:
            program = parse_slice(text)
            selection = select(program, self.tensors) if self.tensors else None
        except SliceError as error:
            self.problem.setText(self.error_text(error))
            self.problem.show()
            self.result.setStyleSheet("color: #9e9e9e;")  # what is shown is the last valid selection
            return
        self.result.setStyleSheet("")
        self.problem.hide()
        self.problem.clear()
        if selection is None:
            self.selection = None
            self.result.setText(self.tr("No data yet: load the MNIST files above."))
            self.grid.set_images(np.zeros((0, 28, 28), np.uint8), [])
            self.grid_title.clear()
            self.pixels.set_pixels(None)
            self.image_title.clear()
            return
        self.selection = selection
        self._show_selection(selection)

    def _show_info(self) -> None:
        if not self.tensors:
            self.info.setText(self.tr("No MNIST data loaded yet."))
            return
        parts = []
        for name in ("train_images", "test_images", "train_labels", "test_labels"):
            info = tensor_info(self.tensors[name])
            parts.append(self.tr("<b>{name}</b>: rank (ndim) {rank} · shape {shape} · dtype {dtype}").format(
                name=name, rank=info.rank, shape=shape_text(info.shape), dtype=info.dtype))
        self.info.setText("<br>".join(" &nbsp; &nbsp; ".join(parts[i:i + 2]) for i in (0, 2)))

    def _show_selection(self, selection: Selection) -> None:
        self.readout.setText(self.tr("Point at a pixel to read its value."))
        info = selection.info
        kind = selection.kind
        described = {
            "images": lambda: self.tr("{count:,} images of {height} × {width} pixels").format(
                count=info.shape[0], height=info.shape[1], width=info.shape[2]),
            "image": lambda: self.tr("one image (a matrix of pixels)"),
            "matrix": lambda: self.tr("a matrix: one row or column of pixels from each of several images"),
            "vector": lambda: self.tr("a vector of {count:,} numbers").format(count=info.shape[0]),
            "scalar": lambda: self.tr("a single number (a scalar): {value}").format(value=int(selection.array)),
        }[kind]()
        self.result.setText(self.tr("→ shape <b>{shape}</b> · rank {rank} · dtype {dtype} — {what}").format(
            shape=shape_text(info.shape), rank=info.rank, dtype=info.dtype, what=described))
        images_tensor = selection.name.endswith("_images")
        self.grid_pane.setVisible(kind == "images" or not images_tensor or kind == "scalar")
        self.pixels.show_values = kind != "images"
        if kind == "images":
            samples = selection.image_samples()
            labels = self.tensors[selection.name.replace("_images", "_labels")]
            captions = [self.tr("#{sample}: {label}").format(sample=s, label=int(labels[s])) if s >= 0 else ""
                        for s in samples[:MAX_GRID_IMAGES]]
            self.grid.set_images(selection.array, captions)
            shown = min(info.shape[0], MAX_GRID_IMAGES)
            self.grid_title.setText(self.tr("The first {shown} of {count:,} selected images (sample number: label); "
                                            "click one to see its pixels").format(shown=shown, count=info.shape[0]))
            self.show_image(0)
            return
        self.grid.set_images(np.zeros((0, 28, 28), np.uint8), [])
        self.grid_title.clear()
        if not images_tensor:  # labels: numbers, not pictures
            self.grid.placeholder = self.tr("Labels are numbers, not images: {values}").format(
                values=self._values_text(selection.array))
            self.pixels.set_pixels(None)
            self.image_title.clear()
        elif kind == "scalar":
            self.grid.placeholder = self.tr("One pixel: its value is {value} (0 is white, 255 black).").format(
                value=int(selection.array))
            self.pixels.set_pixels(None)
            self.image_title.clear()
        else:
            self.grid.placeholder = self.tr("The selection is not a stack of images; its pixels are on the right.")
            pixels = selection.array[None, :] if kind == "vector" else selection.array[:MAX_MATRIX_ROWS]
            self.pixels.set_pixels(pixels)
            self.image_title.setText(self._pixels_title(selection))
        self.grid.update()

    def _pixels_title(self, selection: Selection) -> str:
        rows = selection.info.shape[0]
        if selection.kind == "image":
            sample = int(selection.samples.flat[0])
            label = int(self.tensors[selection.name.replace("_images", "_labels")][sample])
            return self.tr("{name}[{sample}] — its label is {label}").format(
                name=selection.name, sample=sample, label=label)
        if selection.kind == "matrix" and rows > MAX_MATRIX_ROWS:
            return self.tr("The first {shown} of {count:,} rows").format(shown=MAX_MATRIX_ROWS, count=rows)
        return ""

    @staticmethod
    def _values_text(array: np.ndarray) -> str:
        values = np.asarray(array).reshape(-1)
        text = " ".join(str(int(v)) for v in values[:40])
        return f"[{text}{' …' if values.size > 40 else ''}]"

    def show_image(self, index: int) -> None:
        """Show the pixels of the grid's `index`-th image (what a click on it does)."""
        selection = self.selection
        if selection is None or selection.kind != "images" or not 0 <= index < self.grid.count():
            return
        self.grid.current = index
        self.grid.update()
        self.pixels.set_pixels(selection.array[index])
        sample = int(selection.image_samples()[index])
        label = int(self.tensors[selection.name.replace("_images", "_labels")][sample])
        self.image_title.setText(self.tr("{name}[{sample}] — its label is {label}").format(
            name=selection.name, sample=sample, label=label))
        self._image_index = index

    def _show_pixel(self, row: int, col: int) -> None:
        selection = self.selection
        if row < 0 or selection is None or self.pixels.pixels is None:
            self.readout.setText(self.tr("Point at a pixel to read its value."))
            return
        value = int(self.pixels.pixels[row, col])
        origin = self._origin(row, col)
        if origin is None:
            self.readout.setText(self.tr("row {row}, column {col}: {value}").format(row=row, col=col, value=value))
            return
        sample, source_row, source_col = origin
        self.readout.setText(self.tr(
            "row {row}, column {col}: {value}   ({name}[{sample}, {source_row}, {source_col}])").format(
            row=row, col=col, value=value, name=selection.name, sample=sample,
            source_row=source_row, source_col=source_col))

    def _origin(self, row: int, col: int) -> tuple[int, int, int] | None:
        """Where a shown pixel sits in the full tensor (sample, row, column)."""
        selection = self.selection
        if selection is None or selection.rows is None:
            return None
        if selection.kind == "images":
            index = self._image_index
            grids = (selection.samples[index], selection.rows[index], selection.cols[index])
        elif selection.kind == "vector":
            grids = tuple(g[None, :] for g in (selection.samples, selection.rows, selection.cols))
        else:
            grids = (selection.samples, selection.rows, selection.cols)
        return tuple(int(g[row, col]) for g in grids)

    def error_text(self, error: SliceError) -> str:
        """The error in the interface language, with where it is."""
        p = error.params
        texts = {
            "empty": lambda: self.tr("type an index expression such as train_images[10:100]"),
            "not_indexing": lambda: self.tr(
                "only indexing is allowed here, e.g. train_images[10:100] or [:, 7:-7, 7:-7]"),
            "unknown_tensor": lambda: self.tr("unknown tensor `{name}`; use one of {known}").format(
                name=p["name"], known=", ".join(p["known"])),
            "too_many_indices": lambda: self.tr("too many indices: {count} for a tensor of rank {rank}").format(
                count=p["count"], rank=p["rank"]),
            "index_out_of_range": lambda: self.tr(
                "index {index} is out of range for axis {axis} of size {size}").format(
                index=p["index"], axis=p["axis"], size=f"{p['size']:,}"),
            "syntax": lambda: p["reason"],
        }
        message = texts[error.kind]()
        if error.col is None:
            return message
        return self.tr("column {col}: {message}").format(col=error.col, message=message)

    # ---- fonts ----------------------------------------------------------------------------------

    def _apply_fonts(self) -> None:
        base = self.font()
        self.heading.setFont(scaled(base, 1.6, bold=True))
        self.info.setFont(scaled(base, 1.15, mono=False))
        self.field.setFont(scaled(base, 1.5, mono=True))
        self.field_label.setFont(scaled(base, 1.3, bold=True))
        self.problem.setFont(scaled(base, 1.15))
        self.result.setFont(scaled(base, 1.35))
        self.examples_title.setFont(scaled(base, 1.1))
        for button in self.example_buttons.values():
            button.setFont(scaled(base, 1.0, mono=True))
        for label in (self.grid_title, self.image_title, self.readout):
            label.setFont(scaled(base, 1.15))
        self.readout.setFont(scaled(base, 1.2, mono=True))
        self.grid.setFont(scaled(base, 0.95))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_fonts()
