"""The program as a teacher starts it: fast flags, the menu launcher, missing streams, crashes, self-test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.launch import desktop_entry

REPO = Path(__file__).resolve().parents[1]
HEAVY = ("torch", "PySide6", "shiboken6", "pyqtgraph", "numpy", "sympy")


def _run_python(code: str, tmp_path: Path, timeout: float = 60, **env: str) -> subprocess.CompletedProcess:
    """Run `code` in a fresh interpreter from the repository, with user folders inside tmp_path."""
    full_env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        **env,
    }
    return subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=full_env, capture_output=True, text=True, timeout=timeout
    )


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help_answer_without_qt_or_torch(flag: str, tmp_path: Path) -> None:
    code = (
        "import sys, json\n"
        "from desktop_app.__main__ import main\n"
        f"rc = main([{flag!r}])\n"
        f"heavy = sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})\n"
        "print(json.dumps({'rc': rc, 'heavy': heavy}))\n"
    )
    result = _run_python(code, tmp_path)
    assert result.returncode == 0, result.stderr
    *text, last = result.stdout.strip().splitlines()
    report = json.loads(last)
    assert report == {"rc": 0, "heavy": []}
    assert __version__ in "\n".join(text)


def test_help_names_exactly_the_cli_commands() -> None:
    from desktop_app.__main__ import COMMANDS
    from desktop_app.cli import build_parser

    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    assert set(COMMANDS) == set(subparsers.choices)


def test_missing_standard_streams_do_not_crash(tmp_path: Path) -> None:
    """A windowed frozen build starts with sys.stdout/sys.stderr set to None."""
    marker = tmp_path / "rc.txt"
    code = (
        "import sys\n"
        "sys.stdout = None\n"
        "sys.stderr = None\n"
        "from desktop_app.__main__ import main\n"
        "rc = main(['--help'])\n"
        "import warnings; warnings.warn('still fine')\n"
        "print('and printing works')\n"
        f"open({str(marker)!r}, 'w').write(str(rc))\n"
    )
    result = _run_python(code, tmp_path)
    assert result.returncode == 0
    assert marker.read_text() == "0"


def test_desktop_entry_install_and_uninstall(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert desktop_entry.main("install") == 0
    launcher = tmp_path / "applications" / "gradient-lab.desktop"
    text = launcher.read_text(encoding="utf-8")
    assert "Icon=gradient-lab" in text and "Terminal=false" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line == "Exec=" + " ".join(desktop_entry.launch_command())
    assert Path(desktop_entry.launch_command()[0]).is_absolute()
    for path in desktop_entry.installed_paths(tmp_path):
        assert path.is_file() and path.stat().st_size > 0, path
    assert (tmp_path / "icons/hicolor/48x48/apps/gradient-lab.png").read_bytes()[:4] == b"\x89PNG"
    assert desktop_entry.main("uninstall") == 0
    assert not any(path.exists() for path in desktop_entry.installed_paths(tmp_path))
    assert "removed 10 file(s)" in capsys.readouterr().out
    assert desktop_entry.main("uninstall") == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_desktop_entry_quotes_paths_with_spaces_and_percent() -> None:
    text = desktop_entry.desktop_file_text(["/opt/Gradient Lab/gradient-lab", "--x=50%"])
    assert 'Exec="/opt/Gradient Lab/gradient-lab" --x=50%%' in text.splitlines()
    assert "TryExec=/opt/Gradient Lab/gradient-lab" in text.splitlines()


def test_unhandled_errors_are_logged_and_shown_while_the_window_stays_usable(tmp_path: Path) -> None:
    code = r"""
import sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from desktop_app.launch.logs import setup_logging
from desktop_app.launch.crash import install_crash_handlers
from desktop_app.launch.crash_dialog import CrashDialog

log_path = setup_logging()
install_crash_handlers(log_path)
app = QApplication([])
button = QPushButton("still here")
button.show()

def boom():
    raise RuntimeError("slot exploded")

def thread_boom():
    raise ValueError("worker thread exploded")

def check():
    dialogs = [w for w in app.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]
    details = dialogs[0].details() if len(dialogs) == 1 else ""
    dialogs[0].copy_button.click() if dialogs else None
    ok = (
        "slot exploded" in details and "worker thread exploded" in details
        and "slot exploded" in app.clipboard().text()
        and button.isVisible() and button.isEnabled()
    )
    print("LOG", log_path, "OK" if ok else f"FAILED: {len(dialogs)} dialog(s): {details!r}")
    app.exit(0 if ok else 3)

QTimer.singleShot(0, boom)
QTimer.singleShot(50, lambda: threading.Thread(target=thread_boom, name="worker").start())
QTimer.singleShot(400, check)
sys.exit(app.exec())
"""
    result = _run_python(code, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    log_file = Path(result.stdout.split("LOG ", 1)[1].split()[0])
    assert log_file.is_relative_to(tmp_path / "state")
    log_text = log_file.read_text(encoding="utf-8")
    assert "RuntimeError: slot exploded" in log_text
    assert "ValueError: worker thread exploded" in log_text
    assert "thread worker" in log_text


def test_a_window_that_cannot_start_says_so(tmp_path: Path) -> None:
    """A double-clicked launch that fails before the event loop shows a message and logs why."""
    code = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import desktop_app.gui.app
from desktop_app.launch.window import start_window

seen = []

def broken_run_app():
    app = QApplication([])

    def close_box():
        box = QApplication.activeModalWidget()
        seen.append(box.text() if box is not None else None)
        box.accept()

    QTimer.singleShot(200, close_box)
    raise OSError("the settings folder is read-only")

desktop_app.gui.app.run_app = broken_run_app
rc = start_window()
print("RC", rc, "BOX", seen)
"""
    result = _run_python(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "RC 1" in result.stdout and "the settings folder is read-only" in result.stdout
    log_text = (tmp_path / "state" / "gradient-lab" / "log" / "gradient-lab.log").read_text(encoding="utf-8")
    assert "could not start" in log_text and "OSError: the settings folder is read-only" in log_text


@pytest.mark.slow
def test_self_test_passes(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--self-test"],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
             "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CACHE_HOME": str(tmp_path / "cache")},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
