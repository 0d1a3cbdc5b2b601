"""Beyond 2 x 2: three hidden nodes feed two output nodes."""

import numpy as np

# One row per RECEIVING node (2 outputs), one column per SENDING node
# (3 hidden nodes): W[k, j] = w_jk, so o = W @ h turns 3 signals into 2.
W = np.array(
    [
        [2.0, 1.0, 3.0],  # into output 1: w11, w21, w31
        [4.0, 2.0, 2.0],  # into output 2: w12, w22, w32
    ]
)
e_output = np.array([0.6, 0.4])  # one error per output node

s = W.sum(axis=1)  # s_k: the weights into output k
parts = W / s[:, np.newaxis] * e_output[:, np.newaxis]  # e_k * w_jk / s_k
e_split = parts.sum(axis=0)  # column j: the parts that reach hidden node j
transposed = W.T @ e_output


def show(vector):
    return "(" + ", ".join(f"{x:.3g}" for x in vector) + ")"


print("W.shape =", W.shape)
print("W.T.shape =", W.T.shape)
print("e_output.shape =", e_output.shape)
print("e_split.shape =", e_split.shape)
print("(W.T @ e).shape =", transposed.shape)
print("e_output =", show(e_output))
print("s =", show(s))
print("e_k * w_jk / s_k =")  # row k: output k's error; column j: hidden j
for row in parts:
    print("  [" + ", ".join(f"{x:.3g}" for x in row) + "]")
print("e_split =", show(e_split))
print(f"sum(e_split) = {e_split.sum():.3g} = sum(e_output)")
print("W.T @ e =", show(transposed))
