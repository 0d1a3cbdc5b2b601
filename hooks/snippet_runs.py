"""The one way this project runs a snippet: the build, the tests and the tools all call run().

Not a hook: a module hooks/snippets.py, tests/pages.py and tools/record_outputs.py import.
A snippet runs as a reader would run it, `python snippets/NAME.py` from the project root,
in a subprocess. It passes only if it exits 0, writes nothing to stderr and finishes
within TIMEOUT_SECONDS; otherwise SnippetFailed says which rule it broke and shows stderr.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

TIMEOUT_SECONDS = float(os.environ.get("SNIPPET_TIMEOUT", "30"))

_runs: dict[tuple[str, str, str], Future] = {}  # by root, path and source hash: one run per version
_pool = ThreadPoolExecutor(max_workers=os.cpu_count() or 2)


class SnippetFailed(Exception):
    pass


def _run(root: Path, relpath: str) -> str:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1"}
    try:
        done = subprocess.run([sys.executable, relpath], cwd=root, env=env, capture_output=True,
                              text=True, encoding="utf-8", timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        raise SnippetFailed(f"snippet '{relpath}' ran past {TIMEOUT_SECONDS:g} s and was stopped") from None
    if done.returncode != 0 or done.stderr:
        raise SnippetFailed(f"snippet '{relpath}' exited {done.returncode}"
                            f"{' and wrote to stderr' if done.stderr else ''}:\n{done.stderr}")
    return done.stdout


def start(root: Path, relpath: str) -> Future:
    """Start a run in the background (once per version of the file); run() then waits for it."""
    path = Path(root) / relpath
    if not path.is_file():
        raise SnippetFailed(f"snippet '{relpath}' does not exist")
    key = (str(root), relpath, hashlib.sha256(path.read_bytes()).hexdigest())
    if key not in _runs:
        _runs[key] = _pool.submit(_run, Path(root), relpath)
    return _runs[key]


def run(root: Path, relpath: str) -> str:
    """What `python RELPATH` prints, run from ROOT; SnippetFailed if it breaks a rule."""
    return start(root, relpath).result()
