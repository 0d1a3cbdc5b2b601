"""Exercise: an output that overshoots has a negative error."""

import numpy as np

t = np.array([0.7, 0.1])
o = np.array([0.2, 0.3])
W = np.array(
    [
        [1.0, 4.0],  # into output 1: w11, w21
        [3.0, 1.0],  # into output 2: w12, w22
    ]
)

e_output = t - o
s = W.sum(axis=1)
parts = W / s[:, np.newaxis] * e_output[:, np.newaxis]
print("e = t - o = (" + ", ".join(f"{e:.3g}" for e in e_output) + ")")
for k in range(W.shape[0]):
    for j in range(W.shape[1]):
        # "<-": the part of e_k that travels back along the link
        print(f"w{j + 1}{k + 1} = {W[k, j]:.1f} <- {parts[k, j]:.3g}")
