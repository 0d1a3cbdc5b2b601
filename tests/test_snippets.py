"""Every snippet is textbook code: it runs alone, prints tidy numbers and matches its recorded output."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys

import pytest

from pages import PAGES, ROOT, SNIPPETS, VARIES, comparable, run, snippets_of

SNAPSHOTS = ROOT / "tests" / "snapshots"
ALLOWED_IMPORTS = {"numpy", "fractions", "math"}
FLOAT_NOISE = re.compile(r"\d\.\d*(0000000|9999999)\d")


@pytest.fixture(params=SNIPPETS, ids=lambda path: path.name)
def snippet(request):
    return request.param


def test_runs_alone_and_prints_what_the_build_shows(snippet, tmp_path):
    """A reader's `python snippets/NAME.py` in an empty folder prints what the build's runner got.

    The build forks its runs from a process with numpy imported (hooks/snippet_runs.py);
    this is the plain interpreter that claim is checked against.
    """
    (tmp_path / "snippets").mkdir()
    shutil.copy(snippet, tmp_path / "snippets")
    alone = subprocess.run([sys.executable, f"snippets/{snippet.name}"], cwd=tmp_path, capture_output=True,
                           text=True, encoding="utf-8", env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert alone.returncode == 0 and not alone.stderr, alone.stderr
    path = f"snippets/{snippet.name}"
    assert alone.stdout.strip(), "a snippet shows its result by printing it"
    assert comparable(path, alone.stdout) == comparable(path, run(path))


def test_prints_numbers_for_people(snippet):
    output = run(f"snippets/{snippet.name}")
    assert not FLOAT_NOISE.search(output), f"format floats for readers: {FLOAT_NOISE.search(output)[0]}"


def test_imports_only_numpy_and_the_standard_library(snippet):
    source = snippet.read_text(encoding="utf-8")
    tree = ast.parse(source)
    # No snippet runs programs or touches the system; the measurement alone may use os, to
    # set numpy's BLAS thread count before importing numpy (tests/test_matrix_speed.py).
    barred = {"subprocess"} | ({"os"} if VARIES not in source else set())
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom) and node.module}
    assert imported <= ALLOWED_IMPORTS | set(sys.stdlib_module_names) - barred, imported


def test_output_matches_recorded_output(snippet):
    """Recorded outputs make a changed result show up in review (python tools/record_outputs.py)."""
    recorded = SNAPSHOTS / f"{snippet.stem}.txt"
    assert recorded.exists(), "no recorded output: run python tools/record_outputs.py"
    path = f"snippets/{snippet.name}"
    assert comparable(path, run(path)) == comparable(path, recorded.read_text(encoding="utf-8"))


def test_every_snippet_is_shown_on_a_page(snippet):
    used = {path for page in PAGES for path in snippets_of(page)}
    assert f"snippets/{snippet.name}" in used


def test_every_recorded_output_has_its_snippet():
    assert {path.stem for path in SNAPSHOTS.glob("*.txt")} == {path.stem for path in SNIPPETS}
