"""Execute each notebook in docs/ as the build begins, beside the rest of the build.

nbclient runs the notebook in a thread started before any page is read, so the
kernel's start-up (~2 s) overlaps the snippets, the figures and the other pages;
mkdocs-jupyter (execute: false) then renders the executed copy. Both language builds
share one run. A cell that raises, writes nothing but an error, or runs past
SNIPPET_TIMEOUT (30 s) stops the build, naming the notebook, the cell and its snippet.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import nbformat
from mkdocs.exceptions import PluginError
from nbclient import NotebookClient
from nbclient.exceptions import CellControlSignal, DeadKernelError
from traitlets.config import Config

from snippets import TIMEOUT_SECONDS  # hooks/snippets.py: one time limit for all example code

ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*m")

_runs: dict[str, Future] = {}  # by the notebook's hash
_rendered: dict[str, tuple] = {}
_pool = ThreadPoolExecutor(max_workers=1)
_executed = tempfile.TemporaryDirectory(prefix="notebooks-")  # removed when the build exits


def execute(source: Path, key: str) -> str:
    notebook = nbformat.read(source, as_version=4)
    # CurveZMQ between build and kernel: on plain TCP, ipykernel warns in the build log.
    settings = Config({"KernelManager": {"transport_encryption": "auto"}})
    NotebookClient(notebook, config=settings, timeout=TIMEOUT_SECONDS,
                   resources={"metadata": {"path": str(source.parent)}}).execute()
    executed = Path(_executed.name) / f"{key[:16]}-{source.name}"
    nbformat.write(notebook, executed)
    return str(executed)


def start(source: Path) -> tuple[str, Future]:
    key = hashlib.sha256(source.read_bytes()).hexdigest()
    if key not in _runs:
        _runs[key] = _pool.submit(execute, source, key)
    return key, _runs[key]


def on_pre_build(config):
    for source in sorted(Path(config.docs_dir).rglob("*.ipynb")):
        start(source)


def which_cell(source: Path, error: Exception) -> str:
    """nbclient's errors quote the failing cell's source but not its place in the notebook."""
    cells = json.loads(source.read_text(encoding="utf-8"))["cells"]
    for number, cell in enumerate(cells, start=1):
        lines = "".join(cell["source"]).strip().splitlines()
        if cell["cell_type"] == "code" and lines and lines[0] in str(error):
            snippet = cell["metadata"].get("snippet")
            return f"cell {number} (id {cell['id']}{f', code of {snippet}' if snippet else ''})"
    return "a cell"


def on_pre_page(page, config, files):
    if not page.file.src_uri.endswith(".ipynb"):
        return page
    render = page.render  # mkdocs-jupyter's, set in its on_pre_page
    source = Path(page.file.abs_src_path)

    def render_executed(config, files):
        key, run = start(source)
        if key not in _rendered:
            try:
                executed = run.result()
            except (CellControlSignal, DeadKernelError) as error:
                detail = ANSI_COLOUR.sub("", str(error)).strip()
                where = f"docs/{page.file.src_uri}, {which_cell(source, error)}"
                raise PluginError(f"{where} failed:\n{detail}") from None
            page.file.abs_src_path = executed  # mkdocs-jupyter reads the file when it renders
            try:
                render(config, files)
            finally:
                page.file.abs_src_path = str(source)
            _rendered[key] = page.content, page.toc
        page.content, page.toc = _rendered[key]

    page.render = render_executed
    return page
