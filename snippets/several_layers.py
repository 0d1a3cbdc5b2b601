"""Send the output errors back to the hidden layer, one link at a time."""

import numpy as np

# The book's convention: w_jk is the link from node j to node k of the
# next layer, and the matrix used in o = W_ho @ h stores it at W_ho[k, j]
# (row = destination). The book's code calls this matrix `who`, so the
# printout names its weights who11, who21, ...
W_ho = np.array(
    [
        [2.0, 3.0],  # into output 1: who11 (from hidden 1), who21 (hidden 2)
        [1.0, 4.0],  # into output 2: who12 (from hidden 1), who22 (hidden 2)
    ]
)
e_output = np.array([0.8, 0.5])

# Each output error is shared among the links that feed it, in proportion to
# their weights: row k of the matrix holds the links into output k, and its
# sum s_k is the denominator.
s = W_ho.sum(axis=1)
parts = W_ho / s[:, np.newaxis] * e_output[:, np.newaxis]

print("e_output = (" + ", ".join(f"{e:g}" for e in e_output) + ")")
print("s = (" + ", ".join(f"{x:g}" for x in s) + ")")
for k in range(W_ho.shape[0]):
    for j in range(W_ho.shape[1]):
        # "<-": the part of e_k that travels back along the link
        print(f"who{j + 1}{k + 1} = {W_ho[k, j]:.1f} <- {parts[k, j]:.3g}")

# A hidden node collects the parts on all of its outgoing links: a column sum.
e_split = parts.sum(axis=0)
print("e_split = (" + ", ".join(f"{e:.3g}" for e in e_split) + ")")
