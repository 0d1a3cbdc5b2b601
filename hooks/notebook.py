"""Put each language's chapter notebook on the site: a download, and a page that shows it.

The .ipynb files (made by hooks/chapter_notebook.py from the chapter pages) are served at
the site's root as learning-weights.ipynb and learning-weights.LANG.ipynb, so any page
links them like any other file. On the notebook page, the line `::: notebook` becomes a
download button and the chapter's text, each snippet shown as its code cell with what
it printed in the build's one run of that snippet; the page never waits for the
notebooks to run (they run beside the build: hooks/notebook_runs.py, and
hooks/notebook_check.py checks them against the page). The page is rendered by the site's
own Markdown, so it gets MathML, Material's code blocks and no Jupyter CSS or CDN.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import nbformat
from mkdocs.structure.files import File

from chapter_notebook import NOTEBOOK_LINE, SNIPPET_LINE, file_name
from chapter_text import chapter_markdown
from languages import label, localized, site_languages
from notebook_runs import made, start, stop
from snippets import DIRECTIVE, fenced, run_snippet

_folder = tempfile.TemporaryDirectory(prefix="notebooks-")  # removed when the build exits


def on_pre_build(config):
    start(config)  # make every language's notebook and start running them, before any page


def on_build_error(error):
    stop()  # no notebook is wanted from a build that failed


def on_files(files, config):
    for language in site_languages(Path(config.config_file_path)):
        # A file on disk: mkdocs-static-i18n 1.3.1 needs every file's abs_src_path.
        path = Path(_folder.name) / file_name(language)
        path.write_text(made(language), encoding="utf-8")
        files.append(File.generated(config, file_name(language), abs_src_path=str(path)))
    return files


def on_page_markdown(markdown, page, config, files):
    if not NOTEBOOK_LINE.search(markdown):
        return markdown
    language = config.theme["language"]
    docs, root = Path(config.docs_dir), Path(config.config_file_path).parent
    printed_by = {}  # snippet -> what it printed in the build's one run
    for page_name in config.extra["chapter"]:  # a broken snippet is named at its page and line
        source = localized(docs, page_name, language)
        text = source.read_text(encoding="utf-8")
        for match in DIRECTIVE.finditer(text):
            where = f"docs/{source.relative_to(docs).as_posix()}:{text.count(chr(10), 0, match.start()) + 1}"
            printed_by[match["path"]] = run_snippet(root, match["path"], where)[1]
    code_cells = iter(cell for cell in nbformat.reads(made(language), as_version=4).cells
                      if cell.cell_type == "code")

    def cell_of(match) -> str:
        cell = next(code_cells)
        indent = match[0][: len(match[0]) - len(match[0].lstrip())]
        output = printed_by[cell.metadata["snippet"]]
        return "\n\n".join([fenced(cell.source, "python", cell.metadata["snippet"], indent),
                            fenced(output, "text", label(language, "output"), indent)])

    chapter = SNIPPET_LINE.sub(cell_of, chapter_markdown(docs, config.extra["chapter"], language))
    name = file_name(language)
    button = f'[{label(language, "download_notebook")} ({name})]({name}){{ .md-button download="{name}" }}'
    return NOTEBOOK_LINE.sub(lambda _: f"{button}\n\n{chapter}", markdown)
