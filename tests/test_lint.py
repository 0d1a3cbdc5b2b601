"""All Python here (snippets, figures, hooks, tools, tests) passes ruff."""

import subprocess
import sys
from pathlib import Path

from pages import ROOT


def test_ruff_is_clean():
    ruff = Path(sys.executable).parent / "ruff"
    done = subprocess.run([ruff, "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout
