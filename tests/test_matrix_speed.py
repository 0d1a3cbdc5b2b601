"""docs/matrix-speed.md: three versions agree; numpy is faster at the largest width.

The times themselves change from run to run and are not checked; the snippet's marker
`# output varies:` makes the snapshot and page tests compare line labels only
(tests/pages.py, comparable), and only this snippet may carry it.
"""

import numpy as np
import pytest

from pages import ROOT, SNIPPETS, VARIES, run, variables


@pytest.fixture(scope="module")
def v():
    return variables("snippets/matrix_speed.py")


def test_the_three_versions_agree(v):
    assert v["agree"]
    rng = np.random.default_rng(1)
    W, e_output = rng.uniform(0.1, 1.0, size=(7, 5)), rng.uniform(-1, 1, size=7)
    by_loops = v["split_loops"](W.tolist(), e_output.tolist())
    assert np.allclose(by_loops, v["split_numpy"](W, e_output))
    s = W.sum(axis=1)
    assert np.allclose(v["transposed"](W, e_output), v["split_numpy"](W, e_output * s))


def test_numpy_is_faster_at_the_largest_width(v):
    assert v["widths"][-1] == max(v["widths"])
    assert v["speed_up"][-1] > 1
    assert np.all(v["times"] > 0)


def test_the_page_names_the_machine():
    output = run("snippets/matrix_speed.py")
    for key in ("cpu", "cpu_count", "numpy", "blas"):
        assert any(line.startswith(f"{key} = ") and line.split(" = ", 1)[1].strip()
                   for line in output.splitlines()), key
    assert f"numpy = {np.__version__}" in output


def test_only_the_timing_snippet_may_vary():
    marked = [path.name for path in SNIPPETS if VARIES in path.read_text(encoding="utf-8")]
    assert marked == ["matrix_speed.py"]


def test_prose_states_no_measured_number():
    """Measured numbers live in the output and the figure only: the prose would go stale."""
    for name in ("matrix-speed.md", "matrix-speed.ko.md"):
        text = (ROOT / "docs" / name).read_text(encoding="utf-8")
        for unit in ("µs", " ms", "×"):
            assert unit not in text.replace("`", ""), (name, unit)
