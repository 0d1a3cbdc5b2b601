"""docs/matrix-form.md: the split as a matrix, the transpose, shapes beyond 2x2 and the gradient."""

import numpy as np

from pages import run, variables


def test_fractions_matrix_reproduces_the_split():
    v = variables("snippets/matrix_form.py")
    layers = variables("snippets/several_layers.py")
    assert np.allclose(v["e_split"], layers["e_split"])
    assert np.allclose(v["F"].sum(axis=0), 1), "each column shares one e_k completely"
    assert np.allclose(v["F"], v["W"].T / v["s"])


def test_transpose_is_the_split_times_the_common_sum():
    v = variables("snippets/matrix_form.py")
    assert np.allclose(v["s"], v["s"][0])
    assert np.allclose(v["transposed"], v["s"][0] * v["e_split"])
    assert "W.T @ e = (2.1, 4.4)" in run("snippets/matrix_form.py")


def test_counterexample_is_not_a_rescaling():
    v = variables("snippets/matrix_form_counterexample.py")
    ratio = v["transposed"] / v["e_split"]
    assert not np.isclose(ratio[0], ratio[1])
    assert not np.allclose(v["s"], v["s"][0])


# -- Beyond 2x2: three hidden nodes, two outputs ----------------------------------------------

def test_shapes_put_the_receiving_layer_first():
    v = variables("snippets/matrix_form_shapes.py")
    outputs, hidden = len(v["e_output"]), v["W"].shape[1]
    assert (outputs, hidden) == (2, 3)
    assert v["W"].shape == (outputs, hidden) and v["W"].T.shape == (hidden, outputs)
    assert v["e_split"].shape == v["transposed"].shape == (hidden,)
    printed = run("snippets/matrix_form_shapes.py")
    for line in ("W.shape = (2, 3)", "W.T.shape = (3, 2)", "e_output.shape = (2,)",
                 "e_split.shape = (3,)", "(W.T @ e).shape = (3,)"):
        assert line in printed


def test_shapes_example_conserves_the_error():
    v = variables("snippets/matrix_form_shapes.py")
    assert np.allclose(v["parts"].sum(axis=1), v["e_output"]), "row k: all of e_k, no more"
    assert np.allclose(v["parts"].sum(axis=0), v["e_split"]), "column j: what reaches hidden node j"
    assert np.isclose(v["e_split"].sum(), v["e_output"].sum())


def test_shapes_example_transposed_product_is_weighted_column_sums():
    v = variables("snippets/matrix_form_shapes.py")
    W, e = v["W"], v["e_output"]
    assert np.allclose(v["transposed"], [sum(W[k, j] * e[k] for k in range(2)) for j in range(3)])
    assert not np.allclose(v["s"], v["s"][0]), "sums differ, so W.T @ e is not a rescaled split"


# -- The gradient ---------------------------------------------------------------------------

def test_linear_case_transposed_product_is_minus_the_gradient():
    v = variables("snippets/matrix_form_gradient.py")
    h = np.array([1.0, 0.5])
    t = v["W"] @ h + np.array([0.8, 0.5])
    assert np.allclose(t - v["W"] @ h, [0.8, 0.5])
    assert np.allclose(v["minus_numerical_gradient"](h, t, v["linear"]), v["W"].T @ [0.8, 0.5])


def test_sigmoid_case_reachable_targets_and_the_slope():
    v = variables("snippets/matrix_form_gradient.py")
    assert ((v["t"] > 0) & (v["t"] < 1)).all(), "a sigmoid's outputs lie strictly between 0 and 1"
    o, e, W = v["o"], v["e"], v["W"]
    assert not np.allclose(e, [0.8, 0.5])
    gradient = v["minus_numerical_gradient"](v["h"], v["t"], v["sigmoid"])
    assert np.allclose(gradient, W.T @ (e * o * (1 - o)), atol=1e-6)
    assert not np.allclose(gradient, W.T @ e)
    assert (np.sign(W.T @ e) == np.sign(gradient)).all(), "the page says the signs agree"


def test_exercise_answer():
    v = variables("snippets/matrix_form_exercise.py")
    assert np.allclose(v["s"], 5)
    assert np.allclose(v["transposed"] / 5, v["e_split"])
