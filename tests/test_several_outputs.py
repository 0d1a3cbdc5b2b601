"""docs/several-outputs.md: every output node shares its own error over its own links."""

import numpy as np

from pages import variables


def test_errors_are_targets_minus_outputs():
    v = variables("snippets/several_outputs.py")
    assert np.allclose(v["e_output"], v["t"] - v["o"])


def test_each_error_is_split_over_its_own_links():
    v = variables("snippets/several_outputs.py")
    assert np.allclose(v["parts"].sum(axis=1), v["e_output"]), "row k shares e_k, and only e_k"
    assert np.allclose(v["s"], v["W"].sum(axis=1))
    assert np.allclose(v["parts"], v["W"] / v["s"][:, None] * v["e_output"][:, None])


def test_exercise_keeps_the_sign_of_a_negative_error():
    v = variables("snippets/several_outputs_exercise.py")
    assert v["e_output"][1] < 0 and (v["parts"][1] < 0).all()
    assert np.allclose(v["parts"].sum(axis=1), v["e_output"])
