"""Exercise: weights 1.0 and 4.0 feed a node whose error is 0.5."""

import numpy as np

weights = np.array([1.0, 4.0])
error = 0.5

parts = error * weights / weights.sum()
for weight, part in zip(weights, parts, strict=True):
    print(f"link with weight {weight:.1f} carries {part:.3g}")
