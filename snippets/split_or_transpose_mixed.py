"""Mixed-sign weights: s_k near 0 makes the split explode; W.T @ e stays
bounded. The split refuses what it cannot share."""

import numpy as np


def split(W, e_output):
    """Share each e_k over the links into output k, in proportion to w_jk."""
    W, e_output = np.asarray(W, float), np.asarray(e_output, float)
    if not (np.isfinite(W).all() and np.isfinite(e_output).all()):
        raise ValueError("split: W and e_output must be finite")
    s = W.sum(axis=1)  # s_k = sum_j w_jk: row k of W holds the links into k
    for k in np.flatnonzero(s == 0):
        raise ValueError(
            f"split: s_{k + 1} = 0 (the weights into output {k + 1}"
            " sum to zero)"
        )
    return W.T @ np.diag(1 / s) @ e_output


def show(vector):
    return "(" + ", ".join(f"{x:.3g}" for x in vector) + ")"


e_output = np.array([0.8, 0.5])
sweep = (-0.4, -0.49, -0.499, -0.5)  # w22, closer and closer to -w12
for w22 in sweep:
    W_ho = np.array([[0.3, 0.5], [0.5, w22]])
    s = W_ho.sum(axis=1)
    print(f"w22 = {w22:g}:  s = {show(s)}", end="   ")
    print(f"W.T @ e = {show(W_ho.T @ e_output)}")
    try:
        print(f"  e_split = {show(split(W_ho, e_output))}")
    except ValueError as refusal:
        print(f"  ValueError: {refusal}")

try:
    split([[0.3, 0.5], [0.5, 0.1]], [0.8, float("nan")])
except ValueError as refusal:
    print(f"e_output = (0.8, nan):  ValueError: {refusal}")

# Random initial weights, as a network starts: mean 0, so some s_k are small.
rng = np.random.default_rng(0)
n = 100
W_random = rng.normal(0.0, n**-0.5, size=(n, n))
e_random = rng.uniform(-0.5, 0.5, size=n)
s_random = W_random.sum(axis=1)
print(f"n = {n}:  min |s_k| = {np.abs(s_random).min():.2g}")
print(f"  max |e_output| = {np.abs(e_random).max():.3g}")
print(f"  max |e_split| = {np.abs(split(W_random, e_random)).max():.3g}")
print(f"  max |W.T @ e| = {np.abs(W_random.T @ e_random).max():.3g}")
