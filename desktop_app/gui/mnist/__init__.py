"""The MNIST tab (lesson L4): `from desktop_app.gui.mnist import MnistTab`."""

from desktop_app.gui.mnist.tab import MnistTab

__all__ = ["MnistTab"]
