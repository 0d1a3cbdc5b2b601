"""The strict build: every page shows what its snippets printed in this build, and math is MathML."""

from __future__ import annotations

import re

import pytest

from pages import PAGES, ROOT, built_html, comparable, parsed, run, snippets_of

PAGES_WITH_SNIPPETS = [page for page in PAGES if snippets_of(page)]


def soup(path):
    return parsed(path)


def test_strict_build_passes(build):
    assert build.returncode == 0, build.stderr


def test_strict_build_log_is_clean(build):
    noise = [line for line in build.stderr.splitlines()
             if line.strip() and not line.startswith("INFO")]
    assert noise == []


@pytest.mark.parametrize("page", PAGES_WITH_SNIPPETS, ids=lambda p: p.name)
def test_each_snippet_output_is_on_the_page(site, page):
    html = soup(built_html(site, page))
    blocks = [block.get_text() for block in html.select("pre")]
    for snippet in snippets_of(page):
        shown = [comparable(snippet, block.strip()) for block in blocks]
        assert comparable(snippet, run(snippet).strip()) in shown, snippet
        assert any(block.strip() == (ROOT / snippet).read_text(encoding="utf-8").strip()
                   for block in blocks), f"{snippet}: source not shown"


@pytest.mark.parametrize("page", PAGES_WITH_SNIPPETS, ids=lambda p: p.name)
def test_code_keeps_a_span_only_where_material_gives_a_colour(site, page):
    # hooks/plain_names.py: names and whitespace are code text; the source above is shown whole.
    html = soup(built_html(site, page))
    classes = {" ".join(span.get("class", [])) for span in html.select("pre code span")}
    assert "p" in classes and not classes & {"n", "w"}  # punctuation keeps its lighter colour


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_math_is_mathml_with_no_tex_left(site, page):
    article = soup(built_html(site, page)).select_one("article")
    text = "".join(piece for piece in article.find_all(string=True)
                   if not piece.find_parent(["pre", "code"]))
    assert not re.search(r"\\\(|\\\[|\\frac|\\sum|\$\$", text), "raw TeX reached the page"
    if "$" in page.read_text(encoding="utf-8"):
        assert article.select("math"), "the page has formulas, so it must have <math> elements"


def test_no_traceback_reaches_a_page(site):
    for html in site.rglob("*.html"):
        assert "Traceback (most recent call last)" not in html.read_text(encoding="utf-8"), html


def test_math_font_licence_ships_with_the_site(site):
    # The font itself: its size in tests/test_budgets.py, its characters in tests/test_math_font.py.
    assert "GUST Font License" in (site / "assets/fonts/LICENSE-latinmodern-math.txt").read_text()


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_figures_have_alt_text_and_a_caption(site, page):
    html = soup(built_html(site, page))
    for image in html.select("article img"):
        assert len(image.get("alt", "")) > 20, f"{image} needs alt text that describes it"
        assert image.find_parent("figure") and image.find_parent("figure").select_one("figcaption")
