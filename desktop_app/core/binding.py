"""One expression bound to its parameters and data, in one dtype on one device.

Every computation on a typed loss starts the same way: parse (or take a checked `Program`),
refuse a name given twice, check that every name is defined, convert the numbers once, compile
the program for the dtype and device, and check shapes and size limits once. `Binding` does that
prologue in one place; derivatives, the graph, the symbolic form, baselines, runs, sweeps and the
command line all start from one. A non-scalar loss is summed (TensorFlow's ``tape.gradient``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import numpy as np
import torch
from numpy.typing import ArrayLike

from desktop_app.core.devices import resolve_device, resolve_dtype
from desktop_app.core.expression import Kernel, Program, Report, kernel, parse_program
from desktop_app.core.values import as_array

if TYPE_CHECKING:
    from desktop_app.core.derivatives import GradientCheck, GradientResult
    from desktop_app.core.graph import Graph
    from desktop_app.core.symbolic import SymbolicDerivative

__all__ = ["Binding", "as_program"]


def as_program(program_or_text: Program | str) -> Program:
    """A checked program from text (parsed) or a program (as is)."""
    return parse_program(program_or_text) if isinstance(program_or_text, str) else program_or_text


class Binding:
    """(program, parameters, data, dtype, device), checked once.

    ``params`` and ``data`` are float64 numpy arrays (as given, converted once); ``fixed`` holds
    the data as tensors on the device; ``report`` is the checked evaluation's size (elements,
    matrix work, output shape). ``loss(values)`` evaluates the fast compiled form.
    """

    def __init__(
        self,
        program: Program | str,
        params: Mapping[str, ArrayLike],
        data: Mapping[str, ArrayLike] | None = None,
        *,
        dtype: str | torch.dtype = "float32",
        device: str | torch.device = "cpu",
        finite: bool = False,
        param_kind: str = "",
        data_kind: str = "",
    ) -> None:
        self.program = as_program(program)
        data = dict(data or {})
        self.program.check_inputs(params, data)
        self.dtype = resolve_dtype(dtype) if isinstance(dtype, str) else dtype
        self.device = resolve_device(device) if isinstance(device, str) else device
        self.params = {name: as_array(name, value, kind=param_kind, finite=finite)
                       for name, value in params.items()}
        self.data = {name: as_array(name, value, kind=data_kind, finite=finite)
                     for name, value in data.items()}
        self.kernel: Kernel = kernel(self.program, self.dtype, self.device)
        self.shapes = {name: array.shape for name, array in {**self.params, **self.data}.items()}
        self.report: Report = self.kernel.check(
            {name: shape for name, shape in self.shapes.items() if name in self.program.free_names})
        self.fixed = {name: self.tensor(array) for name, array in self.data.items()}

    @property
    def summed(self) -> bool:
        """True when the loss is not a scalar (its sum is what is differentiated)."""
        return self.report.output_shape != ()

    def tensor(self, array: ArrayLike, requires_grad: bool = False) -> torch.Tensor:
        """A number or array as a tensor of this binding's dtype and device."""
        return torch.tensor(np.asarray(array, dtype=np.float64), dtype=self.dtype,
                            device=self.device, requires_grad=requires_grad)

    def leaves(self, requires_grad: bool = True) -> dict[str, torch.Tensor]:
        """The parameters as fresh tensors (leaves for autograd)."""
        return {name: self.tensor(a, requires_grad) for name, a in self.params.items()}

    def environment(self, values: Mapping[str, torch.Tensor]) -> dict[str, torch.Tensor]:
        """Data and parameters in one mapping, ready for ``kernel`` (build it once per run)."""
        return {**self.fixed, **values}

    def value(self, values: Mapping[str, torch.Tensor]) -> torch.Tensor:
        """The loss as computed (not summed) at these parameter tensors."""
        return self.kernel({**self.fixed, **values})

    def loss(self, values: Mapping[str, torch.Tensor]) -> torch.Tensor:
        """The scalar loss at these parameter tensors (a non-scalar result is summed)."""
        result = self.kernel({**self.fixed, **values})
        return result.sum() if result.ndim else result

    def with_params(self, params: Mapping[str, ArrayLike]) -> Binding:
        """The same program and data at other parameter values (shapes are checked again)."""
        return Binding(self.program, params, self.data, dtype=self.dtype, device=self.device)

    # The views of a derivative; each lives in its own module, imported when asked for.

    def gradient(self) -> GradientResult:
        from desktop_app.core.derivatives import autograd_gradient

        return autograd_gradient(self)

    def numeric(self, method: str = "central", h: float = 1e-3) -> dict[str, np.ndarray]:
        from desktop_app.core.derivatives import finite_differences

        return finite_differences(self, method, h)

    def compare(self, method: str = "central", h: float = 1e-3) -> dict[str, GradientCheck]:
        from desktop_app.core.derivatives import compare

        return compare(self, method, h)

    def graph(self) -> Graph:
        from desktop_app.core.graph import graph_of

        return graph_of(self)

    def symbolic(self) -> list[SymbolicDerivative]:
        from desktop_app.core.symbolic import symbolic_of

        return symbolic_of(self)
