"""Carry the worked example one layer further back, to the input layer."""

import numpy as np


def send_back(W, errors):
    """Share each error over the links into its node (row k of W) by
    weight, then add up the parts at each sending node."""
    parts = W / W.sum(axis=1, keepdims=True) * errors[:, np.newaxis]
    return parts, parts.sum(axis=0)


W_hidden_output = np.array(
    [
        [2.0, 3.0],  # into output 1: w11, w21
        [1.0, 4.0],  # into output 2: w12, w22
    ]
)
W_input_hidden = np.array(
    [
        [3.0, 2.0],  # into hidden 1: w11 (from input 1), w21 (from input 2)
        [1.0, 7.0],  # into hidden 2: w12 (from input 1), w22 (from input 2)
    ]
)
output_errors = np.array([0.8, 0.5])

_, hidden_errors = send_back(W_hidden_output, output_errors)
input_parts, input_errors = send_back(W_input_hidden, hidden_errors)

print("hidden errors:", ", ".join(f"{e:.3g}" for e in hidden_errors))
for k in range(2):
    for j in range(2):
        print(
            f"hidden {k + 1} sends {input_parts[k, j]:.3g}"
            f" back along w{j + 1}{k + 1}"
        )
print("input errors: ", ", ".join(f"{e:.3g}" for e in input_errors))
