"""`python -m desktop_app` and the `gradient-lab` scripts.

No arguments open the window; the launch flags below set the program up; anything else goes to
the command line (desktop_app/cli). Nothing heavy (Qt, torch) is imported here, so `--version`
and `--help` answer at once.
"""

from __future__ import annotations

import sys

import desktop_app
from desktop_app import APP_NAME
from desktop_app.launch.streams import ensure_standard_streams

COMMANDS = {
    "grad": "value and derivative of an expression (autograd, numeric, symbolic, graph)",
    "run": "run an optimizer on an expression; compare learning rates; write CSV",
    "presets": "list the lesson presets",
    "preset": "run one lesson preset",
    "mnist": "train the lesson's MNIST network",
}

HELP = """\
{name} {version}: watch automatic differentiation and gradient descent at work.

usage: gradient-lab                      open the window
       gradient-lab COMMAND [options]    use the command line (COMMAND --help for its options)
       gradient-lab [launch option]

commands:
{commands}

launch options:
  --self-test                open the window, run a lesson through it, check its numbers, close
  --install-desktop-entry    add Gradient Lab to the Linux applications menu (with its icon)
  --uninstall-desktop-entry  remove it again
  --version                  print the version
  -h, --help                 show this help

`python -m desktop_app` accepts the same arguments.
"""


def main(argv: list[str] | None = None) -> int:
    ensure_standard_streams()
    args = sys.argv[1:] if argv is None else list(argv)
    if not args:
        from desktop_app.launch.window import start_window

        return start_window()
    first = args[0]
    if first in ("--version", "-V"):
        print(f"{APP_NAME} {desktop_app.__version__}")
        return 0
    if first in ("--help", "-h"):
        commands = "\n".join(f"  {name:<10}{text}" for name, text in COMMANDS.items())
        print(HELP.format(name=APP_NAME, version=desktop_app.__version__, commands=commands), end="")
        return 0
    if first == "--self-test":
        from desktop_app.launch.selftest import run_self_test

        return run_self_test()
    if first in ("--install-desktop-entry", "--uninstall-desktop-entry"):
        from desktop_app.launch import desktop_entry

        return desktop_entry.main("install" if first.startswith("--install") else "uninstall")
    from desktop_app.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
