"""The explorer's cases: both rules for sending errors back, side by side."""

import numpy as np


def send_back(W, errors):
    """Share each error over the links into its node (row k of W) by
    weight, then add up the parts at each sending node."""
    parts = W / W.sum(axis=1, keepdims=True) * errors[:, np.newaxis]
    return parts, parts.sum(axis=0)


# W[k, j] = w_jk (row = output node k), as in o = W @ h:
# [[w11, w21], [w12, w22]], then the output errors (e1, e2).
cases = {
    "worked_example": ([[2.0, 3.0], [1.0, 4.0]], [0.8, 0.5]),
    # One output fed by 6 and 3; output 2 has no error to share.
    "six_three": ([[6.0, 3.0], [1.0, 4.0]], [0.9, 0.0]),
    "unequal_sums": ([[2.0, 3.0], [1.0, 9.0]], [0.8, 0.5]),
    "zero_sum": ([[2.0, -2.0], [1.0, 4.0]], [0.8, 0.5]),
    "negative_weights": ([[3.0, -1.0], [-1.0, 4.0]], [0.8, 0.5]),
    "near_zero_sum": ([[2.0, -1.9], [1.0, 4.0]], [0.8, 0.5]),
}

# A share w_jk / s_k bigger than this in size means s_k is close to 0:
# the split hands a link many times the error it is sharing.
LARGE_SHARE = 10


def show(values):
    # nan marks a split that does not exist: s_k = 0 has no shares.
    return "(" + ", ".join(f"{x:.3g}" for x in values) + ")"


print("LARGE_SHARE =", LARGE_SHARE)
splits = {}  # each case's parts and e_split (the page's figure draws one)
for name, (weights, errors) in cases.items():
    W, e_output = np.array(weights), np.array(errors)
    s = W.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        parts, e_split = send_back(W, e_output)
        shares = W / s[:, np.newaxis]
    # s_k = 0 leaves e_k no shares (w / 0 or 0 / 0): no split at all,
    # since every hidden node gets a part of every output error.
    if (s == 0).any():
        parts[s == 0] = shares[s == 0] = np.nan
        e_split[:] = np.nan
    splits[name] = parts, e_split
    wte = W.T @ e_output
    ratio = np.full(2, np.nan)
    np.divide(wte, e_split, out=ratio, where=e_split != 0)
    print()
    print(f'case = "{name}"')
    print("W =", W.tolist())
    print("e_output =", show(e_output))
    print("s =", show(s))
    print("shares =", "[" + ", ".join(show(row) for row in shares) + "]")
    print("parts =", "[" + ", ".join(show(row) for row in parts) + "]")
    print("e_split =", show(e_split))
    print("W.T @ e =", show(wte))
    print("ratio =", show(ratio))
