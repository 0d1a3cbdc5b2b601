"""The way off MkDocs 1.x: ProperDocs, its maintained fork, builds the same site from mkdocs.yml.

ProperDocs redirects `mkdocs.*` imports to itself, so the hooks and plugins run unchanged.
This compares its strict build with MkDocs' page by page: the same pages in both languages,
the same code and outputs, the same MathML, and the same notebooks. The README's commands
keep using MkDocs until this test has been green for a while.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import BUILD_ENV, ROOT
from pages import PAGES, built_html, front_matter


@pytest.fixture(scope="module")
def properdocs_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("properdocs") / "site"
    done = subprocess.run(
        [sys.executable, "-m", "properdocs", "build", "--strict", "-f", "mkdocs.yml", "-d", str(site)],
        cwd=ROOT, env=BUILD_ENV, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return site


def pages(site: Path) -> set[str]:
    return {str(path.relative_to(site)) for path in site.rglob("*.html")}


def shown(html: Path) -> tuple[list[str], list[str]]:
    article = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser").select_one("article")
    return [pre.get_text() for pre in article.select("pre")], [str(math) for math in article.select("math")]


def test_the_same_pages_in_both_languages(site, properdocs_site):
    assert pages(properdocs_site) == pages(site)
    assert any(name.startswith("ko/") for name in pages(site))


def test_every_page_shows_the_same_outputs_and_mathml(site, properdocs_site):
    # A page that times code on the machine (front matter reproducible: false) differs
    # between any two builds; its MathML must still match.
    varying = {str(built_html(site, page).relative_to(site)) for page in PAGES
               if front_matter(page).get("reproducible") is False}
    for name in sorted(pages(site) - {"404.html"}):
        outputs, mathml = shown(site / name)
        if name in varying:
            assert shown(properdocs_site / name)[1] == mathml, name
        else:
            assert shown(properdocs_site / name) == (outputs, mathml), name


def test_the_notebooks_are_there_and_identical(site, properdocs_site):
    notebooks = sorted(path.name for path in site.glob("*.ipynb"))
    assert len(notebooks) == 2
    for name in notebooks:
        assert (properdocs_site / name).read_bytes() == (site / name).read_bytes()
    for folder in ("notebook", "ko/notebook"):
        assert (properdocs_site / folder / "index.html").is_file()
