"""Exercise: an output that overshoots has a negative error."""

import numpy as np

targets = np.array([0.7, 0.1])
outputs = np.array([0.2, 0.3])
W = np.array(
    [
        [1.0, 4.0],  # into output 1: w11, w21
        [3.0, 1.0],  # into output 2: w12, w22
    ]
)

errors = targets - outputs
parts = W / W.sum(axis=1, keepdims=True) * errors[:, np.newaxis]
for k in range(W.shape[0]):
    for j in range(W.shape[1]):
        print(
            f"e{k + 1} = {errors[k]:.3g} sends {parts[k, j]:.3g}"
            f" back along w{j + 1}{k + 1}"
        )
