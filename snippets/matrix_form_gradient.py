"""W.T @ e is minus the gradient of the squared error."""

import numpy as np

W = np.array(
    [
        [2.0, 3.0],  # into output 1: w11, w21
        [1.0, 4.0],  # into output 2: w12, w22
    ]
)
h = np.array([1.0, 0.5])  # hidden signals
t = W @ h + np.array(
    [0.8, 0.5]
)  # targets chosen so that e = t - o = (0.8, 0.5)


def squared_error(h, activation):
    o = activation(W @ h)
    return 0.5 * np.sum((t - o) ** 2)


def minus_numerical_gradient(activation, step=1e-6):
    grad = np.zeros_like(h)
    for j in range(len(h)):
        nudge = np.zeros_like(h)
        nudge[j] = step
        grad[j] = (
            squared_error(h + nudge, activation)
            - squared_error(h - nudge, activation)
        ) / (2 * step)
    return -grad


def show(vector):
    return "(" + ", ".join(f"{x:.4g}" for x in vector) + ")"


def linear(x):
    return x


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


e = t - W @ h
print(
    "linear outputs:  W.T @ e =",
    show(W.T @ e),
    "  -dE/dh =",
    show(minus_numerical_gradient(linear)),
)

o = sigmoid(W @ h)
e = t - o
print(
    "sigmoid outputs: W.T @ (e * o * (1 - o)) =",
    show(W.T @ (e * o * (1 - o))),
    "  -dE/dh =",
    show(minus_numerical_gradient(sigmoid)),
)
