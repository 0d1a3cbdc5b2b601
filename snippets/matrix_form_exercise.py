"""Exercise: the weights into each output sum to 5 again.

Check W.T @ e against the split by weight.
"""

import numpy as np

W = np.array(
    [
        [1.0, 4.0],  # into output 1: w11, w21
        [3.0, 2.0],  # into output 2: w12, w22
    ]
)
e_output = np.array([0.5, 1.0])

s = W.sum(axis=1)
e_split = (W / s[:, np.newaxis]).T @ e_output
transposed = W.T @ e_output
print("s =", "(" + ", ".join(f"{x:g}" for x in s) + ")")
print("e_split =", "(" + ", ".join(f"{x:.3g}" for x in e_split) + ")")
print("W.T @ e =", "(" + ", ".join(f"{x:.1f}" for x in transposed) + ")")
print(
    "(W.T @ e) / 5 =",
    "(" + ", ".join(f"{x:.3g}" for x in transposed / 5) + ")",
)
