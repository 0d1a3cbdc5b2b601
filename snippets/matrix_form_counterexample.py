"""Unequal weight sums: W.T @ e is no longer a rescaled split."""

import numpy as np

W = np.array(
    [
        [2.0, 3.0],  # into output 1: sums to 5
        [1.0, 1.0],  # into output 2: sums to 2
    ]
)
e_output = np.array([0.8, 0.5])

s = W.sum(axis=1)
e_split = (W / s[:, np.newaxis]).T @ e_output
transposed = W.T @ e_output


def show(vector):
    return "(" + ", ".join(f"{x:.3g}" for x in vector) + ")"


print("s =", show(s))
print("e_split =", show(e_split))
print("W.T @ e =", show(transposed))
print("(W.T @ e) / e_split =", show(transposed / e_split))
# Compare directions: what fraction of the total blame each hidden node gets.
print("e_split / sum(e_split) =", show(e_split / e_split.sum()))
print("(W.T @ e) / sum(W.T @ e) =", show(transposed / transposed.sum()))
