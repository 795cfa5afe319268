"""Parameters at a recorded point of a run, for views that re-evaluate the loss there.

A record stores a tensor parameter element by element (``x[0,1]``); the derivative and graph
views need whole arrays again. Untrained parameters and elements absent from the point keep
their start values. A run's spec may be a ``core.runs.RunSpec`` or the plain dict of its fields
that the window keeps; both are read the same way.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

import numpy as np
from numpy.typing import ArrayLike


def params_at(init: Mapping[str, ArrayLike], point: Mapping[str, float]) -> dict[str, np.ndarray]:
    """Start values with the record columns of ``point`` (``w``, ``x[0,1]``) written in."""
    from desktop_app.core.runs import element_columns  # imports torch: not at startup

    params = {}
    for name, start in init.items():
        array = np.array(start, dtype=np.float64)
        for index, column in zip(np.ndindex(array.shape), element_columns(name, array.shape)):
            if column in point:
                array[index] = point[column]
        params[name] = array
    return params


def spec_fields(spec: Any) -> dict[str, Any]:
    """The fields of a ``RunSpec`` (or of the dict the window stores instead) as a dict."""
    if isinstance(spec, Mapping):
        return dict(spec)
    # Not dataclasses.asdict: it deep-copies, and the data may be an imported 500,000-value column.
    return {field.name: getattr(spec, field.name) for field in dataclasses.fields(spec)}
