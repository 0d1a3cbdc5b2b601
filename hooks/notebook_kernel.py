"""The process that executes the chapter notebooks: python hooks/notebook_kernel.py PROJECT FOLDER LANGUAGE...

Not a hook: hooks/notebook_runs.py starts it as the build begins. It executes FOLDER's
notebook of each LANGUAGE (hooks/chapter_notebook.py's file names) with nbclient, one after
the other, at low priority, in one kernel whose namespace is emptied (%reset -f) before
each: a kernel costs a second of CPU to start, and snippets keep no state but their
variables. A notebook whose code cells are, source for source, those of one that ran (the
languages differ in their text only) gets that run's outputs. Each executed notebook is
written beside it (executed-NAME.ipynb) and its language printed; the first failing or
hanging cell ends the process, naming the notebook, the cell and its snippet on stderr.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import nbformat

from chapter_notebook import file_name, which_cell
from snippet_runs import TIMEOUT_SECONDS  # one time limit for all example code

ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*m")


def main(root: str, folder: str, languages: list[str]) -> int:
    from jupyter_core.utils import run_sync
    from nbclient import NotebookClient
    from nbclient.exceptions import CellControlSignal, DeadKernelError
    from traitlets.config import Config

    settings = Config({"KernelManager": {"transport_encryption": "auto"}})  # else ipykernel warns
    options = {"config": settings, "timeout": TIMEOUT_SECONDS, "resources": {"metadata": {"path": root}}}
    kernel = NotebookClient(nbformat.v4.new_notebook(), **options).create_kernel_manager()
    reset = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("%reset -f")])
    ran: dict[tuple, list] = {}  # code cells' sources -> those cells, executed
    try:
        for language in languages:
            notebook = nbformat.read(path := Path(folder) / file_name(language), as_version=4)
            code = [cell for cell in notebook.cells if cell.cell_type == "code"]
            try:
                if (sources := tuple(cell.source for cell in code)) not in ran:
                    for run in [reset] * bool(ran) + [notebook]:
                        NotebookClient(run, km=kernel, **options).execute()
                    ran[sources] = code
            except (CellControlSignal, DeadKernelError) as error:
                where = f"{path.name} (made from the {language} chapter pages), {which_cell(notebook, error)}"
                print(f"{where} failed:\n{ANSI_COLOUR.sub('', str(error)).strip()}", file=sys.stderr)
                return 1
            for cell, done in zip(code, ran[sources], strict=True):  # the same code ran: its outputs
                cell.update(outputs=done.outputs, execution_count=done.execution_count)
            nbformat.write(notebook, path.parent / f"executed-{path.name}")
            print(language, flush=True)  # the build may check this language's page now
    finally:
        if kernel.has_kernel:
            run_sync(kernel.shutdown_kernel)(now=True)
    return 0


if __name__ == "__main__":
    getattr(os, "nice", lambda _: None)(10)  # pages first: `mkdocs build` checks notebooks at its end
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
