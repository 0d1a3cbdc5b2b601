"""Write docs/notebook.ipynb: the chapter as a notebook, one step per snippet.

    python tools/make_notebook.py          # rewrite docs/notebook.ipynb
    python tools/make_notebook.py --check  # exit 1 if docs/notebook.ipynb is out of date

Each step is a short Markdown cell followed by a code cell whose source is the
snippet file's text, byte for byte, so the notebook cannot drift from the pages.
To add a step, append (text, snippet path) to STEPS and run the tool. The
notebook is committed without outputs; the site build executes it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "docs" / "notebook.ipynb"

INTRO = r"""# Notebook: sending errors backwards

This notebook walks through the chapter in code, from splitting one error
between two links to the matrix form $W^\top e$. Every code cell is one of the
site's snippets, unchanged: run the cells from top to bottom; only numpy is needed.

The convention throughout: $w_{jk}$ is the weight on the link from node $j$ of
one layer to node $k$ of the next. A weight matrix stores it at `W[k, j]`, one
row per destination node, so the forward pass is $o = W h$. Going backwards
uses the same matrix transposed: $e_{\text{hidden}} = W^\top e_{\text{output}}$,
once the normalising denominators are dropped."""

# (Markdown text, snippet whose text becomes the code cell), in reading order.
STEPS: list[tuple[str, str]] = [
    (r"""## Several layers

Each output error $e_k$ is shared among the links into output node $k$, in
proportion to their weights. A hidden node $j$ then adds up the parts that come
back along all of its outgoing links:

$$e^{\text{hidden}}_j = \sum_k \frac{w_{jk}}{\sum_i w_{ik}}\, e_k$$

With output errors $e_1 = 0.8$ and $e_2 = 0.5$ the hidden errors come out as
0.42 and 0.88.""", "snippets/several_layers.py"),
]


def build() -> nbformat.NotebookNode:
    missing = [path for _, path in STEPS if not (ROOT / path).is_file()]
    if missing:
        raise SystemExit(f"tools/make_notebook.py: STEPS names missing snippets: {', '.join(missing)}")
    # Fixed cell ids keep the file identical from one run to the next.
    cells = [nbformat.v4.new_markdown_cell(INTRO, id="intro")]
    for number, (text, path) in enumerate(STEPS, start=1):
        cells.append(nbformat.v4.new_markdown_cell(text, id=f"step-{number}-text"))
        code = nbformat.v4.new_code_cell((ROOT / path).read_text(encoding="utf-8"), id=f"step-{number}-code")
        code.metadata["snippet"] = path  # lets the build name the snippet when a cell fails
        cells.append(code)
    notebook = nbformat.v4.new_notebook(cells=cells, metadata={
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    })
    nbformat.validate(notebook)
    return notebook


def text() -> str:
    return nbformat.writes(build()) + "\n"  # as Jupyter saves it


def main(argv: list[str]) -> int:
    wanted = text()
    if "--check" in argv:
        if not NOTEBOOK.is_file() or NOTEBOOK.read_text(encoding="utf-8") != wanted:
            print("docs/notebook.ipynb is out of date: run python tools/make_notebook.py", file=sys.stderr)
            return 1
        return 0
    NOTEBOOK.write_text(wanted, encoding="utf-8")
    print(f"wrote docs/notebook.ipynb ({len(STEPS)} steps)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
