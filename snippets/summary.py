"""The whole chapter in a few lines: errors sent back through two layers."""

import numpy as np

# W[k, j] = w_jk: row k holds the links into node k. The book's code
# calls these two matrices `who` and `wih`.
W_ho = np.array([[2.0, 3.0], [1.0, 4.0]])  # hidden -> output
W_ih = np.array([[3.0, 2.0], [1.0, 7.0]])  # input -> hidden
e_output = np.array([0.8, 0.5])


def split_by_weight(W, errors):
    """Share e_k over row k of W in proportion to the weights, then add
    up the parts that reach each sending node: e_k * w_jk / s_k."""
    return (W / W.sum(axis=1, keepdims=True)).T @ errors


def show(values):
    return "(" + ", ".join(f"{x:.3g}" for x in values) + ")"


e_split = split_by_weight(W_ho, e_output)
e_split_input = split_by_weight(W_ih, e_split)
print("e_split =", show(e_split))
print("e_split_input =", show(e_split_input))
# What the book's code sends back instead: the transposed product.
print("W_ho.T @ e_output =", show(W_ho.T @ e_output))
