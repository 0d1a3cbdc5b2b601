"""The index convention: w_jk links node j to node k of the next layer."""

import numpy as np

# Row k holds the links INTO node k of the next layer, so W[k, j] = w_jk
# and the forward pass is a plain matrix product o = W @ h.
W = np.array(
    [
        [2.0, 3.0],  # into output 1: w11, w21
        [1.0, 4.0],  # into output 2: w12, w22
    ]
)
h = np.array([1.0, 0.5])  # signals leaving hidden nodes 1 and 2

# Python counts from 0, the book from 1: W[0, 1] is w21, h2 -> o1.
for k in range(W.shape[0]):
    for j in range(W.shape[1]):
        print(
            f"W[{k}, {j}] = w{j + 1}{k + 1} = {W[k, j]:.1f}"
            f"  (h{j + 1} -> o{k + 1})"
        )

o = W @ h
print("o = W @ h = (" + ", ".join(f"{value:.1f}" for value in o) + ")")
