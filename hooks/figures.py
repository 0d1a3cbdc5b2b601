"""Draw every figure in figures/ from the variables of the snippet it names.

figures/NAME.py sets SNIPPET = "snippets/....py" and defines figure(variables),
which returns a matplotlib figure. The snippet runs (its printing discarded),
the figure is saved as SVG and served at figures/NAME.svg, so a page shows it
with ![alt text](figures/NAME.svg). Nothing generated is committed.
"""

from __future__ import annotations

import contextlib
import io
import runpy
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

_drawn: dict[str, bytes] = {}


def draw_all(root: Path) -> dict[str, bytes]:
    folder = root / "figures"
    sys.path.insert(0, str(folder))
    import matplotlib.pyplot as plt

    try:
        for script in sorted(folder.glob("*.py")):
            if script.stem.startswith("_"):  # shared drawing helpers, not figures
                continue
            try:
                module = runpy.run_path(str(script))
                with contextlib.redirect_stdout(io.StringIO()):
                    variables = runpy.run_path(str(root / module["SNIPPET"]), run_name="__main__")
                figure = module["figure"](variables)
                svg = io.StringIO()
                figure.savefig(svg, format="svg", metadata={"Date": None}, transparent=True)
                plt.close(figure)
            except Exception as error:
                raise PluginError(f"figures/{script.name}: {type(error).__name__}: {error}") from error
            _drawn[f"figures/{script.stem}.svg"] = svg.getvalue().encode()
    finally:
        sys.path.remove(str(folder))
    return _drawn


def on_files(files, config):
    drawn = _drawn or draw_all(Path(config.config_file_path).parent)
    for uri, svg in drawn.items():
        files.append(File.generated(config, uri, content=svg))
    return files
