"""Execute each language's chapter notebook in a separate process, from the start of the build.

Not a hook: hooks/notebook.py calls start() as the build begins, hooks/notebook_check.py
executed() once a language is built. Run as a script, this file executes the notebooks
with nbclient one after the other, at low priority beside the build, in one kernel whose
namespace is emptied (%reset -f) before each (a kernel costs a second of CPU to start;
snippets keep no state but their variables). Both language builds share one run; `mkdocs
serve` reruns only a changed notebook. A failing or hanging cell stops the build, naming
it and its snippet.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat
from mkdocs.exceptions import PluginError

from chapter_notebook import file_name, notebooks, which_cell
from snippet_runs import TIMEOUT_SECONDS  # one time limit for all example code

ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*m")
_run: dict = {}  # the current run: its key, folder, process, languages done and errors
_made: dict[str, str] = {}  # language -> notebook text


def start(config) -> None:
    project = Path(config.config_file_path)
    _made.update(notebooks(project))
    key = hashlib.sha256("".join(_made.values()).encode()).hexdigest()
    if _run.get("key") == key:
        return  # the other language's build, or a rebuild with the same notebooks
    stop()
    folder = tempfile.TemporaryDirectory(prefix="notebooks-")  # removed when the build exits
    for language, text in _made.items():
        (Path(folder.name) / file_name(language)).write_text(text, encoding="utf-8")
    process = subprocess.Popen([sys.executable, __file__, str(project.parent), folder.name, *_made],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _run.update(key=key, folder=folder, process=process, errors=None, done=set())  # done: languages


def stop() -> None:
    if _run.get("process") and _run["process"].poll() is None:
        _run["process"].kill()


def made(language: str) -> str:
    return _made[language]  # the notebook's text, as made for this build


def executed(language: str) -> nbformat.NotebookNode:
    """The executed notebook of a language; waits until the process says it is done."""
    while language not in _run["done"] and _run["errors"] is None:
        if line := _run["process"].stdout.readline():
            _run["done"].add(line.strip())
        else:  # the process ended: it failed, or finished without this language
            errors = _run["process"].communicate()[1]
            _run["errors"] = errors if _run["process"].returncode else ""
    if _run["errors"]:
        raise PluginError(_run["errors"].strip())
    return nbformat.read(Path(_run["folder"].name) / f"executed-{file_name(language)}", as_version=4)


def main(root: str, folder: str, languages: list[str]) -> int:
    from jupyter_core.utils import run_sync
    from nbclient import NotebookClient
    from nbclient.exceptions import CellControlSignal, DeadKernelError
    from traitlets.config import Config

    settings = Config({"KernelManager": {"transport_encryption": "auto"}})  # else ipykernel warns
    options = {"config": settings, "timeout": TIMEOUT_SECONDS, "resources": {"metadata": {"path": root}}}
    kernel = NotebookClient(nbformat.v4.new_notebook(), **options).create_kernel_manager()
    reset = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("%reset -f")])
    try:
        for number, language in enumerate(languages):
            notebook = nbformat.read(path := Path(folder) / file_name(language), as_version=4)
            try:
                for run in ([reset] if number else []) + [notebook]:
                    NotebookClient(run, km=kernel, **options).execute()
            except (CellControlSignal, DeadKernelError) as error:
                where = f"{path.name} (made from the {language} chapter pages), {which_cell(notebook, error)}"
                print(f"{where} failed:\n{ANSI_COLOUR.sub('', str(error)).strip()}", file=sys.stderr)
                return 1
            nbformat.write(notebook, path.parent / f"executed-{path.name}")
            print(language, flush=True)  # the build may check this language's page now
    finally:
        if kernel.has_kernel:
            run_sync(kernel.shutdown_kernel)(now=True)
    return 0


if __name__ == "__main__":  # python hooks/notebook_runs.py PROJECT FOLDER LANGUAGE...
    getattr(os, "nice", lambda _: None)(10)  # pages first: `mkdocs build` checks notebooks at its end
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
