"""docs/split-error.md: one output node, two links, error shared evenly or by weight."""

import numpy as np

from pages import variables


def test_proportional_split_conserves_the_error_and_follows_the_weights():
    v = variables("snippets/split_error.py")
    assert np.isclose(v["by_weight"].sum(), v["e1"])
    assert np.allclose(v["by_weight"] / v["w"], v["e1"] / v["w"].sum())
    assert v["w"][0] == 2 * v["w"][1] and np.isclose(v["by_weight"][0], 2 * v["by_weight"][1])


def test_even_split_is_the_equal_weights_case():
    v = variables("snippets/split_error.py")
    assert np.allclose(v["even"], v["e1"] / 2)
    assert np.allclose(v["equal"] / v["equal"].sum(), 0.5)


def test_exercise_answer():
    v = variables("snippets/split_error_exercise.py")
    assert np.isclose(v["parts"].sum(), v["e1"])
    assert np.allclose(v["parts"], [0.1, 0.4])
