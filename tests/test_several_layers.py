"""docs/several-layers.md: the chapter's worked example, as relations between the snippet's arrays."""

import numpy as np

from pages import run, variables


def test_output_errors_split_in_proportion_to_the_weights():
    v = variables("snippets/several_layers.py")
    assert np.allclose(v["parts"].sum(axis=1), v["e_output"])
    assert np.allclose(v["parts"], v["W_ho"] * (v["e_output"] / v["s"])[:, None])
    assert np.allclose(v["parts"], [[0.32, 0.48], [0.1, 0.4]])


def test_split_hidden_errors_are_the_column_sums():
    v = variables("snippets/several_layers.py")
    assert np.allclose(v["e_split"], v["parts"].sum(axis=0))
    assert np.isclose(v["e_split"].sum(), v["e_output"].sum()), "nothing lost or invented"
    assert "e_split = (0.42, 0.88)" in run("snippets/several_layers.py")


def test_errors_carried_to_the_input_layer():
    v = variables("snippets/several_layers_input.py")
    layer = variables("snippets/several_layers.py")
    assert np.allclose(v["e_split"], layer["e_split"])
    assert np.allclose(v["parts"].sum(axis=1), v["e_split"])
    assert np.allclose(v["e_split_input"], v["parts"].sum(axis=0))
    assert np.allclose(v["e_split_input"], [0.362, 0.938])


def test_exercise_changes_only_the_parts_of_e2():
    v = variables("snippets/several_layers_exercise.py")
    base = variables("snippets/several_layers.py")
    assert np.allclose(v["parts"][0], base["parts"][0])
    assert np.allclose(v["parts"][1], base["parts"][1] * v["e_output"][1] / base["e_output"][1])
    assert np.allclose(v["e_split"], [0.52, 1.28])
