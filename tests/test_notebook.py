"""The chapter notebook: made from each language's chapter pages, executed by the build, shown on a page.

hooks/chapter_notebook.py makes it, hooks/notebook_runs.py runs it, hooks/notebook.py
serves the .ipynb and expands `::: notebook` on docs/notebook.md and docs/notebook.ko.md.
The notebook page is an ordinary Markdown page, so the site-wide tests (browser, axe,
MathML, outside requests) cover it like every other page.
"""

from __future__ import annotations

import os
import re
import runpy
import shutil
import subprocess
import sys
import textwrap

import nbformat
import pytest
from bs4 import BeautifulSoup
from nbclient import NotebookClient

import chapter_notebook  # hooks/, which tests/pages.py puts on sys.path
from chapter_text import FRONT_MATTER
from conftest import build_copy as build
from languages import config_of, localized, site_languages
from pages import DOCS, ROOT, built_html, parsed, run, snippets_of

LANGUAGES = site_languages()
CHAPTER = config_of(ROOT / "mkdocs.yml")["extra"]["chapter"]
SITE_ONLY = re.compile(r"^[ \t]*(!!!|\?\?\?|///|::: )|\{[ \t]*[.#:]", re.MULTILINE)


def made(project=ROOT) -> dict[str, nbformat.NotebookNode]:
    return {language: nbformat.reads(text, as_version=4)
            for language, text in chapter_notebook.notebooks(project / "mkdocs.yml").items()}


def code_cells(notebook) -> list:
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def chapter_snippets(language: str) -> list[str]:
    return [snippet for name in CHAPTER
            for snippet in snippets_of(localized(DOCS, name, language))]


# -- Made from the pages ---------------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_every_snippet_of_the_chapter_pages_is_a_cell_in_reading_order(language):
    notebook = made()[language]
    assert [cell.metadata["snippet"] for cell in code_cells(notebook)] == chapter_snippets(language)
    for cell in code_cells(notebook):
        assert cell.source == (ROOT / cell.metadata["snippet"]).read_text(encoding="utf-8")


def test_the_chapter_is_the_nav_in_order():
    nav = config_of(ROOT / "mkdocs.yml")["nav"]
    pages = [next(iter(entry.values())) for entry in nav if isinstance(entry, dict)]
    assert [page for page in pages if page in CHAPTER] == CHAPTER


@pytest.mark.parametrize("language", LANGUAGES)
def test_markdown_cells_are_plain_markdown_with_the_latex_kept(language):
    notebook = made()[language]
    text = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")
    assert SITE_ONLY.findall(text) == [], "admonitions, captions and attribute lists are the site's own"
    assert "$$" in text and r"\mathbf{e}" in text, "the formulas stay LaTeX"
    links = re.findall(r"\]\(([^)]+)\)", text)
    assert links and all(link.startswith(("https://", "#")) for link in links), links
    assert all(cell.outputs == [] for cell in code_cells(notebook)), "served without outputs"
    nbformat.validate(notebook)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_notebook_is_in_its_language(language):
    title = localized(DOCS, "notebook.md", language).read_text(encoding="utf-8")
    title = FRONT_MATTER.sub("", title).lstrip().splitlines()[0]
    assert made()[language].cells[0].source.startswith(title), "the notebook opens with its page's title"
    for name in CHAPTER:  # each chapter page's title, in that language, heads a section
        heading = localized(DOCS, name, language).read_text(encoding="utf-8")
        heading = re.search(r"^# (.+?)(?:\s*\{.*\})?$", heading, re.MULTILINE)[1]
        assert any(cell.source.count(f"## {heading}") for cell in made()[language].cells), heading


def test_a_section_added_to_a_page_is_in_both_notebooks(project_copy):
    for page, heading in (("several-layers.md", "Added section"), ("several-layers.ko.md", "추가한 절")):
        with open(project_copy / "docs" / page, "a", encoding="utf-8") as handle:
            handle.write(f"\n## {heading}\n\nThis text came from the page.\n\n"
                         "::: snippet snippets/split_error.py\n")
    notebooks = made(project_copy)
    assert any("### Added section" in cell.source for cell in notebooks["en"].cells)
    assert any("### 추가한 절" in cell.source for cell in notebooks["ko"].cells)
    for notebook in notebooks.values():
        assert code_cells(notebook)[-1].metadata["snippet"] != "snippets/split_error.py"
        snippets = [cell.metadata["snippet"] for cell in code_cells(notebook)]
        assert snippets.count("snippets/split_error.py") == 2


# -- Served, shown, and runnable alone -------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_page_shows_each_cell_with_what_it_printed_in_this_build(site, language):
    page = localized(DOCS, "notebook.md", language)
    article = parsed(built_html(site, page)).select_one(
        "article")
    blocks = [block.select_one("code").get_text() for block in article.select("div.highlight")]
    for snippet in chapter_snippets(language):
        source = (ROOT / snippet).read_text(encoding="utf-8")
        assert source in blocks and blocks[blocks.index(source) + 1] == run(snippet), snippet
    assert len(article.select("math")) >= 10


@pytest.mark.parametrize("language", LANGUAGES)
def test_download_is_the_made_notebook_and_the_home_page_links_it(site, language):
    name = chapter_notebook.file_name(language)
    served = site / name
    assert served.read_text(encoding="utf-8") == chapter_notebook.notebooks(ROOT / "mkdocs.yml")[language]
    for page in ("notebook.md", "index.md"):
        html = built_html(site, localized(DOCS, page, language))
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        links = soup.select(f'article a[href$="{name}"]')
        assert links and (html.parent / links[0]["href"]).resolve() == served.resolve(), page


@pytest.mark.parametrize("language", LANGUAGES)
def test_downloaded_notebook_runs_alone_and_prints_the_pages_numbers(site, language, tmp_path):
    name = chapter_notebook.file_name(language)
    shutil.copy(site / name, tmp_path)  # an empty folder: no snippets/, no project
    notebook = nbformat.read(tmp_path / name, as_version=4)
    NotebookClient(notebook, timeout=60, resources={"metadata": {"path": str(tmp_path)}}).execute()
    for cell in code_cells(notebook):
        assert "".join(output.text for output in cell.outputs) == run(cell.metadata["snippet"])
    assert sorted(path.name for path in tmp_path.iterdir()) == [name]


@pytest.mark.parametrize("language", LANGUAGES)
def test_page_weighs_at_most_200_kb_gzip_with_everything_it_loads(site, language):
    bench = runpy.run_path(str(ROOT / "tools" / "bench.py"))
    page = built_html(site, localized(DOCS, "notebook.md", language))
    cache: dict = {}
    gzip_bytes = sum(bench["weigh"](path, cache)[1] for path in bench["page_resources"](page, site))
    assert gzip_bytes <= 200_000, f"{gzip_bytes} bytes gzip"


# -- Failures stop the build and say where ----------------------------------------------------

def named_cell(snippet: str) -> str:
    """How the build names a failing cell: the notebook, the cell's place and id, its snippet."""
    return (r"learning-weights\.(ko\.)?ipynb \(made from the (en|ko) chapter pages\), cell \d+ "
            rf"\(id code-\d+, code of snippets/{re.escape(snippet)}\)")


def build_with_notebook_only(project_copy, snippet: str, code: str, **env):
    """Build with `code` added to snippets/SNIPPET, run only where IPython runs it: the notebook."""
    path = project_copy / "snippets" / snippet
    path.write_text(path.read_text(encoding="utf-8") + "\nimport sys\nif 'IPython' in sys.modules:\n"
                    + textwrap.indent(code, "    ") + "\n", encoding="utf-8")
    return build(project_copy, **env)


def test_a_cell_that_fails_only_in_the_notebook_stops_the_build_naming_it(project_copy):
    done = build_with_notebook_only(project_copy, "several_layers.py",
                                    "raise ValueError('only in a notebook')")
    assert done.returncode != 0
    assert re.search(named_cell("several_layers.py") + " failed", done.stderr), done.stderr
    assert "ValueError: only in a notebook" in done.stderr and "\x1b[" not in done.stderr


def test_a_cell_that_hangs_in_the_notebook_is_stopped(project_copy):
    done = build_with_notebook_only(project_copy, "split_error.py", "import time\ntime.sleep(600)",
                                    SNIPPET_TIMEOUT="6")  # the others need < 1 s each
    assert done.returncode != 0 and "timed out" in done.stderr
    assert "code of snippets/split_error.py" in done.stderr


def test_a_cell_that_writes_to_stderr_in_the_notebook_stops_the_build(project_copy):
    done = build_with_notebook_only(project_copy, "split_error.py", "sys.stderr.write('careful')")
    assert done.returncode != 0
    assert re.search(named_cell("split_error.py") + " wrote stderr", done.stderr), done.stderr


def test_a_cell_that_prints_otherwise_in_the_notebook_stops_the_build(project_copy):
    done = build_with_notebook_only(project_copy, "several_outputs.py", "print('only in a notebook')")
    assert done.returncode != 0
    assert re.search(named_cell("several_outputs.py") + " printed something other than the snippet's run",
                     done.stderr), done.stderr


def test_no_notebook_file_is_committed():
    assert list(DOCS.rglob("*.ipynb")) == [], "the build makes the notebooks from the pages"


def test_the_same_code_runs_once_and_other_code_runs_on_its_own_in_an_emptied_namespace(tmp_path):
    import notebook_shell  # hooks/: the process the build starts, started here as the build does

    cells = {"en": "x = 1\nimport os\nprint(os.urandom(8).hex())",
             "ko": "x = 1\nimport os\nprint(os.urandom(8).hex())",  # the English code, other text
             "ja": "print('x' in dir())\nimport os\nprint(os.urandom(8).hex())"}
    for language, code in cells.items():
        notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(f"text in {language}"),
                                                   nbformat.v4.new_code_cell(code)])
        nbformat.write(notebook, tmp_path / chapter_notebook.file_name(language))
    home = tmp_path / "home"
    done = subprocess.run([sys.executable, notebook_shell.__file__, str(ROOT), str(tmp_path), *cells],
                          env={**os.environ, "HOME": str(home)}, capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.split() == list(cells), done.stderr
    assert not home.exists()  # IPython kept its files in the build's folder, not in ~/.ipython
    executed = {language: nbformat.read(tmp_path / f"executed-{chapter_notebook.file_name(language)}", 4)
                for language in cells}
    printed = {language: code_cells(notebook)[0].outputs[0].text for language, notebook in executed.items()}
    assert printed["ko"] == printed["en"]  # one run: random bytes would differ between two
    assert printed["ja"].startswith("False\n") and printed["ja"][6:] != printed["en"]
