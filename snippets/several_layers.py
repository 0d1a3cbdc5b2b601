"""Send the output errors back to the hidden layer, one link at a time."""

import numpy as np

# The book's convention: w_jk is the link from node j to node k of the
# next layer, and the matrix used in o = W @ h stores it at W[k, j]
# (row = destination).
W_hidden_output = np.array(
    [
        [2.0, 3.0],  # into output 1: w11 (from hidden 1), w21 (from hidden 2)
        [1.0, 4.0],  # into output 2: w12 (from hidden 1), w22 (from hidden 2)
    ]
)
output_errors = np.array([0.8, 0.5])

# Each output error is shared among the links that feed it, in proportion to
# their weights: row k of the matrix holds the links into output k.
shares = W_hidden_output / W_hidden_output.sum(axis=1, keepdims=True)
split_errors = shares * output_errors[:, np.newaxis]

for k, row in enumerate(split_errors, start=1):
    for j, part in enumerate(row, start=1):
        print(
            f"e{k} = {output_errors[k - 1]:g} sends {part:.3g}"
            f" back along w{j}{k}"
        )

# A hidden node collects the parts on all of its outgoing links: a column sum.
hidden_errors = split_errors.sum(axis=0)
for j, error in enumerate(hidden_errors, start=1):
    print(f"hidden node {j} error = {error:.3g}")
