"""Gradient Lab: watch automatic differentiation and gradient descent at work."""

APP_NAME = "Gradient Lab"


def __getattr__(name: str) -> str:
    """`__version__` from the package metadata (one place: pyproject.toml), read on first use:
    importlib.metadata costs tens of milliseconds that the window's start does not need."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("gradient-lab")
    except PackageNotFoundError:  # running from a source tree that was never installed
        value = "0+unknown"
    globals()["__version__"] = value
    return value
