"""One learning step on the book's 3-3-3 sigmoid network."""

import numpy as np

W_ih = np.array([[0.9, 0.3, 0.4], [0.2, 0.8, 0.2], [0.1, 0.5, 0.6]])
W_ho = np.array([[0.3, 0.7, 0.5], [0.6, 0.5, 0.2], [0.8, 0.1, 0.9]])
x = np.array([0.9, 0.1, 0.8])
t = np.array([0.01, 0.99, 0.01])
alpha = 0.3  # the learning rate


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def forward(W_ih, W_ho):
    h = sigmoid(W_ih @ x)
    return h, sigmoid(W_ho @ h)


def show(vector):
    return "(" + ", ".join(f"{v:.3g}" for v in vector) + ")"


def show_matrix(name, M):
    print(f"{name} =")
    for row in M:
        print("  [" + ", ".join(f"{v:7.4f}" for v in row) + "]")


# Forward pass, errors, deltas: each layer's error times its sigmoid slope.
h, o = forward(W_ih, W_ho)
e_output = t - o
E = 0.5 * np.sum(e_output**2)
delta_out = e_output * o * (1 - o)
delta_hidden = (W_ho.T @ delta_out) * h * (1 - h)

# Each weight w_jk moves by alpha * delta_k * (signal from node j).
dW_ho = alpha * np.outer(delta_out, h)
dW_ih = alpha * np.outer(delta_hidden, x)
W_ho_new = W_ho + dW_ho
W_ih_new = W_ih + dW_ih

h_new, o_new = forward(W_ih_new, W_ho_new)
E_new = 0.5 * np.sum((t - o_new) ** 2)

print("h =", show(h))
print("o =", show(o))
print("e_output = t - o =", show(e_output))
print(f"E = {E:.4f}")
print("delta_out =", show(delta_out))
print("delta_hidden =", show(delta_hidden))
show_matrix("dW_ho = alpha * outer(delta_out, h)", dW_ho)
show_matrix("dW_ih = alpha * outer(delta_hidden, x)", dW_ih)
show_matrix("W_ho_new = W_ho + dW_ho", W_ho_new)
show_matrix("W_ih_new = W_ih + dW_ih", W_ih_new)
print("o_new =", show(o_new))
print(f"E_new = {E_new:.4f}")
