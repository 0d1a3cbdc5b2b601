"""Exercise: the worked example with e2 = 1.0 instead of 0.5."""

import numpy as np

W_hidden_output = np.array(
    [
        [2.0, 3.0],  # into output 1: w11, w21
        [1.0, 4.0],  # into output 2: w12, w22
    ]
)
output_errors = np.array([0.8, 1.0])

parts = (
    W_hidden_output
    / W_hidden_output.sum(axis=1, keepdims=True)
    * output_errors[:, np.newaxis]
)
print("parts of e2:  ", ", ".join(f"{part:.3g}" for part in parts[1]))
print("hidden errors:", ", ".join(f"{e:.3g}" for e in parts.sum(axis=0)))
