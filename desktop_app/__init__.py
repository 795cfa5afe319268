"""Gradient Lab: watch automatic differentiation and gradient descent at work."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("gradient-lab")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

APP_NAME = "Gradient Lab"
