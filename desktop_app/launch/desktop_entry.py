"""`gradient-lab --install-desktop-entry`: put Gradient Lab in the Linux applications menu.

Follows the freedesktop specifications: the launcher goes to
`$XDG_DATA_HOME/applications/gradient-lab.desktop` (default `~/.local/share`), the icons to
`$XDG_DATA_HOME/icons/hicolor/<size>x<size>/apps/` and `.../scalable/apps/`. The launcher's Exec
line names the program that is running now (the frozen executable, the installed
`gradient-lab` script, or this interpreter with `-m desktop_app`), so a double click starts
exactly this installation.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

from desktop_app.assets import resource
from desktop_app.paths import APP_ID

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute (as the spec says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """The command that starts this installation's window."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.executable).with_name(APP_ID)
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "desktop_app"]


def _exec_quote(arg: str) -> str:
    """Quote one Exec argument the way the Desktop Entry spec asks (and escape `%`)."""
    arg = arg.replace("%", "%%")
    if not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'


def desktop_file_text(command: list[str]) -> str:
    """The template resources/gradient-lab.desktop with its Exec (and TryExec) set to `command`."""
    lines = []
    for line in resource(f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(_exec_quote(arg) for arg in command)
            lines.append(f"TryExec={command[0]}")
        lines.append(line)
    return "\n".join(lines) + "\n"


def installed_paths(base: Path | None = None) -> list[Path]:
    """Every file the install writes (and the uninstall removes)."""
    base = data_home() if base is None else base
    icons = base / "icons" / "hicolor"
    return [
        base / "applications" / f"{APP_ID}.desktop",
        icons / "scalable" / "apps" / f"{APP_ID}.svg",
        *(icons / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in PNG_SIZES),
    ]


def install_desktop_entry() -> list[Path]:
    """Write the launcher and icons; return the files written."""
    desktop, svg, *pngs = installed_paths()
    sources = [resource("icons", f"{APP_ID}.svg"), *(resource("icons", f"{APP_ID}-{n}.png") for n in PNG_SIZES)]
    for target, source in zip([svg, *pngs], sources):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())
    desktop.parent.mkdir(parents=True, exist_ok=True)
    tmp = desktop.with_suffix(".tmp")
    tmp.write_text(desktop_file_text(launch_command()), encoding="utf-8")
    tmp.chmod(0o755)  # some desktops only launch executable .desktop files from the home folder
    tmp.replace(desktop)
    return [desktop, svg, *pngs]


def uninstall_desktop_entry() -> list[Path]:
    """Remove what install_desktop_entry wrote; return the files that were there."""
    removed = []
    for path in installed_paths():
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed


def main(action: str) -> int:
    """The `--install-desktop-entry` / `--uninstall-desktop-entry` flags."""
    if not sys.platform.startswith("linux"):
        print("desktop entries are for Linux; on Windows and macOS use the packaged build's installer or shortcut")
        return 2
    if action == "install":
        written = install_desktop_entry()
        print(f"Gradient Lab is now in your applications menu ({written[0]}); it starts {shlex.join(launch_command())}")
        return 0
    removed = uninstall_desktop_entry()
    print(f"removed {len(removed)} file(s)" + "".join(f"\n  {p}" for p in removed) if removed else "nothing to remove")
    return 0
