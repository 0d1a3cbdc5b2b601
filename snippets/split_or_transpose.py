"""The split is W.T @ diag(1/s) @ e; W.T @ e is the same without 1/s."""

import numpy as np

W_ho = np.array(
    [
        [2.0, 3.0],  # into output 1: w11, w21  (W[k, j] = w_jk)
        [1.0, 4.0],  # into output 2: w12, w22
    ]
)
e_output = np.array([0.8, 0.5])

s = W_ho.sum(axis=1)  # s_k = sum_j w_jk: row k of W holds the links into k
e_split = W_ho.T @ np.diag(1 / s) @ e_output
transposed = W_ho.T @ e_output


def show(vector):
    return "(" + ", ".join(f"{x:.3g}" for x in vector) + ")"


print("s =", show(s))
print("e_split =", show(e_split))
print("W.T @ e =", show(transposed))
print("(W.T @ e) / e_split =", show(transposed / e_split))
print(f"sum(e_output) = {e_output.sum():.3g}")
print(f"sum(e_split) = {e_split.sum():.3g}")
print(f"sum(W.T @ e) = {transposed.sum():.3g}")
