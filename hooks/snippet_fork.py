"""The waiting interpreter that hooks/snippet_runs.py forks each snippet's run from (Linux).

Not a hook: run as `python hooks/snippet_fork.py` by hooks/snippet_runs.py, one per CPU.
It imports numpy once, then reads one JSON request per line, [root, relpath, stdout file,
stderr file, time limit, variables file], forks, and answers with the run's exit code, or
null when the run passed its time limit. The forked process is `python RELPATH` run in
ROOT: the snippet is __main__, with its own argv, path, working folder, stdin from
/dev/null and its stdout and stderr in the two files, at the file-descriptor level. A run
that passes leaves its global values in the variables file, for the figures drawn from it.
Where processes cannot fork, `python hooks/snippet_fork.py REQUEST` makes one run.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import runpy
import signal
import sys
import traceback
from pathlib import Path


def as_python_would(root: str, relpath: str, stdout: str, stderr: str, seconds: float, variables: str) -> int:
    """Run the snippet as `python RELPATH` would, in this (forked) process; its exit code."""
    Path(variables).write_bytes(pickle.dumps({}))  # none yet: a run that fails leaves none
    for fd, name, mode in ((0, os.devnull, os.O_RDONLY), (1, stdout, os.O_WRONLY | os.O_CREAT),
                           (2, stderr, os.O_WRONLY | os.O_CREAT)):
        os.dup2(os.open(name, mode, 0o644), fd)
    sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115  (lives until exit)
    sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    os.chdir(root)
    sys.argv, sys.path[0] = [relpath], str(Path(root, relpath).parent)
    if hasattr(signal, "setitimer"):  # SIGALRM ends a run that hangs (elsewhere: the caller's timeout)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        namespace = runpy.run_path(relpath, run_name="__main__")
    except SystemExit as stop:  # sys.exit(): None is 0, a number is the code, a message goes to stderr
        if stop.code is None or isinstance(stop.code, int):
            return stop.code or 0
        print(stop.code, file=sys.stderr)
        return 1
    except BaseException as error:  # the traceback python prints, from the snippet's frame down
        frames = error.__traceback__
        while frames and frames.tb_frame.f_code.co_filename != relpath:
            frames = frames.tb_next
        traceback.print_exception(type(error), error, frames or error.__traceback__)
        return 1
    finally:
        sys.stdout.flush(), sys.stderr.flush()
    keep(namespace, variables)
    return 0


def keep(namespace: dict, path: str) -> None:
    """The run's values that pickle (numbers, arrays, lists), each pickled apart: not
    modules, nor the snippet's own functions, which exist only in this run."""
    kept = {}
    for name in [name for name in namespace if not name.startswith("__")]:
        with contextlib.suppress(pickle.PicklingError, TypeError, AttributeError):
            kept[name] = pickle.dumps(namespace[name])
    Path(path).write_bytes(pickle.dumps(kept))


# numpy's BLAS library reads its thread count as numpy is imported, so a snippet cannot
# choose it in a run forked from here: the waiting interpreter takes the one choice a
# snippet makes, snippets/matrix_speed.py, which times numpy on one thread
# (tests/test_matrix_speed.py checks that the two agree). The other snippets' products are
# too small to be split over threads, so their output is the same either way.
BLAS_THREADS = {"OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}


def wait_for_runs() -> None:
    os.environ.update(BLAS_THREADS)
    import numpy  # noqa: F401  (imported once here, so no run has to)

    for line in sys.stdin:
        if os.fork() == 0:  # the run, ended here: its output is flushed, its code settled.
            # os._exit is the exit the os module's documentation gives a child after fork():
            # sys.exit would take the interpreter apart, touching every object numpy made,
            # page by copy-on-write page, ~30 ms of a ~45 ms run (gc.freeze() saves a third
            # of that). tests/test_snippets.py checks each output against a plain `python`.
            os._exit(as_python_would(*json.loads(line)))
        _, status = os.wait()
        hung = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGALRM
        print(json.dumps(None if hung else os.waitstatus_to_exitcode(status)), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:  # one run, in this process
        sys.exit(as_python_would(*json.loads(sys.argv[1])))
    wait_for_runs()
