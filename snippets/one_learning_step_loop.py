"""200 learning steps: the book's rule beside the true gradient."""

import numpy as np

W_ih_start = np.array([[0.9, 0.3, 0.4], [0.2, 0.8, 0.2], [0.1, 0.5, 0.6]])
W_ho_start = np.array([[0.3, 0.7, 0.5], [0.6, 0.5, 0.2], [0.8, 0.1, 0.9]])
x = np.array([0.9, 0.1, 0.8])
t = np.array([0.01, 0.99, 0.01])
alpha = 0.3
steps = 200


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def train(book_rule):
    """E at each step (201 values for 200 steps) and the length ratio of
    what the book sends back to what the gradient sends back; both rules
    start alike."""
    W_ih, W_ho = W_ih_start.copy(), W_ho_start.copy()
    E, ratios = [], []
    for _ in range(steps + 1):
        h = sigmoid(W_ih @ x)
        o = sigmoid(W_ho @ h)
        e_output = t - o
        E.append(0.5 * np.sum(e_output**2))
        delta_out = e_output * o * (1 - o)
        true_hidden = W_ho.T @ delta_out  # back through the output slope
        book_hidden = W_ho.T @ e_output  # the book: the slope left out
        ratios.append(
            np.linalg.norm(book_hidden) / np.linalg.norm(true_hidden)
        )
        hidden = book_hidden if book_rule else true_hidden
        W_ho += alpha * np.outer(delta_out, h)
        W_ih += alpha * np.outer(hidden * h * (1 - h), x)
    return np.array(E), np.array(ratios)


E_book, _ = train(book_rule=True)
E_true, ratio = train(book_rule=False)
shown = [0, 1, 10, 50, 100, 200]

print(f"alpha = {alpha}")
print(" step    E_book    E_true")
for step in shown:
    print(f"{step:5d}  {E_book[step]:8.3g}  {E_true[step]:8.3g}")
print("all(diff(E_book) < 0) =", bool(np.all(np.diff(E_book) < 0)))
print("all(diff(E_true) < 0) =", bool(np.all(np.diff(E_true) < 0)))
# How much longer the book's W_ho.T @ e is than the gradient's, on the
# true gradient's path: it grows as the outputs' sigmoids flatten.
print("|W_ho.T @ e| / |W_ho.T @ delta_out| =", end=" ")
print(f"{ratio[0]:.3g} (step 0), {ratio[-1]:.3g} (step {steps})")
