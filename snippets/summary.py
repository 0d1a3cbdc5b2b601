"""The whole chapter in a few lines: errors sent back through two layers."""

import numpy as np

W_hidden_output = np.array(
    [[2.0, 3.0], [1.0, 4.0]]
)  # W[k, j] = w_jk: row k = links into node k
W_input_hidden = np.array([[3.0, 2.0], [1.0, 7.0]])
e_output = np.array([0.8, 0.5])


def split_by_weight(W, errors):
    return (W / W.sum(axis=1, keepdims=True)).T @ errors


e_hidden = split_by_weight(W_hidden_output, e_output)
e_input = split_by_weight(W_input_hidden, e_hidden)
print(
    "hidden errors, split by weight:", ", ".join(f"{x:.3g}" for x in e_hidden)
)
print(
    "input errors, split by weight: ", ", ".join(f"{x:.3g}" for x in e_input)
)
print(
    "hidden errors, W.T @ e:        ",
    ", ".join(f"{x:.3g}" for x in W_hidden_output.T @ e_output),
)
