"""How the build hands each snippet's run to the process that draws the figures.

Not a hook: hooks/figures.py calls send(), and hooks/figure_drawing.py, the drawing
process, reads the runs with sent(). The build runs each snippet once
(hooks/snippet_runs.py) and a figure is drawn from that run's values, so it shows the
numbers of the output beside it, even on the timing page, whose numbers change from run to
run. As each run ends, send() writes its values to a file and the line "relpath<TAB>file"
to the drawing process's stdin, where sent() yields the runs in the order they come. A
snippet that fails is never sent: the page that shows it stops the build.
"""

from __future__ import annotations

import contextlib
import hashlib
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import as_completed
from pathlib import Path

from mkdocs.exceptions import PluginError

import snippet_runs


def sources_hash(root: Path) -> str:
    """Figures depend on their scripts and snippets: a change to any means a new drawing."""
    digest = hashlib.sha256()
    for path in sorted([*(root / "figures").glob("*.py"), *(root / "snippets").glob("*.py")]):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def send(process, root: Path, folder: Path) -> None:
    """From a thread, send PROCESS every snippet's run as it ends, then close its stdin."""
    def sending():
        runs = snippet_runs.start_all(root)  # started already by hooks/snippets.py: the same runs
        # A drawing process that stopped early says why itself, when the build waits for it.
        with contextlib.suppress(OSError, ValueError):
            for run in as_completed(runs):
                if run.exception() is None:
                    values = folder / f"{Path(runs[run]).stem}.pickle"
                    values.write_bytes(snippet_runs.variables(root, runs[run]))
                    process.stdin.write(f"{runs[run]}\t{values}\n")
                    process.stdin.flush()
            process.stdin.close()

    threading.Thread(target=sending, daemon=True).start()


def sent(needed) -> Iterator[tuple[str, bytes]]:
    """In the drawing process: each needed snippet's run, (relpath, values), as the build sends it."""
    waiting = set(needed)
    while waiting:
        line = sys.stdin.readline()
        if not line:  # the build sent every run that passed: a failed snippet stops its page
            raise PluginError(f"figures: no run of {sorted(waiting)[0]} came from the build")
        relpath, values = line.rstrip("\n").split("\t")
        if relpath in waiting:
            waiting.discard(relpath)
            yield relpath, Path(values).read_bytes()


def ran_here(root: Path):
    """Where no build sends runs (the tests): each needed snippet run here, as each run ends."""
    def runs(needed) -> Iterator[tuple[str, bytes]]:
        started = {snippet_runs.start(root, relpath): relpath for relpath in needed}
        for run in as_completed(started):
            yield started[run], snippet_runs.variables(root, started[run])

    return runs
