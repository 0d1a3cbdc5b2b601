"""One output node fed by two links: share its error evenly, or by weight."""

from fractions import Fraction

import numpy as np


def as_fractions(values):
    return ", ".join(str(Fraction(v).limit_denominator(1000)) for v in values)


def show(values):
    return "(" + ", ".join(f"{v:.3g}" for v in values) + ")"


w = np.array([6.0, 3.0])  # w11 and w21, the links into output node 1
e1 = 0.9  # e1 = t1 - o1

even = np.full(len(w), e1 / len(w))
shares = w / w.sum()
by_weight = shares * e1

print("e1 / 2          =", show(even))
print("w / sum(w)      = (" + as_fractions(shares) + ")")
print("e1 * w / sum(w) =", show(by_weight))

# With equal weights the two rules agree: each link takes half.
equal = np.array([3.0, 3.0])
print(
    "w = (3.0, 3.0): w / sum(w) = (" + as_fractions(equal / equal.sum()) + ")"
)
