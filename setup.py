"""Only the package list lives here; everything else is in pyproject.toml.

The top-level resources/ folder ships as the package `desktop_app.resources` (package-dir in
pyproject.toml). pyproject's `packages.find` cannot add a mapped package to the ones it discovers,
and without it in the list a wheel carries no icons, font or translations.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["desktop_app*"]), "desktop_app.resources"])
