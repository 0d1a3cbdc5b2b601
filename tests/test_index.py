"""docs/index.md: the index convention the whole site uses, checked on the snippet's variables."""

import re

import numpy as np

from pages import run, variables

SNIPPET = "snippets/index_convention.py"


def test_printed_lines_follow_the_convention():
    """Each line W[k, j] = w_{j+1}{k+1} names the link from node j+1 into node k+1."""
    W = variables(SNIPPET)["W"]
    lines = re.findall(r"W\[(\d), (\d)\] = w(\d)(\d) = ([\d.]+)\s+\(h(\d) -> o(\d)\)", run(SNIPPET))
    assert len(lines) == W.size
    for row, col, source, target, weight, hidden, output in lines:
        assert int(source) == int(col) + 1 == int(hidden), "column = sending node j"
        assert int(target) == int(row) + 1 == int(output), "row = receiving node k"
        assert float(weight) == W[int(row), int(col)]


def test_forward_pass_is_one_row_of_w_per_output():
    v = variables(SNIPPET)
    assert np.allclose(v["o"], [row @ v["h"] for row in v["W"]])
    assert "o = W @ h = (" + ", ".join(f"{x:.1f}" for x in v["o"]) + ")" in run(SNIPPET)
