"""The MNIST view (lesson L4): `from desktop_app.gui.mnist import MnistView`."""

from desktop_app.gui.mnist.view import MnistView

__all__ = ["MnistView"]
