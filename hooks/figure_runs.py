"""How the build hands each snippet's run to the process that draws the figures.

Not a hook: hooks/figures.py calls send() and hooks/figure_drawing.py, the drawing process,
calls received(). The build runs each snippet once (hooks/snippet_runs.py), and a figure
is drawn from that run's values, so it shows the numbers of the output beside it, even
for the timing page, whose numbers change from run to run. As each run ends, send() writes
its values to a file and the line "relpath<TAB>file" to the drawing process's stdin;
received() waits for the run a figure needs. A snippet that fails is never sent: the page
that shows it stops the build.
"""

from __future__ import annotations

import contextlib
import hashlib
import sys
import threading
from concurrent.futures import as_completed
from pathlib import Path

from mkdocs.exceptions import PluginError

import snippet_runs

_arrived: dict[str, str] = {}  # in the drawing process: relpath -> file of its run's values


def sources_hash(root: Path) -> str:
    """Figures depend on their scripts and snippets: a change to any means a new drawing."""
    digest = hashlib.sha256()
    for path in sorted([*(root / "figures").glob("*.py"), *(root / "snippets").glob("*.py")]):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def send(process, root: Path, folder: Path) -> None:
    """From a thread, send PROCESS every snippet's run as it ends, then close its stdin."""
    def sending():
        runs = {snippet_runs.start(root, f"snippets/{path.name}"): f"snippets/{path.name}"
                for path in sorted((root / "snippets").glob("*.py"))}
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


def received(relpath: str) -> bytes:
    """In the drawing process: the values of the build's run of RELPATH, once it has come."""
    while relpath not in _arrived:
        line = sys.stdin.readline()
        if not line:
            raise PluginError(f"figures: no run of {relpath} came from the build")
        name, values = line.rstrip("\n").split("\t")
        _arrived[name] = values
    return Path(_arrived[relpath]).read_bytes()
