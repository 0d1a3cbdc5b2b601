"""docs/index.md: the index convention the whole site uses, checked on what the snippet prints."""

import re

import numpy as np

from pages import run


def test_printed_matrix_follows_the_convention():
    """Each line W[k, j] = w_{j+1}{k+1} names the link from node j+1 into node k+1."""
    lines = re.findall(r"W\[(\d), (\d)\] = w(\d)(\d) = ([\d.]+)\s+\(hidden (\d) -> output (\d)\)",
                       run("snippets/index_convention.py"))
    assert len(lines) == 4
    W = np.zeros((2, 2))
    for row, col, source, target, weight, hidden, output in lines:
        assert int(source) == int(col) + 1 == int(hidden), "column = sending node j"
        assert int(target) == int(row) + 1 == int(output), "row = receiving node k"
        W[int(row), int(col)] = float(weight)
    assert np.allclose(W, [[2.0, 3.0], [1.0, 4.0]])


def test_forward_pass_is_w_times_h():
    assert "o = W @ h = 3.5, 3.0" in run("snippets/index_convention.py")
