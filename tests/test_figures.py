"""Figures are drawn at build time from their snippets: light, text kept as text, numbers right."""

from __future__ import annotations

import re
import runpy

import pytest

from pages import PAGES, ROOT, run, snippets_of

FIGURES = sorted(path for path in (ROOT / "figures").glob("*.py") if not path.stem.startswith("_"))


def snippet_of(figure) -> str:
    return re.search(r'^SNIPPET = "([^"]+)"', figure.read_text(), re.MULTILINE)[1]


def svg_text(svg: str) -> str:
    return " ".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg))


@pytest.fixture(params=FIGURES, ids=lambda path: path.stem)
def figure(request):
    return request.param


def test_figure_is_shown_beside_its_snippet(figure):
    pages = [page for page in PAGES if f"figures/{figure.stem}.svg" in page.read_text(encoding="utf-8")]
    assert pages, f"no page shows figures/{figure.stem}.svg"
    for page in pages:
        assert snippet_of(figure) in snippets_of(page), f"{page.name} shows the figure without its snippet"


def test_built_figure_is_light_and_keeps_text_as_text(site, figure):
    svg = (site / "figures" / f"{figure.stem}.svg").read_text(encoding="utf-8")
    assert len(svg.encode()) < 40_000
    assert "<text" in svg and "@font-face" not in svg and "<image" not in svg


def test_every_number_in_a_figure_is_printed_by_its_snippet(site, figure):
    """The labels come from the snippet's arrays; printed output and figure must agree."""
    svg = (site / "figures" / f"{figure.stem}.svg").read_text(encoding="utf-8")
    source = (ROOT / snippet_of(figure)).read_text(encoding="utf-8")
    known = {float(n) for n in re.findall(r"-?\d+\.\d+", run(snippet_of(figure)) + source)}
    shown = [float(n) for n in re.findall(r"-?\d+\.\d+", svg_text(svg))]
    assert shown and set(shown) <= known


def test_each_language_draws_the_same_numbers(site, figure):
    """Only the words differ between figures/NAME.svg and figures/NAME.ko.svg."""
    def numbers(name):
        return re.findall(r"-?\d+(?:\.\d+)?", svg_text((site / "figures" / name).read_text(encoding="utf-8")))

    assert numbers(f"{figure.stem}.ko.svg") == numbers(f"{figure.stem}.svg")


def test_changing_a_weight_changes_the_figure(project_copy):
    snippet = project_copy / "snippets/several_layers.py"
    snippet.write_text(snippet.read_text().replace("[2.0, 3.0]", "[2.5, 3.0]"))
    hook = runpy.run_path(str(project_copy / "hooks/figures.py"))
    text = svg_text(hook["draw_all"](project_copy)["figures/several_layers.svg"].decode())
    assert "who11 = 2.5" in text and "who11 = 2.0" not in text
