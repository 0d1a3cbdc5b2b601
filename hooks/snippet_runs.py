"""The one way this project runs a snippet: the build, the tests and the tools all call run().

Not a hook: a module hooks/snippets.py, tests/pages.py and tools/record_outputs.py import.
A snippet runs as a reader runs it, `python snippets/NAME.py` from the project root, in a
process of its own. It passes only if it exits 0, writes nothing to stderr and finishes
within TIMEOUT_SECONDS; otherwise SnippetFailed says which rule it broke and shows stderr.

On Linux the process is forked from a waiting interpreter that has already imported
numpy (hooks/snippet_fork.py, one per CPU): starting Python
and importing numpy cost ~0.2 s of CPU, more than most snippets' own work, and a
build runs two dozen. The fork is still a fresh process with the snippet as __main__,
its own argv, path, working folder and stdout/stderr files, so it prints what `python`
prints; tests/test_snippets.py checks that against a plain interpreter. Elsewhere
(forking after numpy is unsafe on macOS and impossible on Windows) each run starts python.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

TIMEOUT_SECONDS = float(os.environ.get("SNIPPET_TIMEOUT", "30"))
FORKED = sys.platform.startswith("linux")
FORK_FROM = str(Path(__file__).with_name("snippet_fork.py"))  # the waiting interpreter
WORKERS = os.cpu_count() or 2

_runs: dict[tuple[str, str, str], Future] = {}  # by root, path and source hash: one run per version
_pool = ThreadPoolExecutor(max_workers=WORKERS)
_waiting: queue.Queue = queue.Queue()  # interpreters with numpy imported, each free for one run
_started: list[subprocess.Popen] = []
_starting = threading.Lock()


class SnippetFailed(Exception):
    pass


def _forked(root: Path, relpath: str) -> tuple[int | None, str, str]:
    with _starting:
        if _waiting.empty() and len(_started) < WORKERS:
            _started.append(subprocess.Popen([sys.executable, FORK_FROM], stdin=subprocess.PIPE,
                                             stdout=subprocess.PIPE, text=True))
            _waiting.put(_started[-1])
    interpreter = _waiting.get()
    try:
        with tempfile.TemporaryDirectory(prefix="snippet-") as folder:
            stdout, stderr = Path(folder, "stdout"), Path(folder, "stderr")
            stdout.touch(), stderr.touch()
            request = [str(root), relpath, str(stdout), str(stderr), TIMEOUT_SECONDS]
            interpreter.stdin.write(json.dumps(request) + "\n")
            interpreter.stdin.flush()
            code = json.loads(interpreter.stdout.readline())
            return code, stdout.read_text(encoding="utf-8"), stderr.read_text(encoding="utf-8")
    finally:
        _waiting.put(interpreter)


def _python(root: Path, relpath: str) -> tuple[int | None, str, str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1"}
    try:
        done = subprocess.run([sys.executable, relpath], cwd=root, env=env, capture_output=True,
                              text=True, encoding="utf-8", timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return None, "", ""
    return done.returncode, done.stdout, done.stderr


def _run(root: Path, relpath: str) -> str:
    code, stdout, stderr = (_forked if FORKED else _python)(root, relpath)
    if code is None:
        raise SnippetFailed(f"snippet '{relpath}' ran past {TIMEOUT_SECONDS:g} s and was stopped")
    if code != 0 or stderr:
        raise SnippetFailed(f"snippet '{relpath}' exited {code}"
                            f"{' and wrote to stderr' if stderr else ''}:\n{stderr}")
    return stdout


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
