"""The worked example as matrices, with and without the denominators."""

import numpy as np

W = np.array(
    [
        [2.0, 3.0],  # into output 1: w11, w21  (W[k, j] = w_jk, so o = W @ h)
        [1.0, 4.0],  # into output 2: w12, w22
    ]
)
e_output = np.array([0.8, 0.5])

# Entry [j, k] is the share of e_k that node j receives:
# w_jk over the sum of row k of W.
fractions = (W / W.sum(axis=1, keepdims=True)).T
e_hidden = fractions @ e_output

# Drop the denominators and what is left is the transpose of W.
e_transpose = W.T @ e_output


def show(vector):
    return "(" + ", ".join(f"{x:.3g}" for x in vector) + ")"


print("fractions =")
print(
    "\n".join(
        "  [" + ", ".join(f"{x:.2f}" for x in row) + "]" for row in fractions
    )
)
print("fractions @ e =", show(e_hidden))
print("W.T =")
print(
    "\n".join("  [" + ", ".join(f"{x:.1f}" for x in row) + "]" for row in W.T)
)
print("W.T @ e       =", show(e_transpose))
print("weights into each output sum to", show(W.sum(axis=1)))
print("ratio W.T @ e / (fractions @ e) =", show(e_transpose / e_hidden))
