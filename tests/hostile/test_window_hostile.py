"""The window opens hostile sessions and imports hostile CSVs while a 50 ms heartbeat timer on
the GUI thread proves that the thread never goes 200 ms without returning to its event loop,
working or waiting (issue 14; the time it queued for a core is left out: tests.hostile.heartbeat).

Why a retry as well: a real stall (the GUI thread inside json.loads, or waiting for a FIFO)
happens on every try; a neighbour's burst does not. So the sequence runs up to three times and
must be steady once, and every try must still give the right messages and change nothing.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from desktop_app.core import limits
from desktop_app.core.sessions import SavedRun, Session, save_session
from tests.gui.conftest import make_window  # noqa: F401 - the window fixture, shared with the GUI tests
from tests.hostile.heartbeat import Gap, Heartbeat

ATTEMPTS = 3


def steady(qtbot, sequence: Callable[[], None]) -> list[Gap]:
    """Run `sequence` under a heartbeat until one try has not stalled (tests.hostile.heartbeat)."""
    gaps = []
    for _ in range(ATTEMPTS):
        with Heartbeat() as heart:
            sequence()
            qtbot.wait(100)  # a beat after the last step
        gaps.append(heart.longest())
        if not gaps[-1].stalled:
            return gaps
    pytest.fail(f"the GUI thread stalled: longest gaps between 50 ms beats {[str(g) for g in gaps]}")


HEAD = '{"format": "gradient-lab-session", "version": 1'
ROWS = ', "runs": [{"columns": ["step", "loss", "lr"], "rows": %s%s}]}'


def hostile_sessions(folder: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, a piece of the expected message)."""
    folder.mkdir()
    files = {
        "not-json": ("this is { not json", "not valid JSON"),
        "deep": ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        "step-10**30": (HEAD + ROWS % (f"[[{10**30}, 1, 0.1]]", ""), "bad step number"),
        "value-10**400": (HEAD + ROWS % (f"[[0, {10**400}, 0.1]]", ""), "out of range"),
        "5000-digits": (HEAD + ROWS % ("[[0, " + "9" * 5000 + ", 0.1]]", ""), "too many digits"),
        "final-big": (HEAD + ROWS % ("[[0, 1, 0.1]]", ', "final": {"loss": "big"}'), "final loss"),
        "final-10**400": (HEAD + ROWS % ("[[0, 1, 0.1]]", f', "final": {{"loss": {10**400}}}'), "final loss"),
        "surrogate": (HEAD + ROWS % ("[[0, 1, 0.1]]", ', "label": "\\ud800"'), "not valid text"),
        "steps-huge": (HEAD + f', "optimizer": {{"steps": {10**30}}}}}', "whole number"),
        "many-rows": (HEAD + ROWS % ("[" + ", ".join(["[0, 1, 0.1]"] * 100_001) + "]", ""), "too many rows"),
    }
    out = {}
    for name, (text, expected) in files.items():
        path = folder / f"{name}.gradlab.json"
        path.write_text(text, encoding="utf-8")
        out[name] = (path, expected)
    os.mkfifo(folder / "fifo.gradlab.json")
    out["fifo"] = (folder / "fifo.gradlab.json", "FIFO")
    (folder / "zero.gradlab.json").symlink_to("/dev/zero")
    out["dev-zero"] = (folder / "zero.gradlab.json", "device")
    with open(folder / "sparse.gradlab.json", "wb") as handle:
        handle.truncate(limits.MAX_SESSION_BYTES + 1)
    out["sparse-65-mb"] = (folder / "sparse.gradlab.json", "too large")
    (folder / "folder.gradlab.json").mkdir()
    out["folder"] = (folder / "folder.gradlab.json", "folder")
    return out


def hostile_csvs(folder: Path) -> dict[str, tuple[Path, str]]:
    folder.mkdir()
    files = {
        "ten-million-rows": (b"x\n" + b"1\n" * 10_000_000, "more than 1,000,000 rows"),
        "field-200k": (b"x\n" + b"1" * 200_000 + b"\n", "line 2"),
        "not-utf8": (b"x\n1\n\xff\n", "not UTF-8"),
        "code": (b"x\n__import__('os').system('echo hacked')\n", "not a number"),
        "ragged": (b"x,y\n1,2\n3\n", "line 3"),
    }
    out = {}
    for name, (content, expected) in files.items():
        path = folder / f"{name}.csv"
        path.write_bytes(content)
        out[name] = (path, expected)
    os.mkfifo(folder / "fifo.csv")
    out["fifo"] = (folder / "fifo.csv", "FIFO")
    (folder / "zero.csv").symlink_to("/dev/zero")
    out["dev-zero"] = (folder / "zero.csv", "device")
    return out


def big_session(path: Path, runs: int = 12, rows: int = 100_000) -> Path:
    """A valid session of the issue's size (12 runs of 100k rows, about 55 MB)."""
    dtype = np.dtype([("step", np.int64), ("loss", np.float64), ("lr", np.float64), ("x", np.float64),
                      ("grad_x", np.float64)])
    saved = []
    for i in range(runs):
        records = np.zeros(rows, dtype=dtype)
        records["step"] = np.arange(rows)
        records["x"] = np.linspace(3, 0, rows).round(5)
        records["grad_x"] = (2 * records["x"]).round(5)
        records["loss"] = (records["x"] ** 2).round(6)
        records["lr"] = 0.01 * (i + 1)
        saved.append(SavedRun(label=f"lr={0.01 * (i + 1):g}", color="#0072B2", status="finished", reason="",
                              visible=True, spec={"expression": "x**2", "steps": rows, "init": {"x": 3.0}},
                              records=records, final={"loss": float(records["loss"][-1]), "x": 0.0}))
    session = Session(expression="x**2", variables={"x": {"role": "parameter", "text": "3", "trained": True}},
                      optimizer={"optimizer": "gd", "hyper": {"lr": 0.01}, "steps": rows}, runs=saved)
    save_session(session, path)
    return path


def test_hostile_sessions_are_refused_while_the_window_stays_live(make_window, qtbot, tmp_path):  # noqa: F811
    window = make_window()
    window.load_preset("l1-abs-descent")
    before = (window.editor.text(), len(window.runs))
    sessions = hostile_sessions(tmp_path / "sessions")

    def sequence() -> None:
        for name, (path, expected) in sessions.items():
            assert window.files.open_session(str(path)), name
            qtbot.waitUntil(lambda: not window.files.busy(), timeout=60_000)
            dialog = window.error_dialog
            assert dialog is not None and dialog.isVisible(), name
            text = dialog.text()
            assert expected in text and "\n" not in text.strip(), (name, text)
            dialog.accept()
            assert (window.editor.text(), len(window.runs)) == before, f"{name} changed the window"

    steady(qtbot, sequence)


def test_hostile_csvs_are_refused_while_the_window_stays_live(make_window, qtbot, tmp_path):  # noqa: F811
    window = make_window()
    window.load_preset("l1-linear-regression")
    table = window.variables
    before = table.values()
    csvs = hostile_csvs(tmp_path / "csv")

    def sequence() -> None:
        for name, (path, expected) in csvs.items():
            job = table.import_csv(path)
            qtbot.waitUntil(job.is_done, timeout=120_000)
            assert table.import_dialog is None, name
            assert expected in table.message.text(), (name, table.message.text())
            after = table.values()
            assert all(np.array_equal(before[1][k], after[1][k]) for k in before[1]), f"{name} changed the data"

    steady(qtbot, sequence)


def test_a_63_mb_session_is_read_and_written_while_the_window_stays_live(make_window, qtbot, tmp_path):  # noqa: F811
    """Reading, checking and writing run in jobs: the heartbeat is measured from the click to
    the moment the checked session reaches the window, and while the file is written. (Showing
    1.2 million points is the views' work: see the next test.)"""
    path = big_session(tmp_path / "big.gradlab.json")
    assert path.stat().st_size > 45 * 2**20
    window = make_window()
    shown_at: list[float] = []
    apply = window.apply_session

    def timed_apply(session) -> None:
        shown_at.append(time.perf_counter())
        apply(session)

    window.apply_session = timed_apply
    window.files.window = window

    def sequence() -> None:
        shown_at.clear()
        heart = Heartbeat()
        with heart:
            clicked = time.perf_counter()
            assert window.files.open_session(str(path))
            qtbot.waitUntil(lambda: not window.files.busy(), timeout=120_000)
            assert len(window.runs) == 12 and len(window.runs[11].buffer) == 100_000
            qtbot.waitUntil(lambda: len(window.board.landscape._marks) == 12, timeout=30_000)
            qtbot.wait(300)  # the plots add the runs over a few repaint ticks: done before the save
            asked = time.perf_counter()
            assert window.files.save_session_as(str(tmp_path / "again.gradlab.json"))
            snapshot_done = time.perf_counter()
            qtbot.waitUntil(lambda: not window.files.busy(), timeout=120_000)
            saved = time.perf_counter()
        reading = heart.longest(clicked, shown_at[0])
        writing = heart.longest(snapshot_done, saved)
        gaps.append((str(reading), str(writing), f"snapshot {snapshot_done - asked:.3f} s"))
        if reading.stalled or writing.stalled:
            raise AssertionError(f"stalled: reading {reading}, writing {writing}")

    gaps: list[tuple[str, str, str]] = []
    for _ in range(ATTEMPTS):
        try:
            sequence()
            break
        except AssertionError as error:
            if "stalled" not in str(error):
                raise
    else:
        pytest.fail(f"the GUI thread stalled (reading, writing, snapshot seconds): {gaps}")
    assert (tmp_path / "again.gradlab.json").stat().st_size > 45 * 2**20


def test_a_63_mb_session_is_shown_and_drawn_while_the_window_stays_live(make_window, qtbot, tmp_path):  # noqa: F811
    """After the read: showing the session (apply_session) and drawing its 1.2 million points
    never stalls the GUI thread: the curves are added over the repaint timer's budgeted ticks
    (the selection draws only the selected run's marks), the picture comes on its own timer, and
    the curves are drawn downsampled (a few points per pixel, not 100,000: 0.6-0.8 s per frame
    before) from the loaded arrays. The heartbeat is measured from the moment the checked
    session reaches the window until every view has settled; each try opens it in a new window."""
    path = big_session(tmp_path / "big.gradlab.json")

    def attempt() -> float:
        window = make_window()
        board = window.board
        shown_at: list[float] = []
        apply = window.apply_session
        window.apply_session = lambda session: shown_at.append(time.perf_counter()) or apply(session)
        heart = Heartbeat()
        with heart:
            assert window.files.open_session(str(path))
            qtbot.waitUntil(lambda: not window.files.busy(), timeout=120_000)
            qtbot.waitUntil(lambda: len([k for k in board.loss._items if k[1] == "loss"]) == 12, timeout=30_000)
            qtbot.waitUntil(lambda: len(board.landscape._marks) == 12 and window.views_settled(), timeout=30_000)
            qtbot.wait(300)  # the last repaints
            settled = time.perf_counter()
        for run in window.runs:
            curve = board.loss.item(run, "loss").curve
            assert len(run.buffer) == 100_000 and len(curve.xData) < 10_000, len(curve.xData)
        assert board.picture_kind() == "landscape"
        window.close()
        return heart.longest(shown_at[0], settled)

    gaps = []
    for _ in range(ATTEMPTS):
        gaps.append(attempt())
        if not gaps[-1].stalled:
            return
    pytest.fail(f"the GUI thread stalled while the session was shown: longest gaps {[str(g) for g in gaps]}")


def _no_error(window) -> None:
    dialog = getattr(window, "error_dialog", None)
    assert dialog is None or not dialog.isVisible(), dialog.text()


def test_the_largest_csv_import_is_saved_and_reopened(make_window, qtbot, tmp_path):  # noqa: F811
    """The importer's bound (limits.MAX_ELEMENTS numbers) and the session reader's agree: a
    session holding the largest CSV the importer accepts, with runs on it, saves and opens
    again with every number, the file under the reader's bound. Importing the columns and
    saving and reopening the session stay under the heartbeat: the views get the model's
    arrays, never Python lists of them (LessonModel.run_spec), and the table never writes out
    a column too long to show (before: 0.2-0.5 s gaps per view, 1.2 s for the import)."""
    rows = limits.MAX_ELEMENTS // 2
    x = np.round(np.linspace(0, 10, rows), 6)
    y = np.round(3 * x + 1 + np.sin(np.arange(rows)), 6)
    csv = tmp_path / "largest.csv"
    with open(csv, "w") as handle:
        handle.write("x,y\n")
        np.savetxt(handle, np.column_stack([x, y]), delimiter=",", fmt="%.6f")
    window = make_window()
    window.load_preset("l1-linear-regression")
    table = window.variables

    def importing() -> None:
        table.set_values({}, {"x": "1", "y": "1"})
        qtbot.waitUntil(table.import_csv(csv).is_done, timeout=120_000)
        assert table.import_dialog is not None, table.message.text()
        table.import_dialog.accept()
        qtbot.waitUntil(window.views_settled, timeout=60_000)

    steady(qtbot, importing)
    np.testing.assert_array_equal(table.values()[1]["x"], x)

    def one_step() -> None:
        """Starting a run on a million numbers (checked, bound to tensors, its first loss
        evaluated on the GUI thread) and drawing its first step stay under the heartbeat."""
        before = len(window.runs)
        window.step()
        qtbot.waitUntil(lambda: len(window.runs) == before + 1 and len(window.runs.latest().buffer) > 0,
                        timeout=60_000)
        window.controller.stop()
        qtbot.waitUntil(lambda: window.controller.state == "idle", timeout=60_000)
        qtbot.waitUntil(window.views_settled, timeout=60_000)

    steady(qtbot, one_step)
    steady(qtbot, one_step)  # two runs that use the data: the file holds it once
    saved = tmp_path / "largest.gradlab.json"

    def sequence() -> None:
        assert window.files.save_session_as(str(saved))
        qtbot.waitUntil(lambda: not window.files.busy(), timeout=120_000)
        _no_error(window)
        table.set_values({}, {"x": "1", "y": "1"})
        assert window.files.open_session(str(saved))
        qtbot.waitUntil(lambda: not window.files.busy(), timeout=120_000)
        qtbot.waitUntil(window.views_settled, timeout=60_000)
        _no_error(window)

    steady(qtbot, sequence)
    assert saved.stat().st_size < limits.MAX_SESSION_BYTES
    data = table.values()[1]
    np.testing.assert_array_equal(data["x"], x)
    np.testing.assert_array_equal(data["y"], y)
    assert len(window.runs) >= 1
    run_data = window.runs.latest().spec["data"]
    np.testing.assert_array_equal(np.asarray(run_data["x"]), x)


def test_a_column_too_long_to_show_is_never_written_out(monkeypatch):
    """The variables table asks for a value's text only when it can fit in a cell."""
    from desktop_app.gui.panels import variables_table

    written: list[int] = []
    text_of = variables_table.value_text
    monkeypatch.setattr(variables_table, "value_text", lambda array: written.append(np.size(array)) or text_of(array))
    limit = variables_table.MAX_SHOWN_CHARS
    assert variables_table._shown_text(np.zeros(limits.MAX_ELEMENTS // 2)) is None
    assert variables_table._shown_text(np.zeros((limit + 2) // 3 + 1)) is None
    assert written == []
    assert variables_table._shown_text(np.zeros(3)) == "0.0, 0.0, 0.0"
    assert variables_table._shown_text(np.ones((limit + 2) // 5)) is not None  # "1.0, " per number: it fits
    assert written == [3, (limit + 2) // 5]


def _closing_jobs(window) -> list:
    """The last-session save jobs started while `window` closes."""
    jobs: list = []
    save = window.files.save_last_session
    window.files.save_last_session = lambda wait=None: jobs.append(save(wait)) or jobs[-1]
    return jobs


def test_closing_with_a_63_mb_session_does_not_wait_for_its_save(make_window, qtbot, tmp_path, monkeypatch):  # noqa: F811
    """Closing writes the last session through a job, like Save As, and waits for it only
    LAST_SESSION_WAIT seconds; the file is complete before the program ends (the job's thread
    keeps it alive), and it opens again with every run."""
    from desktop_app.core.sessions import load_session
    from desktop_app.gui import file_actions

    path = big_session(tmp_path / "big.gradlab.json")
    state = tmp_path / "state"
    window = make_window(state_dir=state)
    assert window.files.open_session(str(path))
    qtbot.waitUntil(lambda: len(window.runs) == 12, timeout=120_000)
    monkeypatch.setattr(file_actions, "LAST_SESSION_WAIT", 0.05)
    jobs = _closing_jobs(window)
    window.close()
    (job,) = jobs
    assert not job.wait(0), "closing waited for the whole 63 MB save"
    assert job.wait(120)
    again = load_session(state / file_actions.LAST_SESSION_FILE)
    assert len(again.runs) == 12 and len(again.runs[11].records) == 100_000


def test_a_last_session_that_cannot_be_saved_is_logged_not_lost_silently(make_window, qtbot, tmp_path, caplog):  # noqa: F811
    import logging

    state = tmp_path / "state"
    state.write_text("a file where the state folder should be")
    window = make_window(state_dir=state)
    window.load_preset("l1-abs-descent")
    jobs = _closing_jobs(window)
    with caplog.at_level(logging.WARNING, logger="desktop_app.gui.file_actions"):
        window.close()  # must not raise
        (job,) = jobs
        assert job.wait(30)
    messages = [r.getMessage() for r in caplog.records if "last session was not saved" in r.getMessage()]
    assert len(messages) == 1 and str(state) in messages[0] and "\n" not in messages[0], caplog.text


#: Typed in the window: (loss, start values, data, a piece of the one-line problem, or None when
#: the loss is valid and the views must simply stay live while they work on it). The bounds on
#: a million typed numbers are cases_expression's (the command line); in the window a million
#: typed numbers are parsed once (about 10 ms) and reach the views as the model's array (each
#: view turned it into a Python list before: 0.1-0.2 s apiece).
TYPED = [
    ("a" * 3000 + " + w", {"w": "1"}, {}, "name too long"),
    ("w*" + "9" * 3900, {"w": "1"}, {}, "number too"),
    ("w*1e309", {"w": "1"}, {}, "number too large"),
    ("sin(" * 120 + "w" + ")" * 120, {"w": "1"}, {}, "nested too deeply"),
    ("w" + "**w" * 60, {"w": "1"}, {}, "power"),
    ("w*nan", {"w": "1", "nan": "2"}, {}, None),  # in the window a new name is a new variable
    ("w**2", {"w": "nan"}, {}, "nan"),
    ("exp(exp(exp(exp(exp(exp(w*0.001))))))", {"w": "0.5"}, {}, None),
    ("exp(exp(exp(exp(w))))", {"w": "3"}, {}, None),
    ("sum((u@v)*w*w*w*w)", {"w": "0.5"}, {"u": "ones(1000,1)", "v": "ones(1,1000)"}, None),
    ("sum(w*d)", {"w": "0.5"}, {"d": "ones(1000,1000)"}, None),
    ("sum(w*ones(1000,1000))", {"w": "0.5"}, {}, "not a known function"),  # data, not the loss, builds arrays
    ("log(w - w)", {"w": "1"}, {}, None),
]


def test_hostile_expressions_typed_in_the_window_stay_bounded(make_window, qtbot):  # noqa: F811
    window = make_window()
    window.load_preset("l1-abs-descent")

    def sequence() -> None:
        for text, init, data, expected in TYPED:
            window.editor.set_text(text)
            window.variables.set_values(init, data)
            qtbot.wait(700)  # the debounced checks, the picture and the derivative view
            problem = window.input_problem()
            label = text[:40]
            if expected is None:
                assert problem is None, (label, problem)
            else:
                assert problem is not None and expected in problem, (label, problem)
                assert "\n" not in problem and len(problem) < 300, (label, problem)
            assert len(window.runs) == 0, label

    steady(qtbot, sequence)
    window.editor.set_text("w**2")  # the window is still usable
    window.variables.set_values({"w": "3"}, {})
    qtbot.waitUntil(lambda: window.input_problem() is None, timeout=10_000)


def test_hostile_weights_files_are_refused_while_the_mnist_view_stays_live(qtbot, tmp_path, monkeypatch):
    """File → Load weights in the MNIST view: the file is read and checked in the worker; a bad
    one is one line in the status and changes nothing while the GUI thread stays live, and the
    widest network loads."""
    import pickle

    import torch

    from desktop_app.core.mnist.models import keras_mlp
    from desktop_app.core.mnist.weights import save_weights
    from desktop_app.gui.mnist import MnistView
    from tests.mnist_subset import subset_dir

    monkeypatch.setenv("GRADIENT_LAB_MNIST_DIR", str(subset_dir()))
    view = MnistView(cache_dir=tmp_path / "cache")
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitUntil(view.train_button.isEnabled, timeout=60_000)
    folder = tmp_path / "weights"
    folder.mkdir()
    (folder / "notes.pt").write_text("these are not weights\n" * 1000)
    os.mkfifo(folder / "fifo.pt")
    with open(folder / "sparse.pt", "wb") as handle:
        handle.truncate(limits.MAX_WEIGHTS_BYTES + 1)
    (folder / "folder.pt").mkdir()
    (folder / "evil.pt").write_bytes(pickle.dumps(print))
    torch.save({"layers.0.weight": torch.zeros(3)}, folder / "wrong.pt")
    save_weights(keras_mlp(limits.MAX_MNIST_HIDDEN), folder / "widest.pt")
    hostile = {"notes.pt": "torch.save", "fifo.pt": "FIFO", "sparse.pt": "too large", "folder.pt": "folder",
               "evil.pt": "load safely", "wrong.pt": "do not match"}

    def sequence() -> None:
        for name, expected in hostile.items():
            assert view.load_weights(folder / name), name
            qtbot.waitUntil(lambda: not view.is_busy(), timeout=60_000)
            status = view.status.text()
            assert expected in status and "\n" not in status and "Traceback" not in status, (name, status)
            assert view.predictions("keras") is None, name

    def widest() -> None:
        assert view.load_weights(folder / "widest.pt")
        qtbot.waitUntil(lambda: not view.is_busy(), timeout=120_000)
        assert view.predictions("keras") is not None, view.status.text()
        qtbot.wait(500)  # its pictures are drawn

    try:
        steady(qtbot, sequence)
        steady(qtbot, widest)  # the widest network loads too, its pictures drawn, under the heartbeat
    finally:
        view.shutdown()


def test_the_minimum_of_a_contour_map_is_searched_for_off_the_gui_thread(make_window, qtbot, monkeypatch):  # noqa: F811
    """Two parameters typed (`w*nan`, nan a name): the contour map is drawn at once and its
    minimum searched for in a job; the minimiser's first use imports torch's compiler support
    (5-7 s on the GUI thread before). The star follows when found, none for a loss without one."""
    import threading

    from desktop_app.core import minimum

    threads: list[str] = []
    search = minimum.find_minimum
    monkeypatch.setattr(minimum, "find_minimum",
                        lambda *a, **k: threads.append(threading.current_thread().name) or search(*a, **k))
    window = make_window()
    for loss, values, star in (("w*nan", {"w": "1", "nan": "2"}, None),
                               ("(a - 1)**2 + 3*(b + 2)**2", {"a": "-4", "b": "3"}, (1.0, -2.0))):
        window.editor.set_text(loss)
        window.editor.validate_now()
        qtbot.waitUntil(lambda values=values: set(window.variables.names()) == set(values), timeout=5_000)
        window.variables.set_values(values, {})
        qtbot.waitUntil(lambda: window.board.picture_kind() == "contour", timeout=10_000)
        qtbot.waitUntil(window.views_settled, timeout=60_000)
        shown = window.board.contour.minimum.getData()
        if star is None:
            assert len(shown[0]) == 0
        else:
            assert abs(shown[0][0] - star[0]) < 1e-4 and abs(shown[1][0] - star[1]) < 1e-4
    assert threads and threading.main_thread().name not in threads, threads
