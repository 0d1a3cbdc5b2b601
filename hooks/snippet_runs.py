"""The one way this project runs a snippet: the build, the tests and the tools all call run().

Not a hook: a module hooks/snippets.py, tests/pages.py and tools/record_outputs.py import.
A snippet runs as a reader runs it, `python snippets/NAME.py` from the project root, in a
process of its own. It passes only if it exits 0, writes nothing to stderr and finishes
within TIMEOUT_SECONDS; otherwise SnippetFailed says which rule it broke and shows stderr.

On Linux the process is forked from a waiting interpreter that has already imported
numpy (this file run as `python hooks/snippet_runs.py`, one per CPU): starting Python
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
import signal
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

TIMEOUT_SECONDS = float(os.environ.get("SNIPPET_TIMEOUT", "30"))
FORKED = sys.platform.startswith("linux")
WORKERS = os.cpu_count() or 2

_runs: dict[tuple[str, str, str], Future] = {}  # by root, path and source hash: one run per version
_pool = ThreadPoolExecutor(max_workers=WORKERS)
_waiting: queue.Queue = queue.Queue()  # interpreters with numpy imported, each free for one run
_started: list[subprocess.Popen] = []
_starting = threading.Lock()


class SnippetFailed(Exception):
    pass


def _as_python_would(root: str, relpath: str, stdout: str, stderr: str) -> None:
    """In the forked process: `python RELPATH` in ROOT, printing into two files; never returns."""
    import runpy
    import traceback

    for fd, name, mode in ((0, os.devnull, os.O_RDONLY), (1, stdout, os.O_WRONLY), (2, stderr, os.O_WRONLY)):
        os.dup2(os.open(name, mode), fd)
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115  (lives until os._exit)
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    os.chdir(root)
    sys.argv, sys.path[0] = [relpath], str(Path(root, relpath).parent)
    signal.setitimer(signal.ITIMER_REAL, TIMEOUT_SECONDS)  # SIGALRM ends a run that hangs
    code = 0
    try:
        runpy.run_path(relpath, run_name="__main__")
    except SystemExit as stop:  # sys.exit(): None is 0, a number is the code, a message goes to stderr
        code = stop.code or 0
        if not isinstance(code, int):
            print(code, file=sys.stderr)
            code = 1
    except BaseException as error:  # the traceback python prints, from the snippet's frame down
        frames = error.__traceback__
        while frames and frames.tb_frame.f_code.co_filename != relpath:
            frames = frames.tb_next
        traceback.print_exception(type(error), error, frames or error.__traceback__)
        code = 1
    sys.stdout.flush(), sys.stderr.flush()
    os._exit(code)


def _wait_for_runs() -> None:
    """The waiting interpreter: one JSON request per line in, one exit code (or null) per line out."""
    import numpy  # noqa: F401  (imported once here, so no run has to)

    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            _as_python_would(*json.loads(line))
        _, status = os.waitpid(pid, 0)
        hung = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGALRM
        print(json.dumps(None if hung else os.waitstatus_to_exitcode(status)), flush=True)


def _forked(root: Path, relpath: str) -> tuple[int | None, str, str]:
    with _starting:
        if _waiting.empty() and len(_started) < WORKERS:
            _started.append(subprocess.Popen([sys.executable, __file__], stdin=subprocess.PIPE,
                                             stdout=subprocess.PIPE, text=True))
            _waiting.put(_started[-1])
    interpreter = _waiting.get()
    try:
        with tempfile.TemporaryDirectory(prefix="snippet-") as folder:
            stdout, stderr = Path(folder, "stdout"), Path(folder, "stderr")
            stdout.touch(), stderr.touch()
            interpreter.stdin.write(json.dumps([str(root), relpath, str(stdout), str(stderr)]) + "\n")
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


if __name__ == "__main__":
    _wait_for_runs()
