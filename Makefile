# The two commands of README.md: `make run` starts Gradient Lab, `make test` runs the whole test suite.
# Both set up everything first (scripts/bootstrap.sh).
.PHONY: setup run test

setup:
	bash scripts/bootstrap.sh

run: setup
	.venv/bin/python -m desktop_app

test: setup
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} .venv/bin/python -m pytest
