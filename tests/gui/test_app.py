"""Start-up, language and presentation: the window shows before torch loads, switches to Korean
keeping the session, and grows for a projector."""

from __future__ import annotations

import gc
import os
import re
import subprocess
import sys
import weakref

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


def test_window_shows_before_torch_is_imported(tmp_path):
    env = dict(os.environ, GRADIENT_LAB_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path), XDG_STATE_HOME=str(tmp_path))
    proc = subprocess.run([sys.executable, "-m", "desktop_app"], env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = [line.split() for line in proc.stdout.splitlines() if line.startswith("gradient-lab ")]
    assert [parts[1] for parts in lines] == ["shown", "ready"]
    assert lines[0][3:5] == ["torch=not-loaded", "pyqtgraph=not-loaded"]  # the start page needs neither
    assert float(lines[0][2]) <= float(lines[1][2])


def test_the_apps_window_paints_its_shell_first_and_builds_the_rest_once(qtbot, tmp_path):
    from desktop_app.gui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, "en", views_later=True)
    qtbot.addWidget(window)
    window.show()
    assert not window.views_built and not hasattr(window, "board")
    assert window.centre.tabText(0) == "Lessons" and window.menuBar().actions()
    assert not window.run_action.isEnabled() and window.status_state.text() == "loading PyTorch…"
    window.build_views()
    board = window.board
    window.build_views()
    assert window.views_built and window.board is board and window.side.count() >= 5
    window.start_loading()
    qtbot.waitUntil(lambda: window.ready, timeout=60_000)
    window.load_preset("l1-abs-descent")
    qtbot.waitUntil(window.run_action.isEnabled)
    window.close()


@pytest.fixture
def application(qtbot, tmp_path):
    """The app (gui.app.Application) in English, its window shown at projector size, torch loaded."""
    from desktop_app.gui import i18n
    from desktop_app.gui.app import Application

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "en")
    app = Application(QApplication.instance(), settings, state_dir=None)
    app.window.resize(1600, 900)
    app.show(restore_session=False)
    qtbot.waitUntil(lambda: app.window.ready, timeout=60_000)
    yield app
    app.window.close()
    gc.unfreeze()  # what the app froze belongs to this test only
    i18n.install_language("en")


def _switch(application, qtbot, code: str):
    """Choose `code` in View → Language as a user does; the new window once the lesson is in it."""
    old = application.window
    next(a for a in old.language_actions.actions() if a.data() == code).trigger()
    new = application.window
    assert new is not old and application.settings.value("language") == code
    qtbot.waitUntil(lambda: new.ready and application._outgoing is None, timeout=60_000)
    return new


def _numbers(text: str) -> list[str]:
    return re.findall(r"-?[\d,.]+(?:e[-+]\d+)?", text)


def test_switching_language_keeps_the_lesson_its_runs_and_the_selected_step(application, qtbot, shoot):
    from desktop_app.core.presets import get_preset

    english = application.window
    english.load_preset("l3-gradient-descent")
    qtbot.waitUntil(english.run_action.isEnabled)
    english.run()
    qtbot.waitUntil(lambda: english.controller.state == "idle" and len(english.runs) == 1
                    and english.runs[0].status == "finished", timeout=60_000)
    run = english.runs[0]
    english.adapter.replace(english.model.select(run.key, 40))  # a step picked on the timeline
    qtbot.waitUntil(english.views_settled)
    model, records = english.model, run.buffer.data.copy()
    timeline, row = english.timeline.label.text(), english.steps.current_row()

    korean = _switch(application, qtbot, "ko")
    assert korean.model == model  # loss, values, optimizer, runs, the selected step: all of it
    assert [r.key for r in korean.runs] == [run.key] and np.array_equal(korean.runs[0].buffer.data, records)
    assert korean.runs[0].status == "finished" and korean.run_action.text() == "실행"
    assert korean.steps.current_row() == row == 40
    assert sorted(_numbers(korean.timeline.label.text())) == sorted(_numbers(timeline))  # the step, in Korean
    assert korean.editor.text() == model.loss
    assert korean.windowTitle().endswith("L3.6 " + get_preset("l3-gradient-descent").title_ko)
    qtbot.waitUntil(korean.views_settled)
    assert korean.centre.currentWidget() is korean.plots_page and korean.board.picture_kind() == "landscape"
    xs, _ = korean.board.landscape.curve.getData()
    assert xs is not None and len(xs) > 10  # the loss curve is drawn
    korean.show_side(korean.derivative)
    qtbot.waitUntil(lambda: "←" in korean.derivative.update_label.text())  # the update rule, Korean notation
    korean.board.refresh_all()
    qtbot.wait(300)
    shoot(korean, "korean-window-after-switch")

    back = _switch(application, qtbot, "en")
    assert back.model == model and back.run_action.text() == "Run"
    assert np.array_equal(back.runs[0].buffer.data, records)


def test_a_running_run_goes_on_in_the_new_language(application, qtbot):
    english = application.window
    english.load_preset("l3-gradient-descent")
    qtbot.waitUntil(english.run_action.isEnabled)
    english.optimizer.speed.setValue(6)  # slow motion (0.05 s a step): still running at the switch
    english.run()
    qtbot.waitUntil(lambda: len(english.runs) == 1 and len(english.runs[0].buffer) >= 3, timeout=30_000)
    run = english.runs[0]

    korean = _switch(application, qtbot, "ko")
    assert korean.controller.state == "running" and korean.controller.active_runs == (run,)
    assert english.controller.state == "idle"  # handed over, not stopped
    shown = len(run.buffer)
    qtbot.waitUntil(lambda: len(run.buffer) > shown + 2, timeout=10_000)  # it goes on here
    korean.pause_action.trigger()
    assert korean.controller.state == "paused" and korean.pause_action.text() != "Pause"
    qtbot.wait(300)  # the steps already sent land
    paused_at = len(run.buffer)
    qtbot.wait(300)
    assert len(run.buffer) == paused_at  # paused there, not lost: it resumes below
    korean.optimizer.speed.setValue(korean.optimizer.speed.maximum())
    korean.run_action.trigger()  # resume
    qtbot.waitUntil(lambda: korean.controller.state == "idle", timeout=60_000)
    steps = run.buffer.column("step")
    assert run.status == "finished" and steps.tolist() == list(range(len(steps)))  # not a step lost
    assert korean.model.run(run.key) is not None and korean.status_state.text() != ""
    korean.run()
    qtbot.waitUntil(lambda: len(korean.runs) == 2, timeout=10_000)
    assert korean.runs[1].color != run.color  # the new window's first run takes a free colour


def test_the_ready_window_freezes_what_is_alive_and_a_switch_lets_the_old_window_go(application, qtbot):
    assert gc.get_freeze_count() > 100_000  # modules, torch, the window: a full collection skips them
    gone = weakref.ref(application.window.gallery)  # a Python object of the old window's (nothing else holds it)
    korean = _switch(application, qtbot, "ko")
    qtbot.waitUntil(lambda: gone() is None, timeout=10_000)  # thawed, deleted, collected
    assert gc.get_freeze_count() > 100_000 and korean.ready  # and frozen again


def test_the_undo_history_comes_along_worded_in_the_new_language(application, qtbot):
    english = application.window
    english.load_preset("l1-cube")
    qtbot.waitUntil(english.run_action.isEnabled)
    start = english.model.variable("x")
    english.variables.set_values({"x": "2"}, {})
    english.variables.set_values({"x": "3"}, {})
    english.undo_action.trigger()  # back to x = 2; x = 3 stays on the redo side
    assert english.model.variable("x").text == "2" and english.undo_action.text() == "Undo Set values"

    korean = _switch(application, qtbot, "ko")
    stack = korean.adapter.undo_stack
    assert (stack.count(), stack.index()) == (2, 1) and korean.model == english.model
    assert korean.undo_action.text() == "실행 취소 값 설정"  # the same step, in Korean words
    korean.undo_action.trigger()
    assert korean.model.variable("x") == start
    korean.redo_action.trigger()
    korean.redo_action.trigger()
    assert korean.model.variable("x").text == "3" and not stack.canRedo()


def test_an_mnist_training_goes_on_in_the_new_language(application, qtbot, monkeypatch):
    from tests.mnist_subset import subset_dir

    monkeypatch.setenv("GRADIENT_LAB_MNIST_DIR", str(subset_dir()))
    english = application.window
    english.show_mnist()
    view = english.mnist_view()
    qtbot.waitUntil(view.train_button.isEnabled, timeout=20_000)
    view.networks.hidden.setValue(64)
    view.networks.epochs["keras"].setValue(3)
    view.networks.epochs["naive"].setValue(3)
    view.networks.seed.setValue(7)
    view.pad.stroke([(100, 40), (140, 240)])
    view.train()
    qtbot.waitUntil(lambda: view.plots.batch_count("keras") > 0, timeout=30_000)

    korean = _switch(application, qtbot, "ko")
    heir = korean.mnist_view(build=False)
    assert heir is not None and korean.centre.currentWidget() is korean._mnist_page
    assert not view.is_busy() and heir.is_training()  # handed over, not stopped
    assert heir.train_button.text() == "학습" and heir.status.text().startswith("이미지")
    assert heir.networks.seed.value() == 7 and heir.networks.hidden.value() == 64
    assert not heir.pad.is_blank() and heir.networks.epochs["naive"].value() == 3
    shown = heir.plots.batch_count("keras")
    qtbot.waitUntil(lambda: heir.plots.batch_count("keras") > shown + 5, timeout=30_000)  # it goes on here
    heir.stop()
    qtbot.waitUntil(lambda: not heir.is_busy(), timeout=30_000)
    assert heir.status.text().startswith("멈췄습니다")
    steps = heir.plots.batch_rows("keras")["step"]
    assert steps.tolist() == list(range(1, len(steps) + 1))  # not a batch lost at the switch
    assert heir.predictions("keras") is not None and heir.caption.text() != ""


def test_presentation_mode_and_zoom_grow_fonts_and_lines(window, qtbot, shoot):
    window.load_preset("l3-cafe-gradient")
    normal = window.font().pointSizeF()
    window.presentation_action.trigger()
    assert window.presentation_action.isChecked()
    assert window.font().pointSizeF() > 1.4 * normal
    assert window.settings.value("view/presentation") in (True, "true")
    window.zoom(1.15)
    assert window.font().pointSizeF() > 1.6 * normal
    qtbot.waitUntil(window.run_action.isEnabled)
    window.run()
    qtbot.waitUntil(lambda: window.controller.state == "idle" and len(window.runs) == 1, timeout=30_000)
    window.board.refresh_all()
    qtbot.wait(300)
    shoot(window, "presentation-mode")
    window.zoom(None)
    window.presentation_action.trigger()
    assert abs(window.font().pointSizeF() - normal) < 0.01


def test_the_last_session_comes_back_at_the_next_start(make_window, qtbot, tmp_path):
    first = make_window(state_dir=tmp_path / "state")
    first.load_preset("l1-abs-descent")
    qtbot.waitUntil(first.run_action.isEnabled)
    first.run()
    qtbot.waitUntil(lambda: first.controller.state == "idle" and len(first.runs) == 1
                    and first.runs[0].status == "finished", timeout=30_000)
    first.close()
    second = make_window(state_dir=tmp_path / "state", settings_name="settings2.ini")
    assert second.files.restore_last_session()
    qtbot.waitUntil(lambda: not second.files.busy())
    assert second.editor.text() == "abs(2*x - 8)"
    assert second.runs[0].buffer.column("x").tolist() == [10, 8, 6, 4]


def test_guess_mode_asks_then_reveals_one_step(window, qtbot, shoot):
    window.load_preset("l3-homework")
    qtbot.waitUntil(window.run_action.isEnabled)
    window.guess_action.trigger()
    qtbot.waitUntil(lambda: len(window.runs) == 1 and len(window.runs[0].buffer) == 1)
    game = window.guess.game
    qtbot.waitUntil(lambda: game.game.point is not None)
    assert game.game.point == (-3.0,)
    revealed = []
    game.revealed.connect(revealed.append)
    game.set_direction((1,))
    game.ask_reveal()
    qtbot.waitUntil(lambda: bool(revealed), timeout=5000)
    rows = window.runs[0].buffer.data
    assert len(rows) == 2 and revealed[0].new == (float(rows["x"][1]),)
    assert window.controller.state == "paused"
    shoot(window, "guess-mode")
    window.guess_action.trigger()
    assert not window.guess.enabled


def test_the_mnist_tab_is_added_once_torch_is_ready_and_shut_down_on_close(make_window, monkeypatch):
    from desktop_app.gui.mnist import MnistView

    calls = []
    original = MnistView.shutdown
    monkeypatch.setattr(MnistView, "shutdown", lambda self: (calls.append(self), original(self)))
    window = make_window()
    tabs = [window.centre.tabText(i) for i in range(window.centre.count())]
    assert tabs == ["Lessons", "Plots", "MNIST"]
    assert window._mnist is None  # built when first shown: the window is ready without it
    window.show_mnist()
    assert isinstance(window._mnist, MnistView) and window._mnist.isVisible()
    window.show_mnist(False)
    window.show_mnist()
    view = window._mnist  # built once
    window.close()
    assert calls == [view]


def test_the_cores_stop_reasons_read_in_korean(qtbot):
    from desktop_app.core.runs import Stop
    from desktop_app.gui import i18n
    from desktop_app.gui.texts import reason_text

    stop = Stop("exploded", 20, {"loss": 3.96e13, "bound": 3.6e13})
    reason = "the loss exploded to 3.96e+13 at step 20 (beyond 3.6e+13): the learning rate is probably too large"
    assert stop.text() == reason and reason_text(reason, stop) == reason
    try:
        i18n.install_language("ko")
        assert reason_text(reason, stop) == (
            "20단계에서 손실이 3.96e+13(으)로 폭발했습니다 (3.6e+13 초과): 학습률이 너무 큰 것 같습니다"
        )
        assert reason_text("something new") == "something new"  # no kind: shown as it is, not parsed
    finally:
        i18n.install_language("en")


def test_the_first_window_fits_the_screen_and_presentation_is_full_screen(make_window, qtbot, tmp_path):
    from desktop_app.gui.main_window import MainWindow

    fresh = MainWindow(QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat), "en")  # no geometry yet
    qtbot.addWidget(fresh)
    available = fresh.screen().availableGeometry()
    assert fresh.height() <= available.height()
    assert fresh.width() <= max(available.width(), fresh.minimumSizeHint().width())

    window = make_window()
    window.presentation_action.trigger()
    qtbot.waitUntil(window.isFullScreen)
    qtbot.waitUntil(lambda: window.pane_widths()[1] > sum(window.pane_widths()) / 2)  # the plots take most of it
    window.presentation_action.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())
