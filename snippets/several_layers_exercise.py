"""Exercise: the worked example with e2 = 1.0 instead of 0.5."""

import numpy as np

W_ho = np.array(
    [
        [2.0, 3.0],  # into output 1: who11, who21
        [1.0, 4.0],  # into output 2: who12, who22
    ]
)
e_output = np.array([0.8, 1.0])

parts = W_ho / W_ho.sum(axis=1, keepdims=True) * e_output[:, np.newaxis]
for j in range(W_ho.shape[1]):
    # only the parts of e2 (row 2) differ from the worked example
    print(f"who{j + 1}2 = {W_ho[1, j]:.1f} <- {parts[1, j]:.3g}")
e_split = parts.sum(axis=0)
print("e_split = (" + ", ".join(f"{e:.3g}" for e in e_split) + ")")
