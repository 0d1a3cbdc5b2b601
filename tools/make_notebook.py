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
between two links to the matrix form $W^{\top}\mathbf{e}$. Every code cell is one
of the site's snippets, unchanged. Run the cells from top to bottom; only numpy
is needed.

The convention throughout: $w_{jk}$ is the weight on the link from node $j$ of
one layer to node $k$ of the next. A weight matrix stores it at `W[k, j]`, one
row per receiving node, so the forward pass is $\mathbf{o} = W\mathbf{h}$. Going
backwards uses the same matrix transposed,
$\mathbf{e}_{\text{hidden}} = W^{\top}\mathbf{e}_{\text{output}}$, once the
normalising denominators are dropped."""

# (Markdown text, snippet whose text becomes the code cell), in reading order.
STEPS: list[tuple[str, str]] = [
    (r"""## One output node, two links

Output node 1 is fed by two links, with weights $w_{11} = 6$ and $w_{21} = 3$;
its error is $e_1 = t_1 - o_1$, the target minus the output. Splitting $e_1$
evenly ignores the weights. Splitting it in proportion to them gives the link
that contributed more to the output a larger share of the blame:

$$\frac{w_{11}}{w_{11} + w_{21}} = \frac{6}{6 + 3} = \frac{2}{3}, \qquad
\frac{w_{21}}{w_{11} + w_{21}} = \frac{1}{3}$$""", "snippets/split_error.py"),
    (r"""## Several output nodes

Each output node has its own error, $e_k = t_k - o_k$, and splits it only over
the links into that node. So the denominator for $e_k$ adds up the weights into
node $k$, and the part of $e_k$ sent back along $w_{jk}$ is

$$\frac{w_{jk}}{\sum_i w_{ik}}\, e_k .$$""", "snippets/several_outputs.py"),
    (r"""## Several layers

A hidden node $j$ feeds every output node, so it collects a part of each output
error, one per outgoing link, and adds them up:

$$e^{\text{hidden}}_j = \sum_k \frac{w_{jk}}{\sum_i w_{ik}}\, e_k$$

With output errors $e_1 = 0.8$ and $e_2 = 0.5$ the hidden errors come out as
0.42 and 0.88.""", "snippets/several_layers.py"),
    (r"""## One more layer back

The hidden errors are then split in the same way over the links from the input
layer, using those links' weights: the same step, once per layer of links. The
hidden errors 0.42 and 0.88 become the input errors 0.362 and 0.938.""",
     "snippets/several_layers_input.py"),
    (r"""## The same steps as one matrix product

Put the shares in a matrix whose entry $[j, k]$ is $w_{jk} / \sum_i w_{ik}$:
multiplying it by the vector of output errors does all the splitting and adding
at once. The denominators only normalise the parts; drop them and entry
$[j, k]$ is just $w_{jk}$, which is $W^{\top}$, since $W$ keeps $w_{jk}$ at
$[k, j]$:

$$\mathbf{e}_{\text{hidden}} = W^{\top}\mathbf{e}_{\text{output}}$$

In the worked example the weights into each output node add up to 5, so
$W^{\top}\mathbf{e} = (2.1, 4.4)$ is exactly 5 times $(0.42, 0.88)$.""",
     "snippets/matrix_form.py"),
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
