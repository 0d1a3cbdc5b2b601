"""One output node fed by two links: share its error evenly, or by weight."""

from fractions import Fraction

import numpy as np


def as_fractions(values):
    return ", ".join(str(Fraction(v).limit_denominator(1000)) for v in values)


def as_decimals(values):
    return ", ".join(f"{v:.3g}" for v in values)


weights = np.array([6.0, 3.0])  # w11 and w21, the links into output node 1
error = 0.9  # e1 = t1 - o1

even = np.full(len(weights), error / len(weights))
shares = weights / weights.sum()
by_weight = shares * error

print("even split:       ", as_decimals(even))
print("shares by weight: ", as_fractions(shares))
print("split by weight:  ", as_decimals(by_weight))

# With equal weights the two rules agree: each link takes half.
equal = np.array([3.0, 3.0])
print("equal weights:    ", as_fractions(equal / equal.sum()))
