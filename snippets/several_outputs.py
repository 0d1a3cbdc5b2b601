"""Two output nodes: each shares its own error over its own links."""

from fractions import Fraction

import numpy as np

t = np.array([1.0, 0.5])  # targets t1, t2 from the training example
o = np.array([0.4, 0.3])  # outputs o1, o2 from the forward pass
e_output = t - o  # e_k = t_k - o_k

W = np.array(
    [
        [6.0, 3.0],  # into output 1: w11, w21
        [2.0, 2.0],  # into output 2: w12, w22
    ]
)

print("e = t - o = (" + ", ".join(f"{e:.3g}" for e in e_output) + ")")
# Only the links into node k share e_k: each row is divided by its own sum.
s = W.sum(axis=1)
shares = W / s[:, np.newaxis]
parts = shares * e_output[:, np.newaxis]
print("s = (" + ", ".join(f"{x:g}" for x in s) + ")")

for k in range(W.shape[0]):
    for j in range(W.shape[1]):
        share = Fraction(shares[k, j]).limit_denominator(1000)
        print(
            f"w{j + 1}{k + 1} = {W[k, j]:.1f}:"
            f" e{k + 1} * {share} = {parts[k, j]:.3g}"
        )
