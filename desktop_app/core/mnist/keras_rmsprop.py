"""RMSprop exactly as Keras defines it, for the lesson's network.

Why not `torch.optim.RMSprop(alpha=0.9, eps=1e-7)`: torch adds eps *outside* the square root,
`w -= lr * g / (sqrt(v) + eps)`, while Keras (and TensorFlow's ApplyRMSProp kernel) adds it
*inside*, `w -= lr * g / sqrt(v + eps)`. With eps = 1e-7 that is an effective floor of
sqrt(1e-7) ≈ 3.2e-4 on the denominator instead of 1e-7, which damps the steps of weights whose
gradients are tiny (the blank border pixels of MNIST, hidden units that rarely fire). The book's
accuracies come from the Keras rule, so the lesson's default trains with it.

Both start the running mean square at zero (Keras's `velocity`, torch's `square_avg`).
"""

from __future__ import annotations

import torch

__all__ = ["KerasRMSprop"]


class KerasRMSprop(torch.optim.Optimizer):
    """v = rho·v + (1 - rho)·g²;  w -= lr·g / sqrt(v + eps), with Keras's defaults."""

    def __init__(self, params, lr: float = 1e-3, rho: float = 0.9, eps: float = 1e-7) -> None:
        if not lr > 0:
            raise ValueError(f"the learning rate must be positive, not {lr}")
        if not 0 <= rho < 1:
            raise ValueError(f"rho must be in [0, 1), not {rho}")
        if not eps >= 0:
            raise ValueError(f"eps must be at least 0, not {eps}")
        super().__init__(params, {"lr": lr, "rho": rho, "eps": eps})

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            params = [p for p in group["params"] if p.grad is not None]
            if not params:
                continue
            grads = [p.grad for p in params]
            squares = []
            for p in params:
                state = self.state[p]
                if not state:
                    state["square_avg"] = torch.zeros_like(p, memory_format=torch.preserve_format)
                squares.append(state["square_avg"])
            rho, eps = group["rho"], group["eps"]
            torch._foreach_mul_(squares, rho)
            torch._foreach_addcmul_(squares, grads, grads, value=1 - rho)
            denominators = torch._foreach_add(squares, eps)
            torch._foreach_sqrt_(denominators)
            torch._foreach_addcdiv_(params, grads, denominators, value=-group["lr"])
        return loss
