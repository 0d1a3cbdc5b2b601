"""Make the page mkdocs-jupyter renders from docs/notebook.ipynb a page like the others.

mkdocs-jupyter executes the notebook and renders it in JupyterLab's markup: ~600 KB of
inline CSS, MathJax and mermaid from CDNs, TeX left for MathJax. This hook rebuilds the
page from the rendered cells in the markup hooks/snippets.py gives the other pages:
Markdown cells as prose with their TeX as MathML (hooks/mathml.py's converter), each
code cell as a code block titled with its snippet, its printed text as an "Output"
block; Material then styles both colour schemes and adds the copy buttons. A button
under the title downloads the notebook.

hooks/notebook_run.py executes the notebook; this hook only shapes the page.
"""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path

from bs4 import BeautifulSoup
from languages import label  # hooks/languages.py: every word the hooks print
from mathml import tex_to_mathml  # hooks/ is on sys.path while MkDocs loads a hook
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs_jupyter.plugin import NotebookFile

DISPLAY_MATH = re.compile(r"<p>\s*\$\$(?P<tex>.+?)\$\$\s*</p>", re.DOTALL)
# The delimiters nbconvert's Markdown parser reads as inline math.
INLINE_MATH = re.compile(r"(?<![$\\])\$(?P<tex>.+?)(?<![$\\])\$", re.DOTALL)


def is_notebook(file) -> bool:
    return file.src_uri.endswith(".ipynb")


def cells_of(page) -> list[dict]:
    return json.loads(Path(page.file.abs_src_path).read_text(encoding="utf-8"))["cells"]


# mkdocs-static-i18n (priority -100) remakes every file as a plain File after
# mkdocs-jupyter made the notebook a page, so the notebook would be copied as raw JSON
# to notebook/index.html. Make it a page again, under the language being built.
@event_priority(-110)
def on_files(files, config):
    i18n = config.plugins.get("i18n")
    language = i18n and i18n.current_language
    prefix = f"{language}/" if i18n and language != i18n.default_language else ""
    for file in [file for file in files if is_notebook(file) and not file.is_documentation_page()]:
        page_file = NotebookFile(file, use_directory_urls=config.use_directory_urls, site_dir=config.site_dir)
        page_file.dest_path = prefix + page_file.dest_path
        page_file.abs_dest_path = os.path.normpath(os.path.join(config.site_dir, page_file.dest_path))
        page_file.url = page_file._get_url(config.use_directory_urls)
        files.remove(file)
        files.append(page_file)
    return files


def code_block(title: str, code_html: str) -> str:
    return (f'<div class="highlight"><span class="filename">{html.escape(title)}</span>'
            f"<pre><span></span><code>{code_html}</code></pre></div>")


def with_mathml(markdown_html: str, where: str) -> str:
    def display(match: re.Match) -> str:
        mathml = tex_to_mathml(html.unescape(match["tex"]).strip(), True, where)
        return f'<div class="math-display">{mathml}</div>'

    def inline(match: re.Match) -> str:
        return tex_to_mathml(html.unescape(match["tex"]).strip(), False, where)

    return INLINE_MATH.sub(inline, DISPLAY_MATH.sub(display, markdown_html))


def on_page_content(content, page, config, files):
    if not is_notebook(page.file):
        return content
    language = config.theme.get("language", "en")
    rendered = BeautifulSoup(content, "html.parser")
    parts = []
    for cell in cells_of(page):
        where = f"docs/{page.file.src_uri}, cell {cell['id']}"
        element = rendered.find(id=f"cell-id={cell['id']}")
        if element is None:
            raise PluginError(f"{where}: not found in the page mkdocs-jupyter rendered")
        if cell["cell_type"] == "markdown":
            markdown = element.select_one(".jp-MarkdownOutput")
            for anchor in markdown.select("a.anchor-link"):  # as Python-Markdown's toc marks them
                anchor.attrs = {"class": "headerlink", "href": anchor["href"], "title": "Permanent link"}
            parts.append(with_mathml(markdown.decode_contents(), where))
        elif cell["cell_type"] == "code":
            source = element.select_one(".jp-InputArea-editor .highlight-ipynb pre")
            code = source.decode_contents().removeprefix("<span></span>")  # code_block adds its own
            parts.append(code_block(cell["metadata"].get("snippet", "Python"), code))
            outputs = element.select(".jp-OutputArea-output")
            for output in outputs:
                kind = output.get("data-mime-type")
                if kind == "application/vnd.jupyter.stderr":  # as for snippets: stderr stops the build
                    raise PluginError(f"{where} wrote to stderr:\n{output.get_text().strip()}")
                if kind != "text/plain":
                    raise PluginError(f"{where} shows {kind}, but this page shows printed text only")
            if printed := "".join(output.select_one("pre").get_text() for output in outputs):
                parts.append(code_block(label(language, "output"), html.escape(printed)))
    # Relative: include_source copies the notebook beside the page's index.html, so the
    # link works at any site_url and with site/ opened from disk.
    name = Path(page.file.src_uri).name
    button = (f'<p><a class="md-button" href="{name}" download>'
              f'{label(language, "download_notebook")} ({name})</a></p>')
    body = "\n".join(parts)
    return body.replace("</h1>", "</h1>" + button, 1) if "</h1>" in body else button + body
