"""The two networks of lesson L4, in PyTorch.

`keras_mlp` is the lesson's Keras model (Dense 512 relu -> Dense 10) with Keras's own
initialisation, so the accuracies match the book. The "Naive" classes below it are the lesson's
from-scratch version, kept line for line close to the book's code because teachers show it:
a dense layer is a matrix product plus a bias through an activation, a model is a list of
layers, and training is `w -= learning_rate * grad`.
"""

from __future__ import annotations

import copy
import math

import torch
from torch import nn

__all__ = [
    "BatchGenerator",
    "NaiveDense",
    "NaiveSequential",
    "copy_to_cpu",
    "glorot_uniform_",
    "is_naive",
    "keras_mlp",
    "model_device",
    "naive_mlp",
    "one_training_step",
    "sparse_categorical_crossentropy",
    "update_weights",
]

INPUTS = 28 * 28
CLASSES = 10


def is_naive(model: object) -> bool:
    """True for the lesson's from-scratch model (plain tensors, outputs probabilities)."""
    return not isinstance(model, nn.Module)


def model_device(model: object) -> torch.device:
    return model.weights[0].device if is_naive(model) else next(model.parameters()).device


def copy_to_cpu(model: object) -> object:
    """A frozen copy on the CPU: the pictures and the drawing pad use it while training goes on."""
    if not is_naive(model):
        return copy.deepcopy(model).cpu().eval().requires_grad_(False)
    clone = copy.copy(model)
    clone.layers = []
    for layer in model.layers:
        twin = copy.copy(layer)
        twin.W, twin.b = layer.W.detach().cpu().clone(), layer.b.detach().cpu().clone()
        clone.layers.append(twin)
    return clone


def glorot_uniform_(weight: torch.Tensor, generator: torch.Generator | None = None) -> torch.Tensor:
    """Keras's default kernel init: uniform in ±sqrt(6 / (fan_in + fan_out))."""
    fan_out, fan_in = weight.shape
    limit = math.sqrt(6.0 / (fan_in + fan_out))
    with torch.no_grad():
        return weight.uniform_(-limit, limit, generator=generator)


def keras_mlp(hidden: int = 512, generator: torch.Generator | None = None) -> nn.Sequential:
    """784 -> Dense(hidden, relu) -> Dense(10); softmax is folded into the cross-entropy loss."""
    model = nn.Sequential(nn.Linear(INPUTS, hidden), nn.ReLU(), nn.Linear(hidden, CLASSES))
    for layer in (model[0], model[2]):
        glorot_uniform_(layer.weight, generator)
        nn.init.zeros_(layer.bias)
    return model


# ---- the lesson's network from scratch ------------------------------------------------------


class NaiveDense:
    def __init__(self, input_size, output_size, activation, *, generator=None, device=None):
        self.activation = activation

        w_shape = (input_size, output_size)
        w_initial_value = torch.rand(w_shape, generator=generator) * 0.1  # uniform in [0, 0.1]
        self.W = w_initial_value.to(device).requires_grad_()

        b_shape = (output_size,)
        b_initial_value = torch.zeros(b_shape)
        self.b = b_initial_value.to(device).requires_grad_()

    def __call__(self, inputs):
        return self.activation(inputs @ self.W + self.b)

    @property
    def weights(self):
        return [self.W, self.b]


class NaiveSequential:
    def __init__(self, layers):
        self.layers = layers

    def __call__(self, inputs):
        x = inputs
        for layer in self.layers:
            x = layer(x)
        return x

    @property
    def weights(self):
        weights = []
        for layer in self.layers:
            weights += layer.weights
        return weights


def softmax(x):
    return torch.softmax(x, dim=-1)


def naive_mlp(hidden=512, *, generator=None, device=None):
    return NaiveSequential([
        NaiveDense(input_size=28 * 28, output_size=hidden, activation=torch.relu,
                   generator=generator, device=device),
        NaiveDense(input_size=hidden, output_size=10, activation=softmax,
                   generator=generator, device=device),
    ])


class BatchGenerator:
    def __init__(self, images, labels, batch_size=128):
        assert len(images) == len(labels)
        self.index = 0
        self.images = images
        self.labels = labels
        self.batch_size = batch_size
        self.num_batches = math.ceil(len(images) / batch_size)

    def next(self):
        images = self.images[self.index : self.index + self.batch_size]
        labels = self.labels[self.index : self.index + self.batch_size]
        self.index += self.batch_size
        return images, labels


def sparse_categorical_crossentropy(labels, predictions, epsilon=1e-7):
    """Keras's loss on probabilities: -log of the probability given to the true digit."""
    true_probabilities = predictions.gather(1, labels[:, None])[:, 0]
    return -torch.log(true_probabilities.clamp(epsilon, 1 - epsilon))


def update_weights(gradients, weights, learning_rate=1e-3):
    with torch.no_grad():
        for g, w in zip(gradients, weights):
            w -= g * learning_rate


def one_training_step(model, images_batch, labels_batch, learning_rate=1e-3):
    """One step of the lesson; also returns the predictions so the app can show accuracy."""
    predictions = model(images_batch)
    per_sample_losses = sparse_categorical_crossentropy(labels_batch, predictions)
    average_loss = per_sample_losses.mean()
    gradients = torch.autograd.grad(average_loss, model.weights)
    update_weights(gradients, model.weights, learning_rate)
    return average_loss.detach(), predictions.detach()
