"""docs/true-gradient.md: the deltas, checked by finite differences, and the book's rule beside them."""

import numpy as np
import pytest

from pages import run, variables


@pytest.fixture(scope="module")
def v():
    return variables("snippets/true_gradient.py")


def test_every_gradient_matches_central_finite_differences(v):
    assert v["numeric_W_ho"].shape == v["W_ho"].shape and v["numeric_W_ih"].shape == v["W_ih"].shape
    assert np.abs(v["dE_dW_ho"] - v["numeric_W_ho"]).max() < 1e-8
    assert np.abs(v["dE_dW_ih"] - v["numeric_W_ih"]).max() < 1e-8
    assert v["max_diff"] < 1e-8
    bound = run("snippets/true_gradient.py").splitlines()[-1]
    assert bound.startswith("max |diff| < 1e") and v["max_diff"] < float(bound.split("< ")[1])


def test_the_formulas(v):
    o, h, x = v["o"], v["h"], v["x"]
    assert np.allclose(v["delta_out"], v["e_output"] * o * (1 - o))
    assert np.allclose(v["dE_dW_ho"], -np.outer(v["delta_out"], h))
    assert np.allclose(v["delta_hidden"], (v["W_ho"].T @ v["delta_out"]) * h * (1 - h))
    assert np.allclose(v["dE_dW_ih"], -np.outer(v["delta_hidden"], x))


def test_the_book_forward_pass(v):
    assert np.allclose(v["h"], [0.761, 0.603, 0.650], atol=5e-4)
    assert np.allclose(v["o"], [0.726, 0.708, 0.778], atol=1e-3)


def test_the_book_rule_differs_only_in_the_hidden_layer():
    book = variables("snippets/true_gradient_book.py")
    gradient = variables("snippets/true_gradient.py")
    assert np.allclose(book["book_step_W_ho"], -gradient["dE_dW_ho"])
    assert np.allclose(book["true_step_W_ih"], -gradient["dE_dW_ih"])
    assert book["same_W_ho"]
    # Leaving out o (1 - o) <= 1/4 makes the hidden error at least 4 times longer here.
    assert np.all(book["book_hidden"] / book["true_hidden"] >= 4)
    assert book["size"] == pytest.approx(
        np.linalg.norm(book["book_step_W_ih"]) / np.linalg.norm(book["true_step_W_ih"]))
    assert 0.99 < book["angle"] <= 1
