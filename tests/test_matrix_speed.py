"""docs/matrix-speed.md: three versions agree; numpy is faster at the largest width.

The times themselves change from run to run and are not checked; the snippet's marker
`# output varies:` makes the snapshot and page tests compare line labels only
(tests/pages.py, comparable), and only this snippet may carry it.
"""

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

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


def test_numpy_times_on_one_thread_in_the_build_as_when_run_alone(tmp_path):
    """The snippet sets numpy's BLAS threads before importing numpy. The build's runs are
    forked from an interpreter that imported numpy already (hooks/snippet_fork.py), so it
    must make the same choice, or the page would time something else than a reader's run."""
    import snippet_fork

    source = ast.parse((ROOT / "snippets" / "matrix_speed.py").read_text(encoding="utf-8"))
    chosen = {}
    for loop in (node for node in source.body if isinstance(node, ast.For)):
        for assign in (node for node in loop.body if isinstance(node, ast.Assign)):
            if ast.unparse(assign.targets[0]) == f"os.environ[{ast.unparse(loop.target)}]":
                chosen |= {name: assign.value.value for name in ast.literal_eval(loop.iter)}
    assert chosen == snippet_fork.BLAS_THREADS
    numpy_import = next(node for node in source.body if isinstance(node, ast.Import)
                        and node.names[0].name == "numpy")
    assert all(loop.lineno < numpy_import.lineno for loop in source.body
               if isinstance(loop, ast.For) and "environ" in ast.unparse(loop))

    if not sys.platform.startswith("linux"):
        return  # elsewhere every run is a fresh `python`, where the snippet's own setting counts
    # A waiting interpreter of its own, started without the setting in its environment, so
    # that only the interpreter's own choice can give one thread (not the caller's variables).
    (tmp_path / "snippets").mkdir()
    (tmp_path / "snippets" / "threads.py").write_text(
        "import os\nimport numpy as np\n\nnp.ones((1000, 1000)) @ np.ones(1000)\n"
        "print(len(os.listdir('/proc/self/task')))\n", encoding="utf-8")
    files = [str(tmp_path / name) for name in ("stdout", "stderr", "variables")]
    request = json.dumps([str(tmp_path), "snippets/threads.py", *files[:2], 30, files[2]])
    environment = {name: value for name, value in os.environ.items() if name not in chosen}
    done = subprocess.run([sys.executable, snippet_fork.__file__], input=request + "\n",
                          capture_output=True, text=True, env=environment, timeout=60)
    assert json.loads(done.stdout) == 0, Path(files[1]).read_text(encoding="utf-8")
    assert Path(files[0]).read_text(encoding="utf-8").strip() == "1"  # the numpy threads: one
