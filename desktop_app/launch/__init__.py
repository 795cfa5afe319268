"""Turning the package into a program a teacher double-clicks.

Each module has one job: `streams` (frozen builds without a console), `logs` (the rotating log
file), `crash` (unhandled errors become a dialog and a log entry), `fonts` (a Korean font when the
system has none), `desktop_entry` (the Linux applications-menu launcher) and `selftest`
(`gradient-lab --self-test`). Only `crash`, `fonts` and `selftest` import Qt, and only when called.
"""
