"""Unequal weight sums: W.T @ e is no longer a rescaled split."""

import numpy as np

W = np.array(
    [
        [2.0, 3.0],  # into output 1: sums to 5
        [1.0, 1.0],  # into output 2: sums to 2
    ]
)
e_output = np.array([0.8, 0.5])

by_weight = (W / W.sum(axis=1, keepdims=True)).T @ e_output
transpose = W.T @ e_output


def show(vector):
    return "(" + ", ".join(f"{x:.3g}" for x in vector) + ")"


print("split by weight:", show(by_weight))
print("W.T @ e:        ", show(transpose))
print("ratio:          ", show(transpose / by_weight))
# Compare directions: what fraction of the total blame each hidden node gets.
print(
    "blame shares:    by weight",
    show(by_weight / by_weight.sum()),
    " W.T @ e",
    show(transpose / transpose.sum()),
)
