"""docs/one-learning-step.md: one step makes the error smaller; 200 steps, both rules."""

import numpy as np
import pytest

from pages import variables


@pytest.fixture(scope="module")
def v():
    return variables("snippets/one_learning_step.py")


def test_updates_are_alpha_delta_times_the_previous_output(v):
    assert np.allclose(v["dW_ho"], v["alpha"] * np.outer(v["delta_out"], v["h"]))
    assert np.allclose(v["dW_ih"], v["alpha"] * np.outer(v["delta_hidden"], v["x"]))
    assert np.allclose(v["W_ho_new"] - v["W_ho"], v["dW_ho"])
    assert np.allclose(v["W_ih_new"] - v["W_ih"], v["dW_ih"])


def test_one_step_lowers_the_error(v):
    assert v["E_new"] < v["E"]
    assert v["E"] == pytest.approx(0.5 * np.sum((v["t"] - v["o"]) ** 2))


def test_the_step_goes_down_the_gradient(v):
    """The update is -alpha times the gradient the true-gradient page checks."""
    gradient = variables("snippets/true_gradient.py")
    assert np.allclose(v["dW_ho"], -v["alpha"] * gradient["dE_dW_ho"])
    assert np.allclose(v["dW_ih"], -v["alpha"] * gradient["dE_dW_ih"])


def test_the_loss_falls_under_both_rules_for_200_steps():
    loop, one = variables("snippets/one_learning_step_loop.py"), variables("snippets/one_learning_step.py")
    E_book, E_true = loop["E_book"], loop["E_true"]
    assert len(E_book) == len(E_true) == loop["steps"] + 1
    assert E_book[0] == E_true[0] == pytest.approx(one["E"])
    assert E_true[1] == pytest.approx(one["E_new"])
    assert np.all(np.diff(E_book) < 0) and np.all(np.diff(E_true) < 0)
    assert E_true[-1] < E_true[0] / 50
    assert loop["ratio"][-1] > loop["ratio"][0] > 4
