"""One output node fed by two links: share its error evenly, or by weight."""

from fractions import Fraction

import numpy as np

weights = np.array([6.0, 3.0])  # w11 and w21, the two links into output node 1
error = 0.9  # e1 = t1 - o1

even = np.full(len(weights), error / len(weights))
shares = weights / weights.sum()
by_weight = shares * error

print("even split:       ", ", ".join(f"{part:.3g}" for part in even))
print(
    "shares by weight: ",
    ", ".join(str(Fraction(s).limit_denominator(1000)) for s in shares),
)
print("split by weight:  ", ", ".join(f"{part:.3g}" for part in by_weight))

# With equal weights the two rules agree: each link takes half.
equal = np.array([3.0, 3.0])
print(
    "equal weights:    ",
    ", ".join(
        str(Fraction(s).limit_denominator(1000)) for s in equal / equal.sum()
    ),
)
