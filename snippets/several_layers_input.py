"""Carry the worked example one layer further back, to the input layer."""

import numpy as np


def send_back(W, errors):
    """Share each error over the links into its node (row k of W) by
    weight, then add up the parts at each sending node."""
    parts = W / W.sum(axis=1, keepdims=True) * errors[:, np.newaxis]
    return parts, parts.sum(axis=0)


def show(values):
    return "(" + ", ".join(f"{v:.3g}" for v in values) + ")"


# The book's code calls these matrices `who` and `wih`.
W_ho = np.array(
    [
        [2.0, 3.0],  # into output 1: who11, who21
        [1.0, 4.0],  # into output 2: who12, who22
    ]
)
W_ih = np.array(
    [
        [3.0, 2.0],  # into hidden 1: wih11 (from input 1), wih21 (input 2)
        [1.0, 7.0],  # into hidden 2: wih12 (from input 1), wih22 (input 2)
    ]
)
e_output = np.array([0.8, 0.5])

_, e_split = send_back(W_ho, e_output)
parts, e_split_input = send_back(W_ih, e_split)

print("e_split =", show(e_split))
for k in range(W_ih.shape[0]):
    for j in range(W_ih.shape[1]):
        # "<-": the part of hidden node k's error sent back along the link
        print(f"wih{j + 1}{k + 1} = {W_ih[k, j]:.1f} <- {parts[k, j]:.3g}")
print("e_split_input =", show(e_split_input))
