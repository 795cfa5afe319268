# The two commands of README.md: `make run` starts Gradient Lab, `make test` runs the whole test suite.
# Both set up everything first (scripts/bootstrap.sh).
.PHONY: setup run test test-fast lint

# Bytecode and pytest's rewritten test modules are cached even where the environment says not to
# (PYTHONDONTWRITEBYTECODE=1 here): compiling ~500 modules again cost ~8 s of every run.
PYTEST = PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} .venv/bin/python -m pytest

setup:
	bash scripts/bootstrap.sh

run: setup
	.venv/bin/python -m desktop_app

# Two processes (pytest-xdist), a test file never split: a file's window tests share its
# fixtures; each process has its own QApplication on the offscreen platform.
test: setup
	$(PYTEST) -n 2 --dist loadfile

# The core and the CLI without the slow end-to-end runs, on two processes (pytest-xdist):
# under a minute, for every edit.
test-fast: setup
	$(PYTEST) -q -n 2 -m "not slow" tests/core tests/cli tests/test_architecture.py

lint: setup
	.venv/bin/ruff check .
