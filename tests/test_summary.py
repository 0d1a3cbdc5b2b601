"""docs/summary.md: the whole chapter in one snippet agrees with the pages before it."""

import numpy as np

from pages import variables


def test_summary_agrees_with_the_worked_example():
    v = variables("snippets/summary.py")
    layers = variables("snippets/several_layers_input.py")
    assert np.allclose(v["e_split"], layers["e_split"])
    assert np.allclose(v["e_split_input"], layers["e_split_input"])


def test_the_transposed_product_is_the_split_times_the_common_sum():
    v = variables("snippets/summary.py")
    s = v["W_ho"].sum(axis=1)
    assert np.allclose(s, s[0])
    assert np.allclose(v["W_ho"].T @ v["e_output"], s[0] * v["e_split"])
