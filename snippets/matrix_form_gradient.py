"""W.T @ e against minus the gradient of E = 1/2 * sum((t - o)**2).

Two cases, each with targets its outputs can reach:
linear outputs o = W @ h, and sigmoid outputs o = sigmoid(W @ h),
which always lie between 0 and 1.
"""

import numpy as np

W = np.array(
    [
        [2.0, 3.0],  # into output 1: w11, w21
        [1.0, 4.0],  # into output 2: w12, w22
    ]
)


def linear(x):
    return x


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def minus_numerical_gradient(h, t, activation, step=1e-6):
    """Nudge each hidden signal h_j a little both ways and see how E moves."""

    def squared_error(h):
        return 0.5 * np.sum((t - activation(W @ h)) ** 2)

    grad = np.zeros_like(h)
    for j in range(len(h)):
        nudge = np.zeros_like(h)
        nudge[j] = step
        grad[j] = (squared_error(h + nudge) - squared_error(h - nudge)) / (
            2 * step
        )
    return -grad


def show(vector):
    return "(" + ", ".join(f"{x:.3g}" for x in vector) + ")"


# Linear outputs: targets set 0.8 and 0.5 above the outputs, so that
# e = t - o is the worked example's (0.8, 0.5).
h = np.array([1.0, 0.5])
t = W @ h + np.array([0.8, 0.5])
e = t - linear(W @ h)
print("linear: e =", show(e))
print("  W.T @ e =", show(W.T @ e))
print("  -dE/dh  =", show(minus_numerical_gradient(h, t, linear)))

# Sigmoid outputs: targets between 0 and 1, as a sigmoid can only get
# close to them. Here e is NOT (0.8, 0.5), and W.T @ e alone (what the
# book's code sends back) is not the gradient: each e_k is first scaled
# by the sigmoid's slope o_k * (1 - o_k).
h = np.array([0.5, -0.25])
t = np.array([0.99, 0.01])
o = sigmoid(W @ h)
e = t - o
print("sigmoid: o =", show(o))
print("  e =", show(e))
print("  o * (1 - o) =", show(o * (1 - o)))
print("  W.T @ e =", show(W.T @ e))
print("  W.T @ (e * o * (1 - o)) =", show(W.T @ (e * o * (1 - o))))
print("  -dE/dh  =", show(minus_numerical_gradient(h, t, sigmoid)))
