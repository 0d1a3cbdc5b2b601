"""The process that executes the chapter notebooks: python hooks/notebook_shell.py PROJECT FOLDER LANGUAGE...

Not a hook: hooks/notebook_runs.py starts it as the build begins. It runs FOLDER's notebook
of each LANGUAGE cell by cell in IPython's own shell, in this process, at low priority
(InteractiveShell.run_cell, which a Jupyter kernel runs each cell with): a kernel and its
client cost ~1.3 CPU-s of the build's 8, this ~0.6. The tests still run each downloaded
notebook in a real kernel (tests/test_notebook.py, nbclient).

Each notebook starts from an emptied namespace; one whose code cells are, source for source,
those of one that ran (the languages differ in text only) gets that run's outputs. Each is
written beside it (executed-NAME.ipynb), its language printed; the first failing or hanging
cell ends the process, named on stderr.
"""

from __future__ import annotations

import os
import re
import signal
import sys
from pathlib import Path

import nbformat

from chapter_notebook import cell_name, file_name
from snippet_runs import TIMEOUT_SECONDS  # one time limit for all example code

ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*m")


class CellTimedOut(Exception):
    """Raised inside a cell that runs past the time limit (SIGALRM, where there is one)."""


def time_limit(seconds: float) -> None:
    """From now, a cell still running after SECONDS (0: none) raises CellTimedOut. Windows has
    no SIGALRM: there a cell that hangs in the notebook only hangs the build."""
    def too_long(signum, frame):
        raise CellTimedOut(f"timed out after {seconds:g} s")

    if hasattr(signal, "setitimer"):
        signal.signal(signal.SIGALRM, too_long)
        signal.setitimer(signal.ITIMER_REAL, seconds)


def outputs(captured) -> list:
    """What a cell wrote, as the outputs a kernel would have sent the notebook."""
    streams = [nbformat.v4.new_output("stream", name=name, text=text)
               for name, text in (("stdout", captured.stdout), ("stderr", captured.stderr)) if text]
    shown = [nbformat.v4.new_output("display_data", data=output.data, metadata=output.metadata)
             for output in captured.outputs]  # display() and a cell's last value
    return streams + shown


def run_cells(shell, notebook: nbformat.NotebookNode, code: list, language: str) -> str | None:
    """Run the CODE cells in order, each cell's outputs put in it; what failed, or None."""
    from IPython.utils.capture import capture_output

    for count, cell in enumerate(code, start=1):
        with capture_output() as captured:
            time_limit(TIMEOUT_SECONDS)
            result = shell.run_cell(cell.source, store_history=False)  # it catches the cell's errors
            time_limit(0)
        cell.update(outputs=outputs(captured), execution_count=count)  # as a kernel counts
        if not result.success:  # a timeout says so; an error is told as Jupyter shows it
            error, shown = result.error_before_exec or result.error_in_exec, captured.stdout
            told = error if isinstance(error, CellTimedOut) else "failed:\n" + ANSI_COLOUR.sub("", shown)
            return f"{cell_name(language, notebook, cell)} {told}".strip()
    return None


def main(root: str, folder: str, languages: list[str]) -> int:
    from IPython.core.interactiveshell import InteractiveShell
    from traitlets.config import Config

    os.chdir(root)  # where a kernel started for this project would run
    # IPython's files in the build's temporary folder, no history: nothing left in ~/.ipython.
    shell = InteractiveShell.instance(config=Config({"HistoryManager": {"enabled": False}}),
                                      ipython_dir=str(Path(folder) / "ipython"))
    ran: dict[tuple, list] = {}  # code cells' sources -> those cells, executed
    for language in languages:
        notebook = nbformat.read(path := Path(folder) / file_name(language), as_version=4)
        code = [cell for cell in notebook.cells if cell.cell_type == "code"]
        if (sources := tuple(cell.source for cell in code)) not in ran:
            shell.reset(new_session=False)
            if failed := run_cells(shell, notebook, code, language):
                print(failed, file=sys.stderr)
                return 1
            ran[sources] = code
        for cell, done in zip(code, ran[sources], strict=True):  # the same code ran: its outputs
            cell.update(outputs=done.outputs, execution_count=done.execution_count)
        nbformat.write(notebook, path.parent / f"executed-{path.name}")
        print(language, flush=True)  # the build may check this language's page now
    return 0


if __name__ == "__main__":
    getattr(os, "nice", lambda _: None)(10)  # pages first: `mkdocs build` checks notebooks at its end
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
