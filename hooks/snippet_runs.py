"""The one way this project runs a snippet: the build, the tests and the tools all call run().

Not a hook. `python snippets/NAME.py` runs from the project root in a process of its own; it
passes if it exits 0, writes nothing to stderr and ends within TIMEOUT_SECONDS, else SnippetFailed
names the rule. Each version runs once per build: its page shows its output, its figure uses its
variables(). On Linux it is forked from an interpreter with numpy imported (hooks/snippet_fork.py)."""

from __future__ import annotations

import hashlib
import json
import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

TIMEOUT_SECONDS = float(os.environ.get("SNIPPET_TIMEOUT", "30"))
VARIES = "# output varies:"  # marks a measurement (snippets/matrix_speed.py): timings differ run to run
FORKED = sys.platform.startswith("linux")
FORK_FROM = str(Path(__file__).with_name("snippet_fork.py"))  # the waiting interpreter
WORKERS = os.cpu_count() or 2
ALARMED = -signal.SIGALRM if hasattr(signal, "SIGALRM") else None  # Windows: run's timeout

_runs: dict[tuple[str, str, str], Future] = {}  # by root, path and source hash: one run per version
_pool = ThreadPoolExecutor(max_workers=WORKERS)
_waiting: queue.Queue = queue.Queue()  # interpreters with numpy imported, each free for one run
_started: list[subprocess.Popen] = []
_starting = threading.Lock()


class SnippetFailed(Exception):
    """A snippet broke a rule: which one, and its stderr."""


def _forked(request: list) -> int | None:
    with _starting:
        if _waiting.empty() and len(_started) < WORKERS:
            _started.append(subprocess.Popen([sys.executable, FORK_FROM], stdin=subprocess.PIPE,
                                             stdout=subprocess.PIPE, text=True))
            _waiting.put(_started[-1])
    interpreter = _waiting.get()
    try:
        print(json.dumps(request), file=interpreter.stdin, flush=True)
        return json.loads(interpreter.stdout.readline())
    finally:
        _waiting.put(interpreter)


def _alone(request: list) -> int | None:
    try:
        done = subprocess.run([sys.executable, FORK_FROM, json.dumps(request)], timeout=TIMEOUT_SECONDS + 5)
    except subprocess.TimeoutExpired:
        return None
    return None if done.returncode == ALARMED else done.returncode


def _run(root: Path, relpath: str) -> tuple[str, bytes]:
    with tempfile.TemporaryDirectory(prefix="snippet-") as folder:
        files = [Path(folder, name) for name in ("stdout", "stderr", "variables")]  # made by the run
        request = [str(root), relpath, str(files[0]), str(files[1]), TIMEOUT_SECONDS, str(files[2])]
        code = (_forked if FORKED else _alone)(request)
        stdout, stderr = (file.read_text(encoding="utf-8") for file in files[:2])
        if code is None:
            raise SnippetFailed(f"snippet '{relpath}' ran past {TIMEOUT_SECONDS:g} s and was stopped")
        if code != 0 or stderr:
            raise SnippetFailed(f"snippet '{relpath}' exited {code}"
                                f"{' and wrote to stderr' if stderr else ''}:\n{stderr}")
        return stdout, files[2].read_bytes()


def start(root: Path, relpath: str) -> Future:
    """Start a run in the background (once per version of the file); run() then waits for it."""
    path = Path(root) / relpath
    if not path.is_file():
        raise SnippetFailed(f"snippet '{relpath}' does not exist")
    key = (str(root), relpath, hashlib.sha256(path.read_bytes()).hexdigest())
    if key not in _runs:
        _runs[key] = _pool.submit(_run, Path(root), relpath)
    return _runs[key]


def start_all(root: Path) -> dict[Future, str]:
    """Start every snippet in ROOT/snippets at once: each run, and the snippet it runs."""
    return {start(root, f"snippets/{path.name}"): f"snippets/{path.name}"
            for path in sorted((Path(root) / "snippets").glob("*.py"))}


def run(root: Path, relpath: str) -> str:
    """What `python RELPATH` prints, run from ROOT; SnippetFailed if it breaks a rule."""
    return start(root, relpath).result()[0]


def variables(root: Path, relpath: str) -> bytes:
    """The same run's global values, pickled one by one (hooks/snippet_fork.py, keep())."""
    return start(root, relpath).result()[1]
