"""`python -m desktop_app` and the `gradient-lab` scripts.

No arguments open the window; anything else goes to the command line. Nothing heavy (Qt, torch)
is imported here, so `--version` and `--help` answer at once.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    if not args:
        from desktop_app.gui.app import run_app

        return run_app()
    from desktop_app.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
