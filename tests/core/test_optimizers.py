"""Every optimizer in the registry does what torch.optim's own loop does, with student-facing help."""

import pytest
import torch

from desktop_app.core.optimizers import OPTIMIZERS, make_optimizer, optimizer_state, state_names

NAMES = ["gd", "sign", "sgd", "momentum", "nesterov", "rmsprop", "adam", "adamw", "adagrad"]
TARGET = torch.tensor([[1.0, -2.0], [0.5, 3.0]], dtype=torch.float64)


def loss_fn(p):
    return ((p - TARGET) ** 4).sum() + (p ** 2).sum()


def run_loop(opt_factory, steps=25):
    p = torch.tensor([[0.3, 0.1], [-0.7, 2.0]], dtype=torch.float64, requires_grad=True)
    opt = opt_factory([p])
    for _ in range(steps):
        opt.zero_grad()
        loss_fn(p).backward()
        opt.step()
    return p.detach(), opt, p


def test_registry_shape():
    assert list(OPTIMIZERS) == NAMES
    for name, info in OPTIMIZERS.items():
        assert info.name == name and info.title and info.help
        assert info.hyper[0].name == "lr"
        for h in info.hyper:
            assert h.help.endswith(".") or h.help.endswith(".)")
            assert h.minimum <= float(h.default) <= h.maximum
            assert h.kind in ("float", "bool")
    assert "alpha" in next(h.help for h in OPTIMIZERS["rmsprop"].hyper if h.name == "rho")


TORCH_EQUIVALENTS = {
    "sgd": (dict(lr=0.01, momentum=0.5, dampening=0.1, weight_decay=0.01),
            lambda ps: torch.optim.SGD(ps, lr=0.01, momentum=0.5, dampening=0.1, weight_decay=0.01)),
    "momentum": (dict(lr=0.01), lambda ps: torch.optim.SGD(ps, lr=0.01, momentum=0.9)),
    "nesterov": (dict(lr=0.01, momentum=0.8),
                 lambda ps: torch.optim.SGD(ps, lr=0.01, momentum=0.8, nesterov=True)),
    "rmsprop": (dict(lr=0.01, rho=0.9, eps=1e-7, momentum=0.3, centered=True),
                lambda ps: torch.optim.RMSprop(ps, lr=0.01, alpha=0.9, eps=1e-7, momentum=0.3, centered=True)),
    "adam": (dict(lr=0.05, beta1=0.8, beta2=0.99, amsgrad=True, weight_decay=0.1),
             lambda ps: torch.optim.Adam(ps, lr=0.05, betas=(0.8, 0.99), amsgrad=True, weight_decay=0.1)),
    "adamw": (dict(lr=0.05), lambda ps: torch.optim.AdamW(ps, lr=0.05)),
    "adagrad": (dict(lr=0.1, lr_decay=0.01, initial_accumulator_value=0.1),
                lambda ps: torch.optim.Adagrad(ps, lr=0.1, lr_decay=0.01, initial_accumulator_value=0.1)),
}


@pytest.mark.parametrize("name", list(TORCH_EQUIVALENTS))
def test_matches_torch_optim(name):
    hyper, reference = TORCH_EQUIVALENTS[name]
    ours, opt, p = run_loop(lambda ps: make_optimizer(name, ps, **hyper))
    theirs, _, _ = run_loop(reference)
    assert torch.equal(ours, theirs)
    assert not torch.equal(ours, torch.tensor([[0.3, 0.1], [-0.7, 2.0]], dtype=torch.float64))
    assert set(optimizer_state(opt, p)) == set(state_names(name, hyper))


def test_gd_is_the_manual_loop():
    ours, opt, _ = run_loop(lambda ps: make_optimizer("gd", ps, lr=0.01))
    p = torch.tensor([[0.3, 0.1], [-0.7, 2.0]], dtype=torch.float64, requires_grad=True)
    for _ in range(25):
        (grad,) = torch.autograd.grad(loss_fn(p), [p])
        with torch.no_grad():
            p -= 0.01 * grad
    assert torch.equal(ours, p.detach())
    assert optimizer_state(opt, p) == {}


def test_sign_moves_fixed_step_toward_lower_side():
    beta = torch.tensor(-5.0, requires_grad=True)
    opt = make_optimizer("sign", [beta], lr=0.01)
    for _ in range(3):
        opt.zero_grad()
        ((beta / 2 - 1) ** 2).backward()
        opt.step()
    assert beta.item() == pytest.approx(-4.97, abs=1e-6)


def test_state_short_names():
    p = torch.zeros(3, requires_grad=True)
    opt = make_optimizer("adam", [p])
    p.grad = torch.ones(3)
    opt.step()
    state = optimizer_state(opt, p)
    assert set(state) == {"m", "v"}
    assert torch.allclose(state["m"], torch.full((3,), 0.1))
    assert state_names("sgd", {}) == ()
    assert state_names("rmsprop", {"momentum": 0.5}) == ("square_avg", "momentum")


def test_defaults_are_torchs():
    for name, cls in [("rmsprop", torch.optim.RMSprop), ("adam", torch.optim.Adam),
                      ("adamw", torch.optim.AdamW), ("adagrad", torch.optim.Adagrad)]:
        opt = make_optimizer(name, [torch.zeros(1, requires_grad=True)])
        reference = cls([torch.zeros(1, requires_grad=True)])
        for key in ("lr", "eps", "weight_decay", "alpha", "betas", "lr_decay", "initial_accumulator_value"):
            assert opt.defaults.get(key) == reference.defaults.get(key), (name, key)


def test_clear_errors():
    p = [torch.zeros(1, requires_grad=True)]
    with pytest.raises(ValueError, match=r"unknown optimizer `adamm`.*adam, adamw"):
        make_optimizer("adamm", p)
    with pytest.raises(ValueError, match=r"no hyper-parameter `rho`.*lr, beta1, beta2"):
        make_optimizer("adam", p, rho=0.9)
    with pytest.raises(ValueError, match="outside its range"):
        make_optimizer("adam", p, beta1=1.5)
    with pytest.raises(ValueError, match="must be a number"):
        make_optimizer("sgd", p, lr="fast")
    with pytest.raises(ValueError, match="true or false"):
        make_optimizer("adam", p, amsgrad=0.5)
