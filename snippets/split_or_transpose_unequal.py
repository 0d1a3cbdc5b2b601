"""Unequal weight sums: the split and W.T @ e weigh the hidden nodes
differently; the ratio between them, or even their order, changes."""

import numpy as np

e_output = np.array([0.8, 0.5])
cases = {  # the worked example with one weight changed
    "w22 = 9": np.array([[2.0, 3.0], [1.0, 9.0]]),
    "w11 = 6": np.array([[6.0, 3.0], [1.0, 4.0]]),
}


def show(name, vector):
    values = ", ".join(f"{x:.3g}" for x in vector)
    term = f"({name})" if " " in name else name
    return (
        f"  {name} = ({values})   {term}[1] / {term}[0] = "
        f"{vector[1] / vector[0]:.3g}   sum = {vector.sum():.3g}"
    )


for case, W_ho in cases.items():
    s = W_ho.sum(axis=1)
    e_split = W_ho.T @ np.diag(1 / s) @ e_output
    transposed = W_ho.T @ e_output
    print(f"{case}:  s = ({s[0]:g}, {s[1]:g})")
    print(show("e_split", e_split))
    print(show("W.T @ e", transposed))
