"""Execute each language's chapter notebook in a separate process, from the start of the build.

Not a hook: hooks/notebook.py calls start() as the build begins, hooks/notebook_check.py
executed() once a language is built. The process is hooks/notebook_shell.py, at low
priority beside the build. Both language builds share the notebooks, made once, and one
run; `mkdocs serve` reruns only a changed notebook. A failing or hanging cell stops the
build, naming it and its snippet.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat
from mkdocs.exceptions import PluginError

from chapter_notebook import file_name, notebooks
from languages import site_languages

SHELL = str(Path(__file__).with_name("notebook_shell.py"))  # the process that executes them
_run: dict = {}  # the current run: its key, folder, process, languages done and errors
_made: dict[str, str] = {}  # language -> notebook text


def start(config) -> None:
    project = Path(config.config_file_path)
    if _made and config.theme["language"] != site_languages(project)[0]:
        return  # mkdocs-static-i18n builds this language inside the default one's build: made
    _made.update(notebooks(project))
    key = hashlib.sha256("".join(_made.values()).encode()).hexdigest()
    if _run.get("key") == key:
        return  # the other language's build, or a rebuild with the same notebooks
    stop()
    folder = tempfile.TemporaryDirectory(prefix="notebooks-")  # removed when the build exits
    for language, text in _made.items():
        (Path(folder.name) / file_name(language)).write_text(text, encoding="utf-8")
    process = subprocess.Popen([sys.executable, SHELL, str(project.parent), folder.name, *_made],
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
