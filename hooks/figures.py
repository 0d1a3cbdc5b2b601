"""Draw every figure in figures/ from the variables of the snippet it names.

figures/NAME.py sets SNIPPET = "snippets/....py" and defines figure(variables,
language), which returns a matplotlib figure. The snippet runs (its printing
discarded), the figure is saved as SVG and served at figures/NAME.svg, and for each
other site language at figures/NAME.LANG.svg (same numbers, translated words), so a
page shows it with ![alt text](figures/NAME.svg). Nothing generated is committed.

A figure may carry a second drawing for phones in its `narrow` attribute (figures/
_network.py draws one: layers top to bottom, text that stays >= 11 CSS px on a
390 px screen). It is saved as figures/NAME.narrow.svg (NAME.narrow.LANG.svg), and
on_page_content wraps the page's <img> in a <picture> whose <source> serves it below
NARROW_SCREEN, so the Markdown stays a plain image.

The drawing happens in a separate process, started as the build begins, so it runs
beside the rest of the build; the SVGs are needed only when files are copied.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
import runpy
import subprocess
import sys
import tempfile
from pathlib import Path

import languages  # hooks/languages.py: the site languages and their words
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

# The wide drawings are at most 516 pt (688 CSS px) wide with 10 pt text: shrunk into
# the column of a screen of 600 px or more (568 px) their text is still >= 11 px.
NARROW_SCREEN = "(max-width: 599.98px)"
NARROW = ".narrow"  # the phone drawing's name: NAME.narrow.svg, NAME.narrow.LANG.svg
IMAGE = re.compile(r'<img (?=[^>]*class="figure-svg")[^>]*'
                   r'src="(?P<stem>[^"]*figures/[^"/.]+)(?P<language>\.[a-z]{2})?\.svg"[^>]*>')

_drawing: dict = {}  # one drawing process per build, shared by both languages' builds


def scripts(root: Path) -> list[Path]:
    # Names starting with _ are shared drawing helpers, not figures.
    return [path for path in sorted((root / "figures").glob("*.py")) if not path.stem.startswith("_")]


def svg_name(stem: str, language: str, languages: list[str]) -> str:
    return f"figures/{stem}.svg" if language == languages[0] else f"figures/{stem}.{language}.svg"


def draw_all(root: Path, languages: list[str] = ("en",)) -> dict[str, bytes]:
    sys.path.insert(0, str(root / "figures"))
    import matplotlib.pyplot as plt

    drawn = {}
    try:
        for script in scripts(root):
            try:
                module = runpy.run_path(str(script))
                with contextlib.redirect_stdout(io.StringIO()):
                    variables = runpy.run_path(str(root / module["SNIPPET"]), run_name="__main__")
                for language in languages:
                    figure = module["figure"](variables, language)
                    # A figure without a phone drawing serves its one drawing at every width.
                    narrow = getattr(figure, "narrow", None) or figure
                    for stem, drawing in ((script.stem, figure), (script.stem + NARROW, narrow)):
                        svg = io.StringIO()
                        drawing.savefig(svg, format="svg", metadata={"Date": None}, transparent=True)
                        drawn[svg_name(stem, language, languages)] = svg.getvalue().encode()
                    plt.close(figure)
                    plt.close(narrow)
            except Exception as error:
                raise PluginError(f"figures/{script.name}: {type(error).__name__}: {error}") from error
    finally:
        sys.path.remove(str(root / "figures"))
    return drawn


def site_languages(config) -> list[str]:
    return list(languages.site_languages(Path(config.config_file_path)))


def sources_hash(root: Path) -> str:
    """Figures depend on their scripts and snippets: redraw when any of them changes."""
    digest = hashlib.sha256()
    for path in sorted([*(root / "figures").glob("*.py"), *(root / "snippets").glob("*.py")]):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def on_pre_build(config):
    key = sources_hash(Path(config.config_file_path).parent)
    if _drawing.get("key") != key:  # a new build, or a rebuild under mkdocs serve
        folder = tempfile.TemporaryDirectory(prefix="figures-")  # removed when the build exits
        process = subprocess.Popen(
            [sys.executable, __file__, config.config_file_path, folder.name, *site_languages(config)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        _drawing.update(key=key, folder=folder, process=process)


def on_files(files, config):
    folder, languages = Path(_drawing["folder"].name), site_languages(config)
    for script in scripts(Path(config.config_file_path).parent):
        for stem in (script.stem, script.stem + NARROW):
            for language in languages:
                uri = svg_name(stem, language, languages)
                files.append(File.generated(config, uri, abs_src_path=str(folder / Path(uri).name)))
    return files


def picture(match: re.Match) -> str:
    """figures/NAME.svg -> figures/NAME.narrow.svg; NAME.ko.svg -> NAME.narrow.ko.svg."""
    narrow = f"{match['stem']}{NARROW}{match['language'] or ''}.svg"
    return f'<picture><source media="{NARROW_SCREEN}" srcset="{narrow}">{match[0]}</picture>'


def on_page_content(html, page, config, files):
    """Serve each figure's phone drawing on narrow screens; the <img> stays the fallback."""
    return IMAGE.sub(picture, html)


def on_env(env, config, files):
    """MkDocs copies files right after this event: the figures must be there by then."""
    _, errors = _drawing["process"].communicate(timeout=120)
    if _drawing["process"].returncode != 0:
        raise PluginError(errors.strip().splitlines()[-1] if errors.strip() else "figures: drawing failed")
    return env


if __name__ == "__main__":  # the drawing process: python hooks/figures.py mkdocs.yml OUT LANG...
    project, out = Path(sys.argv[1]).parent, Path(sys.argv[2])
    for uri, svg in draw_all(project, sys.argv[3:]).items():
        (out / Path(uri).name).write_bytes(svg)
