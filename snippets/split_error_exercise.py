"""Exercise: weights 1.0 and 4.0 feed a node whose error is 0.5."""

import numpy as np

w = np.array([1.0, 4.0])  # w11, w21
e1 = 0.5

parts = e1 * w / w.sum()
for j, (weight, part) in enumerate(zip(w, parts, strict=True), start=1):
    # "<-": the part of e1 that travels back along the link
    print(f"w{j}1 = {weight:.1f} <- {part:.3g}")
print(f"sum = {parts.sum():.3g} = e1")
