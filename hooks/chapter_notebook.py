"""Make one language's chapter notebook from that language's chapter pages.

Not a hook: a library for hooks/notebook_run.py (which executes the notebooks),
hooks/notebook.py (which puts them on the site), tools/make_notebook.py and the tests.

The chapter is the pages mkdocs.yml lists under extra.chapter, in nav order. Its text is
those pages' Markdown, one after the other, headings one level down; the notebook page
(docs/notebook.md, docs/notebook.LANG.md) shows that text with its own introduction.
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
import yaml

from jupyter_markdown import SOURCE_MARK, plain_markdown
from languages import site_languages

FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
SNIPPET_LINE = re.compile(r"^[ \t>]*::: snippet (?P<path>\S+)[ \t]*$", re.MULTILINE)
NOTEBOOK_LINE = re.compile(r"^::: notebook[ \t]*$", re.MULTILINE)
FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
NAME = "learning-weights"  # the downloaded file: learning-weights.ipynb, learning-weights.ko.ipynb


def config_of(mkdocs_yml: Path) -> dict:
    return yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)


def localized(docs: Path, name: str, language: str) -> Path:
    """docs/NAME.LANG.md when that translation exists, else the default language's page."""
    translated = docs / name.replace(".md", f".{language}.md")
    return translated if language != site_languages()[0] and translated.is_file() else docs / name


def file_name(language: str) -> str:
    return f"{NAME}.ipynb" if language == site_languages()[0] else f"{NAME}.{language}.ipynb"


def outside_fences(text: str, change) -> str:
    """Apply change(line) to every line that is not inside a fenced code block."""
    lines, fence = [], None
    for line in text.splitlines():
        opened = FENCE.match(line)
        if fence is None and opened:
            fence = opened[1]
        elif fence is not None and opened and opened[1].startswith(fence):
            fence = None
        lines.append(line if fence is not None or opened else change(line))
    return "\n".join(lines)


def chapter_markdown(docs: Path, pages: list[str], language: str) -> str:
    """The chapter pages' Markdown in the site's dialect, as one text under one title."""
    parts, ids = [], set()

    def unique(match: re.Match) -> str:
        """An id two pages both give a heading gets _1, _2, ..., as Markdown's toc does with its own."""
        anchor, number = match[1], 0
        while anchor in ids:
            number += 1
            anchor = f"{match[1]}_{number}"
        ids.add(anchor)
        return f"{{ #{anchor} }}"

    for name in pages:
        text = FRONT_MATTER.sub("", localized(docs, name, language).read_text(encoding="utf-8"))
        # Headings go one level down; a page's title gets the page's name as its id in every language.
        anchor = Path(name).stem if Path(name).stem != "index" else "introduction"
        text = re.sub(r"\A# (.+?)(?:[ \t]*\{[^}\n]*\})?[ \t]*$", rf"# \1 {{ #{anchor} }}", text.lstrip(),
                      count=1, flags=re.MULTILINE)
        text = outside_fences(text, lambda line: "#" + line if re.match(r"#{1,5} ", line) else line)
        text = re.sub(r"\{[ \t]*#([\w-]+)[ \t]*\}[ \t]*$", unique, text, flags=re.MULTILINE)
        text = text.replace("](#", f"]({name}#")  # a page's own anchors stay its own
        # Marks where each page's text begins, so an error in it names the page (hooks/mathml.py).
        parts.append(f"<!-- {SOURCE_MARK} docs/{localized(docs, name, language).name} -->\n\n{text.strip()}")
    return "\n\n".join(parts) + "\n"


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
