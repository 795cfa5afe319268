"""The optimizers a student can pick, described as data (for forms and tooltips) plus a factory.

Every optimizer is a ``torch.optim.Optimizer``: torch's own where torch has one, so the app shows
exactly what PyTorch code would do, and two small ones for the lessons: ``gd`` (the hand-written
loop ``p -= lr * grad``) and ``sign`` (move a fixed step ``lr`` toward the lower side).
Hyper-parameter names are the app's own (``rho``, ``beta1``, ``beta2``); ``make_optimizer``
translates them to torch's keywords.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import torch

__all__ = [
    "OPTIMIZERS",
    "STATE_KEYS",
    "GradientDescent",
    "HyperParameter",
    "OptimizerInfo",
    "SignDescent",
    "make_optimizer",
    "optimizer_state",
    "resolve_hyper",
    "state_names",
]


@dataclass(frozen=True)
class HyperParameter:
    name: str
    default: float | bool
    minimum: float
    maximum: float
    help: str
    kind: str = "float"  # "float" | "bool"


@dataclass(frozen=True)
class OptimizerInfo:
    name: str
    title: str
    hyper: tuple[HyperParameter, ...]
    help: str

    def defaults(self) -> dict[str, float | bool]:
        return {h.name: h.default for h in self.hyper}


class _FixedRuleDescent(torch.optim.Optimizer):
    """``p -= lr * direction(grad)``: the hand-written loops of the lessons, as torch optimizers."""

    def __init__(self, params: Iterable[torch.Tensor], lr: float = 0.01) -> None:
        super().__init__(params, {"lr": lr})

    @staticmethod
    def direction(grad: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError

    @torch.no_grad()
    def step(self, closure=None):
        loss = None if closure is None else closure()
        for group in self.param_groups:
            for p in group["params"]:
                if p.grad is not None:
                    p.sub_(self.direction(p.grad) * group["lr"])
        return loss


class GradientDescent(_FixedRuleDescent):
    """Plain gradient descent ``p -= lr * grad``, the loop written by hand in the lessons."""

    @staticmethod
    def direction(grad: torch.Tensor) -> torch.Tensor:
        return grad


class SignDescent(_FixedRuleDescent):
    """Sign descent ``p -= lr * sign(grad)``: a fixed step toward the lower side (lesson L3.5)."""

    @staticmethod
    def direction(grad: torch.Tensor) -> torch.Tensor:
        return torch.sign(grad)


def _lr(default: float) -> HyperParameter:
    return HyperParameter(
        "lr", default, 0.0, 1e3,
        "Learning rate: how far each step moves; too small crawls, too large overshoots or diverges.",
    )


_WEIGHT_DECAY = HyperParameter(
    "weight_decay", 0.0, 0.0, 1.0,
    "Weight decay (L2 penalty): adds weight_decay × parameter to the gradient, pulling parameters toward 0.",
)
_MOMENTUM_HELP = (
    "Momentum: the fraction of the previous step that is kept, so steps build up speed along a consistent direction."
)
_DAMPENING = HyperParameter(
    "dampening", 0.0, 0.0, 1.0,
    "Dampening: scales down the new gradient's share of the momentum (0 = the full gradient is added).",
)
_EPS_HELP = "Epsilon: a tiny number added to the denominator so the step never divides by zero."
_BETA1 = HyperParameter(
    "beta1", 0.9, 0.0, 0.9999,
    "Beta1: how much of the running average of gradients (m) is kept each step; close to 1 = long memory.",
)
_BETA2 = HyperParameter(
    "beta2", 0.999, 0.0, 0.99999,
    "Beta2: how much of the running average of squared gradients (v) is kept each step.",
)
_AMSGRAD = HyperParameter(
    "amsgrad", False, 0.0, 1.0,
    "AMSGrad: use the largest v seen so far, so the effective step size never grows back.",
    kind="bool",
)

OPTIMIZERS: dict[str, OptimizerInfo] = {
    info.name: info
    for info in (
        OptimizerInfo(
            "gd", "Gradient descent", (_lr(0.01),),
            "The lessons' loop: parameter -= learning rate × gradient.",
        ),
        OptimizerInfo(
            "sign", "Sign descent", (
                HyperParameter(
                    "lr", 0.01, 0.0, 1e3,
                    "Step size: each parameter moves exactly this far toward the lower side, whatever the slope.",
                ),
            ),
            "Move a fixed step against the sign of the gradient (the lesson's 'move 0.01 toward the lower side').",
        ),
        OptimizerInfo(
            "sgd", "SGD (torch.optim.SGD)", (
                _lr(0.001),
                HyperParameter("momentum", 0.0, 0.0, 0.999, _MOMENTUM_HELP),
                _DAMPENING,
                _WEIGHT_DECAY,
            ),
            "PyTorch's SGD: gradient descent with optional momentum and weight decay.",
        ),
        OptimizerInfo(
            "momentum", "SGD with momentum", (
                _lr(0.001),
                HyperParameter("momentum", 0.9, 0.0, 0.999, _MOMENTUM_HELP),
                _DAMPENING,
                _WEIGHT_DECAY,
            ),
            "Gradient descent that keeps a running velocity, so it speeds up in steady directions and damps zig-zags.",
        ),
        OptimizerInfo(
            "nesterov", "Nesterov momentum", (
                _lr(0.001),
                HyperParameter("momentum", 0.9, 0.001, 0.999, _MOMENTUM_HELP + " Nesterov needs it above 0."),
                _WEIGHT_DECAY,
            ),
            "Momentum that looks ahead: "
            "the gradient is combined with where the velocity is about to carry the parameter.",
        ),
        OptimizerInfo(
            "rmsprop", "RMSprop", (
                _lr(0.01),
                HyperParameter(
                    "rho", 0.99, 0.0, 0.9999,
                    "Rho (torch's RMSprop `alpha`): "
                    "how much of the running average of squared gradients is kept; Keras uses 0.9.",
                ),
                HyperParameter("eps", 1e-8, 0.0, 1.0, _EPS_HELP + " (Keras uses 1e-7.)"),
                _WEIGHT_DECAY,
                HyperParameter("momentum", 0.0, 0.0, 0.999, _MOMENTUM_HELP),
                HyperParameter(
                    "centered", False, 0.0, 1.0,
                    "Centered: divide by the gradient's running variance instead of its running mean square.",
                    kind="bool",
                ),
            ),
            "Divides each step by the root of a running average of squared gradients, "
            "so every parameter gets its own step size.",
        ),
        OptimizerInfo(
            "adam", "Adam", (
                _lr(0.001), _BETA1, _BETA2,
                HyperParameter("eps", 1e-8, 0.0, 1.0, _EPS_HELP),
                _WEIGHT_DECAY, _AMSGRAD,
            ),
            "Momentum (m) plus per-parameter step sizes from squared gradients (v), "
            "with bias correction for the first steps.",
        ),
        OptimizerInfo(
            "adamw", "AdamW", (
                _lr(0.001), _BETA1, _BETA2,
                HyperParameter("eps", 1e-8, 0.0, 1.0, _EPS_HELP),
                HyperParameter(
                    "weight_decay", 0.01, 0.0, 1.0,
                    "Decoupled weight decay: each step also shrinks parameters by lr × weight_decay × parameter.",
                ),
                _AMSGRAD,
            ),
            "Adam with weight decay applied directly to the parameters rather than through the gradient.",
        ),
        OptimizerInfo(
            "adagrad", "Adagrad", (
                _lr(0.01),
                HyperParameter(
                    "lr_decay", 0.0, 0.0, 1.0,
                    "Learning-rate decay: the step size at step k is lr / (1 + k × lr_decay).",
                ),
                _WEIGHT_DECAY,
                HyperParameter(
                    "initial_accumulator_value", 0.0, 0.0, 10.0,
                    "Initial accumulator: the starting value of the sum of squared gradients.",
                ),
                HyperParameter("eps", 1e-10, 0.0, 1.0, _EPS_HELP),
            ),
            "Divides each step by the root of the sum of all squared gradients so far, so steps shrink over time.",
        ),
    )
}

#: The app's short state names (architecture.md, "Records") -> torch's state keys.
STATE_KEYS = {
    "m": "exp_avg",
    "v": "exp_avg_sq",
    "momentum": "momentum_buffer",
    "square_avg": "square_avg",
    "sum": "sum",
}


def _info(name: str) -> OptimizerInfo:
    try:
        return OPTIMIZERS[name]
    except KeyError:
        raise ValueError(
            f"unknown optimizer `{name}`: choose one of {', '.join(OPTIMIZERS)}"
        ) from None


def resolve_hyper(name: str, hyper: Mapping[str, object]) -> dict[str, float | bool]:
    """The optimizer's full hyper-parameters (defaults filled in), checked against the bounds."""
    info = _info(name)
    known = {h.name: h for h in info.hyper}
    unknown = [key for key in hyper if key not in known]
    if unknown:
        raise ValueError(
            f"optimizer `{name}` has no hyper-parameter `{unknown[0]}`; "
            f"its hyper-parameters are {', '.join(known)}"
        )
    resolved: dict[str, float | bool] = {}
    for h in info.hyper:
        value = hyper.get(h.name, h.default)
        if h.kind == "bool":
            if value not in (True, False, 0, 1):
                raise ValueError(f"{name}: `{h.name}` must be true or false, not {value!r}")
            resolved[h.name] = bool(value)
            continue
        try:
            number = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise ValueError(f"{name}: `{h.name}` must be a number, not {value!r}") from None
        if not math.isfinite(number) or not h.minimum <= number <= h.maximum:
            raise ValueError(
                f"{name}: `{h.name}` = {number:g} is outside its range [{h.minimum:g}, {h.maximum:g}]"
            )
        resolved[h.name] = number
    return resolved


def make_optimizer(name: str, params: Iterable[torch.Tensor], **hyper: float | bool) -> torch.optim.Optimizer:
    """Build the named optimizer over ``params``; unspecified hyper-parameters take the defaults."""
    h = resolve_hyper(name, hyper)
    params = list(params)
    if name == "gd":
        return GradientDescent(params, lr=h["lr"])
    if name == "sign":
        return SignDescent(params, lr=h["lr"])
    if name in ("sgd", "momentum"):
        return torch.optim.SGD(
            params, lr=h["lr"], momentum=h["momentum"], dampening=h["dampening"],
            weight_decay=h["weight_decay"],
        )
    if name == "nesterov":
        return torch.optim.SGD(
            params, lr=h["lr"], momentum=h["momentum"], weight_decay=h["weight_decay"], nesterov=True,
        )
    if name == "rmsprop":
        return torch.optim.RMSprop(
            params, lr=h["lr"], alpha=h["rho"], eps=h["eps"], weight_decay=h["weight_decay"],
            momentum=h["momentum"], centered=h["centered"],
        )
    if name in ("adam", "adamw"):
        cls = torch.optim.Adam if name == "adam" else torch.optim.AdamW
        return cls(
            params, lr=h["lr"], betas=(h["beta1"], h["beta2"]), eps=h["eps"],
            weight_decay=h["weight_decay"], amsgrad=h["amsgrad"],
        )
    # adagrad: the only name left (resolve_hyper rejected unknown names)
    return torch.optim.Adagrad(
        params, lr=h["lr"], lr_decay=h["lr_decay"], weight_decay=h["weight_decay"],
        initial_accumulator_value=h["initial_accumulator_value"], eps=h["eps"],
    )


def state_names(name: str, hyper: Mapping[str, object]) -> tuple[str, ...]:
    """Short names of the per-parameter state this optimizer keeps with these hyper-parameters."""
    h = resolve_hyper(name, hyper)
    if name in ("sgd", "momentum", "nesterov"):
        return ("momentum",) if h["momentum"] > 0 else ()
    if name == "rmsprop":
        return ("square_avg", "momentum") if h["momentum"] > 0 else ("square_avg",)
    if name in ("adam", "adamw"):
        return ("m", "v")
    if name == "adagrad":
        return ("sum",)
    return ()


def optimizer_state(opt: torch.optim.Optimizer, param: torch.Tensor) -> dict[str, torch.Tensor]:
    """The optimizer's state for ``param`` under the app's short names (m, v, momentum, ...)."""
    state = opt.state.get(param, {})
    return {
        short: state[key]
        for short, key in STATE_KEYS.items()
        if isinstance(state.get(key), torch.Tensor)
    }


class Update:
    """One optimizer's update over fixed parameter tensors, without torch.optim's step wrapper.

    Runs call this every step, where ``Optimizer.step``'s per-call work (profiler hooks, grad
    mode switching, rebuilding its lists of parameters and state) cost more than the arithmetic
    on small losses. The arithmetic is torch.optim's own: the same functional kernels
    (``torch.optim.adam.adam``, ``sgd``, ``rmsprop``, ``adagrad``) with the settings the
    optimizer classes pass, and state created as they create it, so parameters and state stay
    bit-for-bit equal to ``make_optimizer(...).step()`` (tests/core/test_optimizers.py).
    ``state`` maps the records' short names (m, v, momentum, square_avg, sum) to one tensor per
    parameter, updated in place; ``lr`` may be changed between steps.
    """

    def __init__(self, name: str, params: list[torch.Tensor], **hyper: float | bool) -> None:
        from torch.optim.optimizer import _default_to_fused_or_foreach, _get_scalar_dtype

        h = resolve_hyper(name, hyper)
        self.name = name
        self.lr = float(h["lr"])
        self._hyper = h
        self._params = [p.detach() for p in params]  # aliases: in-place updates, no autograd
        _, self._foreach = _default_to_fused_or_foreach(self._params, differentiable=False,
                                                        use_fused=False)
        zeros = [torch.zeros_like(p, memory_format=torch.preserve_format) for p in self._params]
        self._steps = [torch.tensor(0.0, dtype=_get_scalar_dtype()) for _ in self._params]
        self.state: dict[str, list[torch.Tensor]] = {}
        self._buffers: list[torch.Tensor | None] = [None] * len(self._params)
        if name in ("adam", "adamw"):
            self.state = {"m": zeros, "v": [torch.zeros_like(z) for z in zeros]}
            self._max_v = [torch.zeros_like(z) for z in zeros] if h["amsgrad"] else []
        elif name == "rmsprop":
            self.state = {"square_avg": zeros}
            if h["momentum"] > 0:
                self.state["momentum"] = [torch.zeros_like(z) for z in zeros]
            self._grad_avgs = [torch.zeros_like(z) for z in zeros] if h["centered"] else []
        elif name == "adagrad":
            self.state = {"sum": [torch.full_like(p, h["initial_accumulator_value"],
                                                  memory_format=torch.preserve_format)
                                  for p in self._params]}
        self.step = getattr(self, f"_{'sgd' if name in ('momentum', 'nesterov') else name}")

    def _gd(self, grads: list[torch.Tensor]) -> None:
        lr = self.lr
        for p, g in zip(self._params, grads):
            p.sub_(g * lr)

    def _sign(self, grads: list[torch.Tensor]) -> None:
        lr = self.lr
        for p, g in zip(self._params, grads):
            p.sub_(torch.sign(g) * lr)

    def _sgd(self, grads: list[torch.Tensor]) -> None:
        h = self._hyper
        _functional("sgd")(
            self._params, grads, self._buffers, weight_decay=h["weight_decay"],
            momentum=h["momentum"], lr=self.lr, dampening=h.get("dampening", 0.0),
            nesterov=self.name == "nesterov", maximize=False, has_sparse_grad=False,
            foreach=self._foreach, fused=None)
        if h["momentum"] != 0:
            self.state["momentum"] = self._buffers  # type: ignore[assignment]

    def _adam(self, grads: list[torch.Tensor]) -> None:
        h = self._hyper
        _functional("adam")(
            self._params, grads, self.state["m"], self.state["v"], self._max_v, self._steps,
            amsgrad=h["amsgrad"], has_complex=False, beta1=h["beta1"], beta2=h["beta2"],
            lr=self.lr, weight_decay=h["weight_decay"], eps=h["eps"], maximize=False,
            foreach=self._foreach, capturable=False, differentiable=False, fused=None,
            grad_scale=None, found_inf=None, decoupled_weight_decay=self.name == "adamw")

    _adamw = _adam

    def _rmsprop(self, grads: list[torch.Tensor]) -> None:
        h = self._hyper
        _functional("rmsprop")(
            self._params, grads, self.state["square_avg"], self._grad_avgs,
            self.state.get("momentum", []), self._steps, lr=self.lr, alpha=h["rho"],
            eps=h["eps"], weight_decay=h["weight_decay"], momentum=h["momentum"],
            centered=h["centered"], foreach=self._foreach, maximize=False,
            differentiable=False, capturable=False, has_complex=False)

    def _adagrad(self, grads: list[torch.Tensor]) -> None:
        h = self._hyper
        _functional("adagrad")(
            self._params, grads, self.state["sum"], self._steps, lr=self.lr,
            weight_decay=h["weight_decay"], lr_decay=h["lr_decay"], eps=h["eps"],
            has_sparse_grad=False, foreach=self._foreach, maximize=False,
            differentiable=False, has_complex=False, fused=None, grad_scale=None,
            found_inf=None)


def _functional(name: str) -> Any:
    """torch.optim's functional kernel ``torch.optim.<name>.<name>``."""
    import importlib

    return getattr(importlib.import_module(f"torch.optim.{name}"), name)
