"""Draw every figure in figures/ from the variables of its snippet's run.

Not a hook: hooks/figures.py runs this file as a process of its own as the build begins
(python hooks/figure_drawing.py mkdocs.yml OUT LANG...) and sends it the build's snippet
runs (hooks/figure_runs.py); the tests import it. figures/NAME.py sets SNIPPET =
"snippets/....py" and defines figure(variables, language), which returns a matplotlib
figure, saved as figures/NAME.svg and for each other site language as figures/NAME.LANG.svg
(same numbers, translated words). A figure may carry a second drawing for phones in its
`narrow` attribute (figures/_network.py draws one: layers top to bottom, text that stays
>= 11 CSS px on a 390 px screen), saved as figures/NAME.narrow.svg (NAME.narrow.LANG.svg).
"""

from __future__ import annotations

import io
import multiprocessing
import os
import pickle
import runpy
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

import figure_runs  # hooks/: how the build sends its snippet runs here

NARROW = ".narrow"  # the phone drawing's name: NAME.narrow.svg, NAME.narrow.LANG.svg


def scripts(root: Path) -> list[Path]:
    # Names starting with _ are shared drawing helpers, not figures.
    return [path for path in sorted((root / "figures").glob("*.py")) if not path.stem.startswith("_")]


def svg_name(stem: str, language: str, languages: list[str]) -> str:
    return f"figures/{stem}.svg" if language == languages[0] else f"figures/{stem}.{language}.svg"


def draw_all(root: Path, languages: list[str] = ("en",), runs=None) -> dict[str, bytes]:
    """Every figure, by one worker per CPU forked after matplotlib is imported (the build
    waits for the slowest figure, and matplotlib takes ~0.5 s to import); one by one where
    processes cannot fork. runs(snippets) yields each snippet's run, (relpath, its pickled
    values), as it ends (default: the snippet runner, in this process)."""
    sys.path.insert(0, str(root / "figures"))
    # Imported once, before the workers start: the figures' module and their one backend.
    import matplotlib.backends.backend_svg
    import matplotlib.figure  # noqa: F401

    needs: dict[str, list[Path]] = {}
    for script in scripts(root):
        needs.setdefault(runpy.run_path(str(script))["SNIPPET"], []).append(script)
    # Each figure starts as soon as its snippet's run is here, whatever the order.
    jobs = ((root, script, tuple(languages), values)
            for relpath, values in (runs or figure_runs.ran_here(root))(needs) for script in needs[relpath])
    try:
        if "fork" in multiprocessing.get_all_start_methods():
            with multiprocessing.get_context("fork").Pool(os.cpu_count() or 1) as pool:
                parts = [figure.get() for figure in [pool.apply_async(draw, job) for job in jobs]]
        else:
            parts = [draw(*job) for job in jobs]
    finally:
        sys.path.remove(str(root / "figures"))
    if errors := [part for part in parts if isinstance(part, str)]:
        raise PluginError(errors[0])
    return {name: svg for part in parts for name, svg in part.items()}


def draw(root: Path, script: Path, languages: tuple[str, ...], variables: bytes) -> dict[str, bytes] | str:
    """One figure script's drawings, or what went wrong."""
    drawn = {}
    try:
        module = runpy.run_path(str(script))
        values = {name: pickle.loads(value) for name, value in pickle.loads(variables).items()}
        for language in languages:
            figure = module["figure"](values, language)
            # A figure without a phone drawing serves its one drawing at every width.
            narrow = getattr(figure, "narrow", None) or figure
            for stem, drawing in ((script.stem, figure), (script.stem + NARROW, narrow)):
                svg = io.StringIO()
                drawing.savefig(svg, format="svg", metadata={"Date": None}, transparent=True)
                drawn[svg_name(stem, language, list(languages))] = svg.getvalue().encode()
    except Exception as error:
        return f"figures/{script.name}: {type(error).__name__}: {error}"
    return drawn


if __name__ == "__main__":  # the drawing process: python hooks/figure_drawing.py mkdocs.yml OUT LANG...
    getattr(os, "nice", lambda _: None)(10)  # pages first: `mkdocs build` needs figures only at its end
    project, out = Path(sys.argv[1]).parent, Path(sys.argv[2])
    try:
        drawn = draw_all(project, sys.argv[3:], figure_runs.sent)
    except PluginError as error:
        sys.exit(str(error))  # the build shows this one line: which figure, what went wrong
    for uri, svg in drawn.items():
        (out / Path(uri).name).write_bytes(svg)
