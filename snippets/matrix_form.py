"""The worked example as matrices, with and without the denominators."""

import numpy as np

# W is W_ho, hidden -> output: W[k, j] = w_jk, so o = W @ h.
W = np.array(
    [
        [2.0, 3.0],  # into output 1: w11, w21
        [1.0, 4.0],  # into output 2: w12, w22
    ]
)
e_output = np.array([0.8, 0.5])

# Entry [j, k] of F is the share of e_k that node j receives:
# w_jk over s_k, the sum of row k of W.
s = W.sum(axis=1)
F = (W / s[:, np.newaxis]).T
e_split = F @ e_output

# Drop the denominators and what is left is the transpose of W.
transposed = W.T @ e_output


def show(vector):
    return "(" + ", ".join(f"{x:.3g}" for x in vector) + ")"


def show_rows(matrix, digits):
    return "\n".join(
        "  [" + ", ".join(f"{x:.{digits}f}" for x in row) + "]"
        for row in matrix
    )


print("F =")
print(show_rows(F, 2))
print("e_split = F @ e =", show(e_split))
print("W.T =")
print(show_rows(W.T, 1))
print("W.T @ e =", show(transposed))
print("s =", show(s))
print("(W.T @ e) / e_split =", show(transposed / e_split))
