"""Every folder Gradient Lab writes, named one way: platformdirs with the app id `gradient-lab`
and no author folder (so Windows paths do not repeat the name). On Linux (XDG_*_HOME move them),
Windows and macOS:

- settings: ~/.config/gradient-lab, %LOCALAPPDATA%\\gradient-lab, ~/Library/Application Support/gradient-lab
- data:     ~/.local/share/gradient-lab, %LOCALAPPDATA%\\gradient-lab, ~/Library/Application Support/gradient-lab
- cache:    ~/.cache/gradient-lab, %LOCALAPPDATA%\\gradient-lab\\Cache, ~/Library/Caches/gradient-lab
- logs:     ~/.local/state/gradient-lab/log, %LOCALAPPDATA%\\gradient-lab\\Logs, ~/Library/Logs/gradient-lab

No Qt here, so the core and the CLI use it too.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_ID = "gradient-lab"
SETTINGS_FILE_NAME = "settings.ini"


def config_dir() -> Path:
    """Settings (settings.ini)."""
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def data_dir() -> Path:
    """What the user would miss: the last session, saved automatically."""
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def cache_dir() -> Path:
    """What can be fetched again: downloaded MNIST files."""
    return Path(platformdirs.user_cache_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    """The rotating log and the fault log (desktop_app/launch/logs.py)."""
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def settings_file() -> Path:
    return config_dir() / SETTINGS_FILE_NAME
