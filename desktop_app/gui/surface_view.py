"""A 3-D surface of a two-parameter loss with each run's path on it, rotatable with the mouse.

Why OpenGL (pyqtgraph.opengl over PyOpenGL): a surface of 80 × 80 quads with paths updated at
30 Hz is what a GPU, or Mesa's software renderer, draws without effort, and the class can turn
the bowl to see why the path bends. Where OpenGL is missing (no PyOpenGL, no driver, a remote
desktop without GL) the view says so in one line and every other view works as before.

The surface is drawn in a unit box: parameters and loss are scaled to [−1, 1] so any range
turns around its centre. Heights and colours use the same compressed loss as the contour map
(log of the distance above the minimum), so valleys stay visible; NaN or inf points are not
drawn (transparent), the rest of the surface is.
"""

from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from desktop_app.core.plot_ranges import regions

log = logging.getLogger(__name__)

#: Where the colour scale turns logarithmic, as a fraction of the loss range (as the contour map).
SHADE_FRACTION = 0.002
#: Height of the path above the surface (in the unit box), so the surface does not hide it.
PATH_LIFT = 0.02
#: Paths are redrawn at most this often (ms) while a run streams.
REFRESH_MS = 33
#: Most points of a drawn path (a long run is thinned evenly; the 2-D views keep every point).
MAX_PATH_POINTS = 600


def _tr(text: str) -> str:
    return QCoreApplication.translate("SurfaceView", text)


def opengl_problem() -> str | None:
    """Why the 3-D view cannot be drawn here: no PyOpenGL, or no OpenGL context can be made
    (e.g. Qt's offscreen platform, a remote desktop without GL); None when it can."""
    from PySide6.QtGui import QOffscreenSurface, QOpenGLContext

    context = QOpenGLContext()
    if not context.create():
        return _tr("no OpenGL context can be created on this display")
    surface = QOffscreenSurface()
    surface.create()
    if not context.makeCurrent(surface):
        return _tr("no OpenGL context can be created on this display")
    context.doneCurrent()
    try:
        import OpenGL.GL  # noqa: F401
        import pyqtgraph.opengl  # noqa: F401
    except ImportError as error:
        return _tr("the 3-D view needs PyOpenGL ({error})").format(error=error)
    except Exception as error:  # PyOpenGL raises its own types when no GL library loads
        log.warning("no OpenGL library", exc_info=True)
        return _tr("OpenGL is not available here ({error})").format(error=error)
    return None


def shade(losses: np.ndarray) -> np.ndarray:
    """The loss compressed like a logarithm above its minimum, in [0, 1]; NaN where not finite."""
    finite = regions(losses).finite
    if not np.isfinite(finite).any():
        return finite
    low, high = np.nanmin(finite), np.nanmax(finite)
    compressed = np.log10(1.0 + (finite - low) / (SHADE_FRACTION * max(high - low, 1e-300)))
    top = np.nanmax(compressed)
    return compressed / top if top > 0 else np.zeros_like(compressed)


class SurfaceView(QWidget):
    """The loss surface over two parameters, each run's path on it, or why there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack = QStackedLayout(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack.addWidget(self.message)
        self.view = None
        self._surface = None
        self._paths: dict[object, tuple] = {}
        self._box: tuple[float, float, float, float] | None = None  # x centre, x half, y centre, y half
        self._grid: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self.columns: tuple[str, str] | None = None
        problem = opengl_problem()
        if problem is None:
            problem = self._make_view()
        self.problem = problem
        if problem:
            self.message.setText(_tr("No 3-D view: {problem}. The other views work as usual.").format(problem=problem))
        else:
            self.message.setText(_tr("The 3-D view needs two scalar parameters to train."))
        self._stack.setCurrentWidget(self.message)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._runs = None

    def _make_view(self) -> str | None:
        import pyqtgraph.opengl as gl

        try:
            self.view = gl.GLViewWidget()
        except Exception as error:  # a context that cannot be created: say so, keep the window
            log.warning("no OpenGL view", exc_info=True)
            return _tr("OpenGL is not available here ({error})").format(error=error)
        self.view.setBackgroundColor("w")
        self.view.setCameraPosition(distance=4.2, elevation=28, azimuth=-60)
        grid = gl.GLGridItem(color=(0, 0, 0, 60))
        grid.setSize(2, 2)
        grid.setSpacing(0.25, 0.25)
        grid.translate(0, 0, -1)
        self.view.addItem(grid)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view, 1)
        # Axis names as a caption, not GL text: text painted into the GL frame halves the frame
        # rate of a software renderer.
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self._page = page
        self._stack.addWidget(page)
        return None

    def apply_scale(self, scale: float) -> None:
        """The caption and the message at the window's scale (presentation mode)."""
        from desktop_app.gui.plots.style import readout_font

        for label in (self.message, getattr(self, "caption", None)):
            if label is not None:
                label.setFont(readout_font(scale))

    @property
    def available(self) -> bool:
        return self.view is not None

    # --- the surface -------------------------------------------------------------------------

    def set_surface(self, columns: tuple[str, str], xs: np.ndarray, ys: np.ndarray, losses: np.ndarray) -> None:
        """The loss on the grid xs × ys (losses[i, j] at xs[i], ys[j]), computed by the core."""
        if not self.available:
            return
        import pyqtgraph as pg
        import pyqtgraph.opengl as gl

        xs, ys, losses = (np.asarray(a, dtype=np.float64) for a in (xs, ys, losses))
        self.columns = columns
        self._grid = (xs, ys, losses)
        self._box = ((xs[0] + xs[-1]) / 2, max((xs[-1] - xs[0]) / 2, 1e-300),
                     (ys[0] + ys[-1]) / 2, max((ys[-1] - ys[0]) / 2, 1e-300))
        heights = self._heights = shade(losses)
        valid = np.isfinite(heights)
        z = np.where(valid, heights * 2 - 1, -1.0)
        colours = pg.colormap.get("viridis").map(np.where(valid, heights, 0.0).ravel(), mode="float")
        colours = np.asarray(colours, dtype=np.float32).reshape(-1, 4)  # one row per vertex
        colours[:, 3] = np.where(valid.ravel(), 1.0, 0.0)  # NaN/inf: not drawn
        if self._surface is not None:
            self.view.removeItem(self._surface)
        self._surface = gl.GLSurfacePlotItem(x=self._unit_x(xs), y=self._unit_y(ys), z=z, colors=colours,
                                             shader=None, smooth=False,
                                             glOptions="opaque" if valid.all() else "translucent")
        self.view.addItem(self._surface)
        finite = regions(losses).finite
        self.caption.setText(_tr(
            "{x} from {x0} to {x1} (→), {y} from {y0} to {y1} (↗), height: loss from {low} to {high} "
            "(compressed like a logarithm). Drag to turn, scroll to zoom.").format(
            x=columns[0], x0=f"{xs[0]:.4g}", x1=f"{xs[-1]:.4g}", y=columns[1], y0=f"{ys[0]:.4g}",
            y1=f"{ys[-1]:.4g}", low=f"{np.nanmin(finite):.4g}" if valid.any() else "—",
            high=f"{np.nanmax(finite):.4g}" if valid.any() else "—"))
        for key in list(self._paths):
            self.remove_path(key)
        self._stack.setCurrentWidget(self._page)

    def _unit_x(self, values: np.ndarray) -> np.ndarray:
        return (np.asarray(values, dtype=np.float64) - self._box[0]) / self._box[1]

    def _unit_y(self, values: np.ndarray) -> np.ndarray:
        return (np.asarray(values, dtype=np.float64) - self._box[2]) / self._box[3]

    def height_at(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Surface heights (unit box) under parameter points, read from the grid (nearest point)."""
        xs, ys, _ = self._grid
        heights = self._heights
        i = np.clip(np.searchsorted(xs, x), 0, len(xs) - 1)
        j = np.clip(np.searchsorted(ys, y), 0, len(ys) - 1)
        z = heights[i, j] * 2 - 1
        return np.where(np.isfinite(z), z, 1.0)

    # --- paths ------------------------------------------------------------------------------

    def set_path(self, key: object, xs: np.ndarray, ys: np.ndarray, color: str) -> None:
        """Draw (or update) the path `key` through the parameter points xs, ys on the surface."""
        if not self.available or self._grid is None or len(xs) == 0:
            return
        import pyqtgraph as pg
        import pyqtgraph.opengl as gl

        ux, uy = self._unit_x(xs), self._unit_y(ys)
        inside = np.isfinite(ux) & np.isfinite(uy) & (np.abs(ux) <= 1) & (np.abs(uy) <= 1)
        if not inside.any():
            self.remove_path(key)
            return
        ux, uy = ux[inside], uy[inside]
        if len(ux) > MAX_PATH_POINTS:  # a long run: evenly thinned, its last point kept
            keep = np.unique(np.linspace(0, len(ux) - 1, MAX_PATH_POINTS).round().astype(int))
            ux, uy = ux[keep], uy[keep]
            xs, ys = np.asarray(xs)[inside][keep], np.asarray(ys)[inside][keep]
        else:
            xs, ys = np.asarray(xs)[inside], np.asarray(ys)[inside]
        uz = self.height_at(xs, ys) + PATH_LIFT
        points = np.column_stack([ux, uy, uz])
        rgba = pg.mkColor(color).getRgbF()
        entry = self._paths.get(key)
        if entry is None:
            line = gl.GLLinePlotItem(pos=points, color=rgba, width=2, antialias=False, mode="line_strip")
            head = gl.GLScatterPlotItem(pos=points[-1:], color=rgba, size=14, pxMode=True)
            start = gl.GLScatterPlotItem(pos=points[:1], color=(1, 1, 1, 1), size=12, pxMode=True)
            for item in (line, start, head):
                item.setGLOptions("translucent")
                self.view.addItem(item)
            self._paths[key] = (line, start, head)
        else:
            line, start, head = entry
            line.setData(pos=points)
            start.setData(pos=points[:1])
            head.setData(pos=points[-1:])

    def remove_path(self, key: object) -> None:
        for item in self._paths.pop(key, ()):
            self.view.removeItem(item)

    def path_keys(self) -> tuple:
        return tuple(self._paths)

    # --- following runs ---------------------------------------------------------------------

    def follow(self, runs) -> None:
        """Draw every visible run of `runs` (the window's RunList: iterable, with a `removed`
        signal) and keep up with them at ~30 Hz."""
        self._runs = runs
        self._seen: dict[int, int] = {}
        runs.removed.connect(lambda run: self.remove_path(id(run)))
        self._timer.start()

    def refresh(self) -> None:
        if self._runs is None or self.columns is None or not self.available:
            return
        cx, cy = self.columns
        for run in self._runs:
            names = run.buffer.names
            if cx not in names or cy not in names or len(run.buffer) == 0:
                continue
            if not run.visible:
                self.remove_path(id(run))
                self._seen.pop(id(run), None)
                continue
            if self._seen.get(id(run)) == run.version:
                continue
            self._seen[id(run)] = run.version
            self.set_path(id(run), run.buffer.column(cx), run.buffer.column(cy), run.color)
