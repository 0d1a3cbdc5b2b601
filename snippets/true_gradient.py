"""The true gradient of E = 1/2 sum (t - o)^2 through two sigmoid layers,
checked weight by weight against central finite differences."""

import math

import numpy as np

# The book's 3-3-3 example (W[k, j] = w_jk: row k holds the links into k),
# with targets in the book's style: 0.99 for the right answer, else 0.01.
W_ih = np.array([[0.9, 0.3, 0.4], [0.2, 0.8, 0.2], [0.1, 0.5, 0.6]])
W_ho = np.array([[0.3, 0.7, 0.5], [0.6, 0.5, 0.2], [0.8, 0.1, 0.9]])
x = np.array([0.9, 0.1, 0.8])
t = np.array([0.01, 0.99, 0.01])


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def squared_error(W_ih, W_ho):
    o = sigmoid(W_ho @ sigmoid(W_ih @ x))
    return 0.5 * np.sum((t - o) ** 2)


h = sigmoid(W_ih @ x)
o = sigmoid(W_ho @ h)
e_output = t - o

delta_out = e_output * o * (1 - o)
dE_dW_ho = -np.outer(delta_out, h)
delta_hidden = (W_ho.T @ delta_out) * h * (1 - h)
dE_dW_ih = -np.outer(delta_hidden, x)


def finite_differences(W, error_of, step=1e-4):
    """Nudge each weight up and down: (E(w + step) - E(w - step)) / 2 step."""
    grad = np.zeros_like(W)
    for index in np.ndindex(W.shape):
        up, down = W.copy(), W.copy()
        up[index] += step
        down[index] -= step
        grad[index] = (error_of(up) - error_of(down)) / (2 * step)
    return grad


numeric_W_ho = finite_differences(W_ho, lambda W: squared_error(W_ih, W))
numeric_W_ih = finite_differences(W_ih, lambda W: squared_error(W, W_ho))
max_diff = max(
    np.abs(dE_dW_ho - numeric_W_ho).max(),
    np.abs(dE_dW_ih - numeric_W_ih).max(),
)


def show(vector):
    return "(" + ", ".join(f"{v:.3g}" for v in vector) + ")"


def show_matrix(name, M):
    print(f"{name} =")
    for row in M:
        print("  [" + ", ".join(f"{v:7.4f}" for v in row) + "]")


print("h =", show(h))
print("o =", show(o))
print("e_output =", show(e_output))
print(f"E = {squared_error(W_ih, W_ho):.3g}")
print("delta_out =", show(delta_out))
print("delta_hidden =", show(delta_hidden))
show_matrix("dE/dW_ho", dE_dW_ho)
show_matrix("dE/dW_ih", dE_dW_ih)
# A bound, not the raw difference, whose last digits vary by machine.
# The step 1e-4 keeps it well inside one power of ten (about 6e-11).
print(f"max |diff| < 1e{math.ceil(math.log10(max_diff))}")
