"""Budgets on the built files, where sizes are exact: what a page costs a reader to load.

Weights are counted as tools/bench.py counts them (every file the browser fetches for the
page: HTML, CSS, JS, fonts, images, its language's search index and worker; gzip level 6 per file, as a
static host sends them). The notebook pages' budget is tested in tests/test_notebook.py.
"""

from __future__ import annotations

import re
import runpy
from urllib.parse import urlparse

import pytest
from bs4 import BeautifulSoup

from pages import DOCS, PAGES, ROOT, built_html, parsed

BENCH = runpy.run_path(str(ROOT / "tools" / "bench.py"))
FONT = runpy.run_path(str(ROOT / "tools" / "subset_math_font.py"))["OUT"]
FONT_LIMIT = 40_000
NOTEBOOK_PAGES = [page for page in PAGES
                  if re.search(r"^::: notebook", page.read_text(encoding="utf-8"), re.MULTILINE)]
# <link> types that name another document without fetching it.
NOT_FETCHED = {"alternate", "canonical", "prev", "next", "author", "license", "help"}
CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)""")


def page_id(page) -> str:
    return str(page.relative_to(DOCS))


@pytest.fixture(scope="module")
def weights():
    return {}  # file -> (raw, gzip), shared: every page loads the same CSS and JS


# Each language's search index holds that language's pages (hooks/search_index.py); the
# search worker fetches it, with lunr's support for the language, after the page has loaded.
SEARCH_INDEX_LIMIT = 30_000


@pytest.mark.parametrize("page", [p for p in PAGES if p not in NOTEBOOK_PAGES], ids=page_id)
def test_page_weighs_at_most_160_kb_gzip_with_everything_it_loads(site, page, weights):
    resources = BENCH["page_resources"](built_html(site, page), site)
    assert {"html", "css", "js", "search"} <= set(resources.values())
    gzip_bytes = sum(BENCH["weigh"](path, weights)[1] for path in resources)
    assert gzip_bytes <= BENCH["CHAPTER_LIMIT"], f"{gzip_bytes} bytes gzip"


@pytest.mark.parametrize("folder", ["", "ko/"])
def test_each_search_index_is_at_most_30_kb_gzip(site, weights, folder):
    assert BENCH["weigh"](site / folder / "search" / "search_index.json", weights)[1] <= SEARCH_INDEX_LIMIT


def test_math_font_subset_is_at_most_40_kb():
    assert FONT.stat().st_size <= FONT_LIMIT, f"{FONT.stat().st_size} bytes"


def remote(url: str) -> bool:
    return url.strip().startswith("//") or urlparse(url.strip()).scheme in ("http", "https")


def fetched_urls(html: BeautifulSoup) -> list[str]:
    """Every URL that the HTML makes a browser fetch (not links a reader may follow)."""
    urls = []
    for element in html.find_all(True):
        if element.name == "link" and set(element.get("rel") or []) <= NOT_FETCHED:
            continue
        if element.name == "a":
            continue
        for attribute in ("src", "href", "data", "poster", "xlink:href"):
            if element.get(attribute):
                urls.append(element[attribute])
        for attribute in ("srcset", "imagesrcset"):
            urls += [part.split()[0] for part in element.get(attribute, "").split(",") if part.strip()]
        urls += CSS_URL.findall(element.get("style", ""))
    for style in html.find_all("style"):
        urls += CSS_URL.findall(style.get_text())
    return urls


def test_no_page_requests_another_host(site):
    requests = {}
    for page in sorted(site.rglob("*.html")):
        html = parsed(page)
        if found := [url for url in fetched_urls(html) if remote(url)]:
            requests[page.relative_to(site).as_posix()] = found
    for css in sorted(site.rglob("*.css")):
        if found := [url for url in CSS_URL.findall(css.read_text(encoding="utf-8")) if remote(url)]:
            requests[css.relative_to(site).as_posix()] = found
    assert requests == {}


def test_the_check_sees_requests():
    html = BeautifulSoup(
        '<link rel="stylesheet" href="https://cdn.example/x.css"><img srcset="//a.example/i.png 2x">'
        '<link rel=" alternate" href="https://example.org/ko/"><a href="https://example.org">x</a>',
        "html.parser")
    found = [url for url in fetched_urls(html) if remote(url)]
    assert found == ["https://cdn.example/x.css", "//a.example/i.png"]
