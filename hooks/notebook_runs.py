"""Execute each language's chapter notebook in the background, from the start of the build.

Not a hook: hooks/notebook.py calls start() as the build begins and executed() when a
page needs the results. hooks/chapter_notebook.py makes the notebooks from the chapter
pages; nbclient runs them one after the other in a thread, so the kernel's start-up
(~2 s) overlaps the snippets, the figures and the pages. Both language builds share one
run, and a rebuild under `mkdocs serve` reruns only a notebook that changed. A cell
that raises or runs past SNIPPET_TIMEOUT stops the build, naming the notebook, the cell
and its snippet.
"""

from __future__ import annotations

import hashlib
import queue
import re
import threading
from concurrent.futures import Future
from pathlib import Path

import nbformat
from mkdocs.exceptions import PluginError
from nbclient import NotebookClient
from nbclient.exceptions import CellControlSignal, DeadKernelError
from traitlets.config import Config

from chapter_notebook import file_name, notebooks
from snippet_runs import TIMEOUT_SECONDS  # one time limit for all example code

ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*m")

_runs: dict[str, Future] = {}  # by the notebook's hash: a rebuild under serve reruns only changes
_made: dict[str, str] = {}  # language -> the notebook's text, as made for this build
_queue: queue.Queue = queue.Queue()


def _work() -> None:
    """One notebook at a time. A daemon thread: a build that fails elsewhere exits at once
    instead of waiting for a notebook nobody will read (the kernel exits with its parent)."""
    while True:
        future, text, folder = _queue.get()
        try:
            future.set_result(execute(text, folder))
        except BaseException as error:  # handed to whoever waits for this notebook
            future.set_exception(error)


threading.Thread(target=_work, daemon=True, name="notebooks").start()


def execute(text: str, folder: str) -> nbformat.NotebookNode:
    notebook = nbformat.reads(text, as_version=4)
    # CurveZMQ between build and kernel: on plain TCP, ipykernel warns in the build log.
    settings = Config({"KernelManager": {"transport_encryption": "auto"}})
    NotebookClient(notebook, config=settings, timeout=TIMEOUT_SECONDS,
                   resources={"metadata": {"path": folder}}).execute()
    return notebook


def start(config) -> None:
    # Making is cheap; each language build remakes them, and only a changed one runs again.
    root = str(Path(config.config_file_path).parent)  # snippets may read files beside themselves
    for language, text in notebooks(Path(config.config_file_path)).items():
        _made[language] = text
        key = hashlib.sha256(text.encode()).hexdigest()
        if key not in _runs:
            _runs[key] = Future()
            _queue.put((_runs[key], text, root))


def made(language: str) -> str:
    return _made[language]


def which_cell(notebook: nbformat.NotebookNode, error: Exception) -> str:
    """nbclient's errors quote the failing cell's source but not its place in the notebook."""
    for number, cell in enumerate(notebook.cells, start=1):
        lines = cell.source.strip().splitlines()
        if cell.cell_type == "code" and lines and lines[0] in str(error):
            return f"cell {number} (id {cell.id}, code of {cell.metadata.get('snippet', '?')})"
    return "a cell"


def executed(language: str) -> nbformat.NotebookNode:
    """The executed notebook of a language; waits for its run."""
    text = _made[language]
    try:
        return _runs[hashlib.sha256(text.encode()).hexdigest()].result()
    except (CellControlSignal, DeadKernelError) as error:
        detail = ANSI_COLOUR.sub("", str(error)).strip()
        where = f"{file_name(language)} (made from the {language} chapter pages)"
        cell = which_cell(nbformat.reads(text, as_version=4), error)
        raise PluginError(f"{where}, {cell} failed:\n{detail}") from None
