"""Check each executed chapter notebook against its notebook page, once it has run.

The notebook page (hooks/notebook.py) shows each snippet's output from the build's one
run of that snippet, while the notebook itself runs beside the build
(hooks/notebook_runs.py). Every code cell must have printed exactly that output, and
nothing but printed text, or the build stops, naming the notebook, the cell and its
snippet. `mkdocs build` checks at on_shutdown, once every language is built, so the
notebooks run beside all of it (mkdocs-static-i18n builds the other languages inside the
first one's on_post_build); other commands (serve, gh-deploy) use the site as soon as a
language is built, so they check at its on_post_build.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from chapter_notebook import cell_name
from notebook_runs import executed
from snippets import run_snippet

_build: dict = {}  # late: check at on_shutdown; built: the languages built and not yet checked


def on_startup(command, dirty):
    _build.update(late=command == "build", built=[])


def on_build_error(error):
    _build["built"] = []  # a failed build has nothing to check


def on_post_build(config):
    language, root = config.theme["language"], Path(config.config_file_path).parent
    if _build.get("late"):
        _build["built"].append((language, root))
    else:
        check(language, root)


def on_shutdown():
    while _build.get("built"):
        check(*_build["built"].pop(0))


def check(language: str, root: Path) -> None:
    notebook = executed(language)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            where = cell_name(language, notebook, cell)
            if printed(cell, where) != run_snippet(root, cell.metadata["snippet"], where)[1]:
                raise PluginError(f"{where} printed something other than the snippet's run "
                                  "on the notebook page")


def printed(cell, where: str) -> str:
    """What a code cell printed; anything but printed text stops the build, as for snippets."""
    text = []
    for output in cell.outputs:
        if output.output_type != "stream" or output.name != "stdout":
            kind = output.get("name", output.output_type)
            raise PluginError(f"{where} wrote {kind}, not printed text only")
        text.append(output.text)
    return "".join(text)
