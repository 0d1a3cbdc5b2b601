"""Make one language's chapter notebook from that language's chapter pages.

Not a hook: a library for hooks/notebook_runs.py (which executes the notebooks),
hooks/notebook.py (which puts them on the site), hooks/notebook_check.py,
tools/make_notebook.py and the tests.

The chapter's text comes from hooks/chapter_text.py, after the notebook page's own
introduction (docs/notebook.md, docs/notebook.LANG.md).
In the .ipynb, the text before each `::: snippet` line becomes a Markdown cell in the
plain Markdown Jupyter reads (admonitions as quotes, captions in italics, links and
figures as full URLs of the published site), and each snippet a code cell holding the
snippet's text byte for byte. A section added to a page is in both notebooks on the next
build: there is no list of steps to keep.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat

from chapter_text import FRONT_MATTER, chapter_markdown
from jupyter_markdown import plain_markdown
from languages import config_of, localized, site_languages

SNIPPET_LINE = re.compile(r"^[ \t>]*::: snippet (?P<path>\S+)[ \t]*$", re.MULTILINE)
NOTEBOOK_LINE = re.compile(r"^::: notebook[ \t]*$", re.MULTILINE)
NAME = "learning-weights"  # the downloaded file: learning-weights.ipynb, learning-weights.ko.ipynb


def file_name(language: str) -> str:
    return f"{NAME}.ipynb" if language == site_languages()[0] else f"{NAME}.{language}.ipynb"


def make_notebook(introduction: str, chapter: str, site_url: str, language: str,
                  root: Path) -> nbformat.NotebookNode:
    """Markdown cells from the text between snippets, a code cell for each snippet."""
    cells, text = [], plain_markdown(introduction.strip() + "\n\n" + chapter, site_url, language)
    for number, part in enumerate(SNIPPET_LINE.split(text)):
        if number % 2 == 0:  # text between two snippet lines
            if markdown := part.strip():
                cells.append(nbformat.v4.new_markdown_cell(markdown, id=f"text-{number // 2}"))
        else:
            path = root / part  # a missing one is reported by the page that names it, with its line
            source = path.read_text(encoding="utf-8") if path.is_file() else f"# {part} does not exist\n"
            code = nbformat.v4.new_code_cell(source, id=f"code-{number // 2}")
            code.metadata["snippet"] = part  # lets the build name the snippet when a cell fails
            cells.append(code)
    notebook = nbformat.v4.new_notebook(cells=cells, metadata={
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    })
    nbformat.validate(notebook)
    return notebook


def notebooks(mkdocs_yml: Path) -> dict[str, str]:
    """Each site language's notebook, as the text of an .ipynb file."""
    config, root = config_of(mkdocs_yml), mkdocs_yml.parent
    docs = root / config.get("docs_dir", "docs")
    made = {}
    for language in site_languages(mkdocs_yml):
        introduction = NOTEBOOK_LINE.split(FRONT_MATTER.sub("", localized(
            docs, "notebook.md", language).read_text(encoding="utf-8")))[0]
        chapter = chapter_markdown(docs, config["extra"]["chapter"], language)
        notebook = make_notebook(introduction, chapter, config["site_url"], language, root)
        made[language] = nbformat.writes(notebook) + "\n"  # as Jupyter saves it
    return made


def cell_name(language: str, notebook: nbformat.NotebookNode, cell) -> str:
    """How a build error names a code cell: its notebook, its place, its id and its snippet."""
    number, snippet = notebook.cells.index(cell) + 1, cell.metadata.get("snippet", "?")
    notebook_name = f"{file_name(language)} (made from the {language} chapter pages)"
    return f"{notebook_name}, cell {number} (id {cell.id}, code of {snippet})"
