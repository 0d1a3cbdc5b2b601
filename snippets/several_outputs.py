"""Two output nodes: each shares its own error over its own links."""

from fractions import Fraction

import numpy as np

targets = np.array([1.0, 0.5])  # t1, t2 from the training example
outputs = np.array([0.4, 0.3])  # o1, o2 from the forward pass
errors = targets - outputs  # e_k = t_k - o_k

W = np.array(
    [
        [6.0, 3.0],  # into output 1: w11, w21
        [2.0, 2.0],  # into output 2: w12, w22
    ]
)

print(
    "errors:", ", ".join(f"e{k + 1} = {e:.3g}" for k, e in enumerate(errors))
)
# Only the links into node k share e_k: each row is divided by its own sum.
shares = W / W.sum(axis=1, keepdims=True)
parts = shares * errors[:, np.newaxis]

for k in range(W.shape[0]):
    for j in range(W.shape[1]):
        share = Fraction(shares[k, j]).limit_denominator(1000)
        print(
            f"w{j + 1}{k + 1} = {W[k, j]:.1f}: share {share} of e{k + 1}"
            f" -> {parts[k, j]:.3g}"
        )
