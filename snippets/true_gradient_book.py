"""The book's rule beside the true gradient, on the same network."""

import numpy as np

W_ih = np.array([[0.9, 0.3, 0.4], [0.2, 0.8, 0.2], [0.1, 0.5, 0.6]])
W_ho = np.array([[0.3, 0.7, 0.5], [0.6, 0.5, 0.2], [0.8, 0.1, 0.9]])
x = np.array([0.9, 0.1, 0.8])
t = np.array([0.01, 0.99, 0.01])


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


h = sigmoid(W_ih @ x)
o = sigmoid(W_ho @ h)
e_output = t - o
delta_out = e_output * o * (1 - o)

# The book: hidden_errors = numpy.dot(self.who.T, output_errors), and the
# sigmoid's slope enters only in each layer's own update.
book_hidden = W_ho.T @ e_output
book_step_W_ho = np.outer(e_output * o * (1 - o), h)
book_step_W_ih = np.outer(book_hidden * h * (1 - h), x)

# The gradient: the output slope o * (1 - o) is applied before going back.
true_hidden = W_ho.T @ delta_out
true_step_W_ho = np.outer(delta_out, h)  # = -dE/dW_ho
true_step_W_ih = np.outer(true_hidden * h * (1 - h), x)  # = -dE/dW_ih


def show(vector):
    return "(" + ", ".join(f"{v:.3g}" for v in vector) + ")"


def cosine(a, b):
    return np.sum(a * b) / np.sqrt(np.sum(a * a) * np.sum(b * b))


same_W_ho = np.allclose(book_step_W_ho, true_step_W_ho)
size = np.linalg.norm(book_step_W_ih) / np.linalg.norm(true_step_W_ih)
angle = cosine(book_step_W_ih, true_step_W_ih)

print("o * (1 - o) =", show(o * (1 - o)))
print("book_hidden = W_ho.T @ e_output =", show(book_hidden))
print("true_hidden = W_ho.T @ delta_out =", show(true_hidden))
print("book_hidden / true_hidden =", show(book_hidden / true_hidden))
print(f"allclose(book_step_W_ho, true_step_W_ho) = {same_W_ho}")
print(f"|book_step_W_ih| / |true_step_W_ih| = {size:.3g}")
print(f"cos(book_step_W_ih, true_step_W_ih) = {angle:.4f}")
