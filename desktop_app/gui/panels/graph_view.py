"""The computation graph of the loss, with the forward value and the gradient on every node.

The idea of micrograd's ``draw_dot``, drawn with a QGraphicsScene: inputs on the left, the loss
on the right, one box per sub-expression showing what it computes, its value and the gradient
of the loss with respect to it. Tensors show their shape and a few numbers.

``GraphView(parent=None)``

Slots / methods
    ``show_graph(graph_dict)``  a ``core.graph.Graph.to_dict()``; when only the numbers changed
                                (the next step of a run) the boxes are updated in place, so the
                                picture does not jump.
    ``show_point(expression, init, data, dtype="float32")``  build the graph with
                                ``core.graph.build_graph`` and show it (errors are shown in words).
    ``set_point(spec, point)``  a ``RunSpec`` (or its dict) and a record's parameter columns:
                                that step's graph.
    ``clear()``                 empty the view (shows a hint instead).
    ``fit()``                   fit the graph in the view (also the "Fit" button).
    ``zoom(factor)``            zoom around the centre; the mouse wheel and the +/− buttons use it.
The user pans by dragging. ``node_items`` maps node id -> ``NodeItem`` (for tests and hover).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.panels.fonts import scaled
from desktop_app.gui.panels.formatting import tensor_text
from desktop_app.gui.panels.run_point import params_at, spec_fields

#: Node text relative to the window's font (15 pt on a 9 pt desktop).
NODE_FONT_FACTOR = 1.65
LAYER_GAP = 60
ROW_GAP = 28
PADDING = 10
MAX_LABEL_CHARS = 36
MIN_FIT_SCALE, MAX_FIT_SCALE = 0.6, 1.25

OP_TEXT = {
    "add": "+", "sub": "−", "mul": "×", "div": "÷", "pow": "^", "matmul": "@", "neg": "−x",
    "T": "ᵀ", "index": "[ ]", "input": "", "const": "", "assign": "=",
}
FILL = {
    "parameter": QColor("#fde3ef"), "data": QColor("#e3f4e6"), "const": QColor("#eeeeee"),
    "op": QColor("#eaf1fc"), "output": QColor("#fff3c4"),
}
BORDER = {"parameter": QColor("#b0006a"), "data": QColor("#1b7f3b"), "const": QColor("#999999"),
          "op": QColor("#1f4fbf"), "output": QColor("#b38f00")}
GRAD_COLOUR = QColor("#c0392b")


def _kind(node: Mapping[str, Any], output: int) -> str:
    if node["id"] == output:
        return "output"
    if node["op"] == "input":
        return "parameter" if node["grad"] is not None else "data"
    return "const" if node["op"] == "const" else "op"


def layered_layout(nodes: Sequence[Mapping[str, Any]]) -> dict[int, tuple[int, int]]:
    """Node id -> (layer, row). Results sit one layer right of their latest operand; leaves
    (inputs, constants) sit just left of their first consumer; rows follow the operands'."""
    by_id = {n["id"]: n for n in nodes}
    layer: dict[int, int] = {}
    for node in nodes:  # nodes come operands first
        layer[node["id"]] = 1 + max((layer[i] for i in node["inputs"]), default=-1)
    consumers: dict[int, list[int]] = {n["id"]: [] for n in nodes}
    for node in nodes:
        for i in node["inputs"]:
            consumers[i].append(node["id"])
    for node in nodes:
        if not node["inputs"] and consumers[node["id"]]:
            layer[node["id"]] = min(layer[c] for c in consumers[node["id"]]) - 1
    shift = -min(layer.values(), default=0)
    layers: dict[int, list[int]] = {}
    for node_id in by_id:
        layers.setdefault(layer[node_id] + shift, []).append(node_id)
    row: dict[int, float] = {}
    for depth in sorted(layers):
        members = layers[depth]

        def key(node_id: int) -> float:
            linked = [row[i] for i in by_id[node_id]["inputs"] if i in row]
            return sum(linked) / len(linked) if linked else node_id
        members.sort(key=key)
        for index, node_id in enumerate(members):
            row[node_id] = index
    for depth in sorted(layers, reverse=True):  # leaves line up with their consumers
        members = layers[depth]

        def key(node_id: int) -> float:
            linked = [row[c] for c in consumers[node_id]]
            return min(linked) if linked and not by_id[node_id]["inputs"] else row[node_id]
        members.sort(key=key)
        for index, node_id in enumerate(members):
            row[node_id] = index
    return {node_id: (layer[node_id] + shift, int(row[node_id])) for node_id in by_id}


def _worded(node: Mapping[str, Any], graph: Mapping[str, Any]) -> Mapping[str, Any]:
    """The extra sum node of a non-scalar loss labelled in the interface language (the core's
    label is English)."""
    if not graph.get("summed") or node["id"] != graph["output"] or not node["inputs"]:
        return node
    loss = next(n["label"] for n in graph["nodes"] if n["id"] == node["inputs"][0])
    label = QCoreApplication.translate("GraphView", "sum of {loss} (the loss is not a scalar)").format(loss=loss)
    return dict(node, label=label)


class NodeItem(QGraphicsRectItem):
    """One box: what the node computes, its value and its gradient."""

    def __init__(self, node: Mapping[str, Any], kind: str, font: QFont) -> None:
        super().__init__()
        self.kind = kind
        self.setBrush(QBrush(FILL[kind]))
        self.setPen(QPen(BORDER[kind], 3 if kind == "output" else 1.5))
        self.title = QGraphicsSimpleTextItem(self)
        bold = QFont(font)
        bold.setBold(True)
        self.title.setFont(bold)
        self.value = QGraphicsSimpleTextItem(self)
        self.value.setFont(font)
        self.grad = QGraphicsSimpleTextItem(self)
        self.grad.setFont(font)
        self.grad.setBrush(QBrush(GRAD_COLOUR))
        self.update_node(node)

    def update_node(self, node: Mapping[str, Any]) -> None:
        label = node["label"]
        short = label if len(label) <= MAX_LABEL_CHARS else label[:MAX_LABEL_CHARS - 1] + "…"
        symbol = OP_TEXT.get(node["op"], node["op"])
        self.title.setText(f"{symbol}  {short}" if symbol and symbol != short else short)
        # A graphics item is no QObject: translate in the view's context.
        value, grad = (QCoreApplication.translate("GraphView", "value"),
                       QCoreApplication.translate("GraphView", "grad "))
        self.value.setText(f"{value} {tensor_text(node['value'], node['shape'])}")
        self.grad.setText(f"{grad} {tensor_text(node['grad'], node['shape'])}")
        tip = QCoreApplication.translate("GraphView", "{op}: {label}\nline {line}, col {col}")
        self.setToolTip(tip.format(op=node["op"], label=label, line=node["line"], col=node["col"]))
        self._layout()

    def _layout(self) -> None:
        y = PADDING
        width = 0.0
        for text in (self.title, self.value, self.grad):
            text.setPos(PADDING, y)
            rect = text.boundingRect()
            y += rect.height() + 2
            width = max(width, rect.width())
        self.setRect(0, 0, width + 2 * PADDING, y + PADDING - 2)

    def left(self) -> QPointF:
        return self.mapToScene(QPointF(0, self.rect().height() / 2))

    def right(self) -> QPointF:
        return self.mapToScene(QPointF(self.rect().width(), self.rect().height() / 2))


class _ZoomView(QGraphicsView):
    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt override)
        factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
        self.scale(factor, factor)


class GraphView(QWidget):
    """Computation graph with forward values and gradients, zoomable and pannable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = QGraphicsScene(self)
        self.view = _ZoomView(self.scene, self)
        self.view.setRenderHints(QPainter.RenderHint.Antialiasing
                                 | QPainter.RenderHint.TextAntialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        # A canvas panned by dragging and zoomed by the wheel or the buttons: no scroll bars to
        # take room from a narrow pane (Fit, or the pane filling the window, shows it whole).
        for policy in (self.view.setHorizontalScrollBarPolicy, self.view.setVerticalScrollBarPolicy):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setToolTip(self.tr("Drag to move the graph; the wheel zooms"))
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.font_ = scaled(self.font(), NODE_FONT_FACTOR, mono=True)
        self.node_items: dict[int, NodeItem] = {}
        self._structure: tuple | None = None
        self._graph: Mapping[str, Any] | None = None

        self.legend = QLabel(self.tr(
            "<span style='color:#b0006a'>■&nbsp;parameter</span> &nbsp; "
            "<span style='color:#1b7f3b'>■&nbsp;data</span> &nbsp; "
            "<span style='color:#b38f00'>■&nbsp;loss</span> &nbsp; "
            "<span style='color:#c0392b'>grad</span>&nbsp;=&nbsp;∂loss/∂node"))
        self.legend.setFont(scaled(self.font(), 1.2))
        self.legend.setWordWrap(True)  # the view lives in the window's narrow side dock
        buttons = QHBoxLayout()
        buttons.addWidget(self.legend, 1)
        for text, tip, slot in (("−", self.tr("Zoom out"), lambda: self.zoom(1 / 1.25)),
                                ("+", self.tr("Zoom in"), lambda: self.zoom(1.25)),
                                (self.tr("Fit"), self.tr("Fit the whole graph in view"),
                                 self.fit)):
            button = QPushButton(text)
            button.setMaximumWidth(button.fontMetrics().horizontalAdvance(text) + 36)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self._buttons = buttons
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.clear()

    def add_tool(self, widget: QWidget) -> None:
        """A button of the window's beside Fit (the graph filling the window)."""
        self._buttons.addWidget(widget)

    @Slot()
    def clear(self, message: str = "") -> None:
        self.scene.clear()
        self.node_items, self._structure, self._graph = {}, None, None
        hint = QGraphicsTextItem(message or
                                 self.tr("Evaluate or step the loss to see its computation graph."))
        hint.setFont(scaled(self.font(), NODE_FONT_FACTOR))
        hint.setDefaultTextColor(QColor("#c0392b" if message else "#777777"))
        hint.setTextWidth(600)
        self.scene.addItem(hint)
        self.scene.setSceneRect(hint.boundingRect())

    def show_point(self, expression: str, init: Mapping[str, Any], data: Mapping[str, Any],
                   dtype: str = "float32") -> None:
        """Evaluate once at ``init`` (arrays by name) and draw the graph."""
        from desktop_app.core.graph import build_graph  # imports torch: not at startup

        try:
            graph = build_graph(expression, init, data, dtype=dtype)
        except (ValueError, RuntimeError, ArithmeticError, TypeError) as err:
            self.clear(self.tr("Cannot draw the graph: {error}").format(error=err))
            return
        self.show_graph(graph.to_dict())

    def set_point(self, spec: Any, point: Mapping[str, float]) -> None:
        """The graph at a recorded step of a run (its ``RunSpec`` or dict of fields)."""
        f = spec_fields(spec)
        self.show_point(f["expression"], params_at(f["init"], point), f.get("data") or {},
                        f.get("dtype", "float32"))

    @Slot(object)
    def show_graph(self, graph: Mapping[str, Any]) -> None:
        """Draw ``core.graph.Graph.to_dict()``; update numbers in place when only they changed."""
        self._graph = graph
        nodes = [_worded(node, graph) for node in graph["nodes"]]
        structure = (graph["output"], tuple((n["id"], n["op"], n["label"], tuple(n["inputs"]))
                                            for n in nodes))
        if structure == self._structure:
            for node in nodes:
                self.node_items[node["id"]].update_node(node)
            return
        self.scene.clear()
        self.node_items = {}
        self._structure = structure
        positions = layered_layout(nodes)
        for node in nodes:
            item = NodeItem(node, _kind(node, graph["output"]), self.font_)
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
            self.scene.addItem(item)
            self.node_items[node["id"]] = item
        self._place(positions)
        for node in nodes:
            for source in node["inputs"]:
                self._edge(self.node_items[source], self.node_items[node["id"]])
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        self.fit()

    def _place(self, positions: Mapping[int, tuple[int, int]]) -> None:
        widths: dict[int, float] = {}
        for node_id, (layer, _) in positions.items():
            widths[layer] = max(widths.get(layer, 0.0), self.node_items[node_id].rect().width())
        x_of, x = {}, 0.0
        for layer in sorted(widths):
            x_of[layer] = x
            x += widths[layer] + LAYER_GAP
        heights: dict[int, float] = {}
        columns: dict[int, list[tuple[int, int]]] = {}
        for node_id, (layer, row) in positions.items():
            columns.setdefault(layer, []).append((row, node_id))
        for layer, members in columns.items():
            heights[layer] = sum(self.node_items[i].rect().height() + ROW_GAP for _, i in members)
        tallest = max(heights.values(), default=0.0)
        for layer, members in columns.items():
            y = (tallest - heights[layer]) / 2
            for _, node_id in sorted(members):
                item = self.node_items[node_id]
                item.setPos(x_of[layer] + (widths[layer] - item.rect().width()) / 2, y)
                y += item.rect().height() + ROW_GAP

    def _edge(self, source: NodeItem, target: NodeItem) -> None:
        start, end = source.right(), target.left()
        bend = max(30.0, (end.x() - start.x()) / 2)
        path = QPainterPath(start)
        path.cubicTo(start + QPointF(bend, 0), end - QPointF(bend, 0), end)
        head = QPainterPath(end)
        head.lineTo(end + QPointF(-12, -6))
        head.lineTo(end + QPointF(-12, 6))
        head.closeSubpath()
        pen = QPen(QColor("#666666"), 2)
        edge = QGraphicsPathItem(path)
        edge.setPen(pen)
        edge.setZValue(-1)
        arrow = QGraphicsPathItem(head)
        arrow.setPen(pen)
        arrow.setBrush(QBrush(QColor("#666666")))
        self.scene.addItem(edge)
        self.scene.addItem(arrow)

    @Slot()
    def fit(self) -> None:
        """Show the whole graph, but never so small that a projector makes it unreadable."""
        rect: QRectF = self.scene.sceneRect()
        if rect.isEmpty():
            return
        self.view.resetTransform()
        viewport = self.view.viewport().rect()
        scale = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        scale = min(max(scale, MIN_FIT_SCALE), MAX_FIT_SCALE)
        self.view.scale(scale, scale)
        # Too wide to fit at a readable size: start where reading starts, at the inputs.
        visible_width = viewport.width() / scale
        x = rect.center().x() if visible_width >= rect.width() else rect.left() + visible_width / 2
        self.view.centerOn(QPointF(x, rect.center().y()))

    def zoom(self, factor: float) -> None:
        self.view.scale(factor, factor)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Presentation mode enlarges the window's font: redraw the boxes to match."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.font_ = scaled(self.font(), NODE_FONT_FACTOR, mono=True)
            self.legend.setFont(scaled(self.font(), 1.2))
            if self._graph is not None:
                graph, self._structure = self._graph, None
                self.show_graph(graph)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self._structure is not None:
            self.fit()
