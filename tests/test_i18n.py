"""The Korean edition: every page has a twin at /ko/, the header switches between them,
search finds each language's pages (an index per language), and both languages share the
same snippets and figures (each figure drawn once per language, with the same numbers).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import BUILD_ENV
from languages import label
from pages import DOCS, PAGES, ROOT, built_html, front_matter, parsed, snippets_of

ENGLISH = [page for page in PAGES if not page.name.endswith(".ko.md")]
KOREAN = [page for page in PAGES if page.name.endswith(".ko.md")]
TWINS = [(page, page.with_name(page.name.removesuffix(".md") + ".ko.md")) for page in ENGLISH]
TRANSLATED = [(en, ko) for en, ko in TWINS if ko.exists()]
FIGURE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
SITEMAP = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def doc_id(page: Path) -> str:
    return str(page.relative_to(DOCS))


def twin_id(pair) -> str:
    return doc_id(pair[0])


SITE_URL = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["site_url"]


def url_path(site: Path, page: Path) -> str:
    """The page's URL path from the site root, as the browser sees it: /ko/several-layers/."""
    folder = built_html(site, page).relative_to(site).parent.as_posix()
    return "/" if folder == "." else f"/{folder}/"


def soup(site: Path, page: Path) -> BeautifulSoup:
    return parsed(built_html(site, page))


def resolve(site: Path, page: Path, href: str) -> str:
    """A link on the page, as a URL path from the site root."""
    return urlsplit(urljoin("http://site" + url_path(site, page), href)).path


def language_of(page: Path) -> str:
    return "ko" if page.name.endswith(".ko.md") else "en"


# Pages ------------------------------------------------------------------------------


@pytest.mark.parametrize("english", ENGLISH, ids=doc_id)
def test_every_english_page_has_a_korean_twin(english):
    twin = english.with_name(english.name.removesuffix(".md") + ".ko.md")
    assert twin.exists(), f"docs/{doc_id(english)} has no Korean translation docs/{doc_id(twin)}"


@pytest.mark.parametrize("pair", TRANSLATED, ids=twin_id)
def test_a_translation_shows_the_same_snippets_and_figures(pair):
    english, korean = (page.read_text(encoding="utf-8") for page in pair)
    assert snippets_of(pair[1]) == snippets_of(pair[0])
    # Each figure in its Korean drawing: figures/NAME.ko.svg (hooks/figures.py).
    assert FIGURE.findall(korean) == [path.replace(".svg", ".ko.svg") for path in FIGURE.findall(english)]


@pytest.mark.parametrize("pair", TRANSLATED, ids=twin_id)
def test_a_translation_keeps_the_english_anchors(site, pair):
    """Headings carry the English ids ({#the-worked-example}), so one link works in both."""
    english, korean = (
        [h["id"] for h in soup(site, page).select("article :is(h2, h3, h4)[id]")] for page in pair)
    assert korean == english


@pytest.mark.parametrize("korean", KOREAN, ids=doc_id)
def test_korean_figures_have_korean_alt_text_and_captions(site, korean):
    for figure in soup(site, korean).select("article figure"):
        assert HANGUL.search(figure.img["alt"]), figure.img["alt"]
        assert HANGUL.search(figure.figcaption.get_text()), figure.figcaption


@pytest.mark.parametrize("korean", KOREAN, ids=doc_id)
def test_korean_figures_resolve_to_their_svg(site, korean):
    sources = [resolve(site, korean, img["src"]) for img in soup(site, korean).select("article img")]
    assert all(source.startswith("/figures/") and source.endswith(".ko.svg")
               and (site / source.lstrip("/")).is_file() for source in sources), sources


@pytest.mark.parametrize("page", PAGES, ids=doc_id)
def test_html_lang(site, page):
    assert soup(site, page).html["lang"] == language_of(page)


@pytest.mark.parametrize("korean", KOREAN, ids=doc_id)
def test_korean_pages_have_korean_chrome(site, korean):
    html = soup(site, korean)
    assert html.select_one("input.md-search__input")["placeholder"] == "검색"
    titles = [a.get_text(" ", strip=True) for a in html.select("nav.md-nav--primary .md-nav__link")]
    assert titles and all(HANGUL.search(title) for title in titles), titles


@pytest.mark.parametrize("page", PAGES, ids=doc_id)
def test_heading_links_are_titled_in_the_pages_language(site, page):
    tooltips = {link["title"] for link in soup(site, page).select("a.headerlink")}
    assert tooltips == {label(language_of(page), "permalink")}


def test_every_nav_title_has_a_korean_translation():
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    i18n = next(plugin["i18n"] for plugin in config["plugins"]
                if isinstance(plugin, dict) and "i18n" in plugin)
    korean = next(language for language in i18n["languages"] if language["locale"] == "ko")
    titles = [title for entry in config["nav"] for title in entry]
    assert [t for t in titles if t not in korean["nav_translations"]] == []


# Alternates -------------------------------------------------------------------------


def hreflang_links(html: BeautifulSoup) -> dict[str, str]:
    """<link rel="alternate" hreflang=...>, reading rel as the HTML standard does: as tokens."""
    return {link["hreflang"]: link["href"] for link in html.select("head link[hreflang]")
            if "alternate" in link.get("rel", [])}


@pytest.mark.parametrize("pair", TRANSLATED, ids=twin_id)
def test_hreflang_alternates_point_to_the_twins(site, pair):
    expected = {language_of(page): url_path(site, page) for page in pair}
    for page in pair:
        links = hreflang_links(soup(site, page))
        assert links.pop("x-default") == links["en"]
        assert all(href.startswith(SITE_URL) for href in links.values()), "absolute, from site_url"
        assert {lang: "/" + href.removeprefix(SITE_URL) for lang, href in links.items()} == expected


@pytest.mark.parametrize("pair", TRANSLATED, ids=twin_id)
def test_the_switcher_links_to_the_same_page_in_the_other_language(site, pair):
    expected = {language_of(page): url_path(site, page) for page in pair}
    for page in pair:
        switcher = soup(site, page).select("a.md-select__link[hreflang]")
        assert {a["hreflang"]: resolve(site, page, a["href"]) for a in switcher} == expected


def test_the_sitemap_lists_every_page_with_its_alternates(site):
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    sitemap = ElementTree.parse(site / "sitemap.xml").getroot()
    alternates = {
        url.findtext("sm:loc", namespaces=SITEMAP): {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", SITEMAP)}
        for url in sitemap.findall("sm:url", SITEMAP)
    }
    for english, korean in TRANSLATED:
        en = config["site_url"] + url_path(site, english).lstrip("/")
        ko = config["site_url"] + url_path(site, korean).lstrip("/")
        assert alternates[en] == alternates[ko] == {"en": en, "ko": ko}


# Search -----------------------------------------------------------------------------


def index_of(site: Path, language: str) -> dict:
    folder = site if language == "en" else site / language
    return json.loads((folder / "search/search_index.json").read_text(encoding="utf-8"))


def test_each_language_has_its_own_search_index(site):
    """A page's results are its language's pages: the locations are relative to the language's
    root, which the pages of that language give Material's search as its base."""
    for language, pages in (("en", ENGLISH), ("ko", KOREAN)):
        index = index_of(site, language)
        prefix = "/" if language == "en" else f"/{language}/"
        locations = {prefix + doc["location"].split("#")[0] for doc in index["docs"]}
        for page in pages:
            if front_matter(page).get("search", {}).get("exclude"):
                assert url_path(site, page) not in locations, page
            else:
                assert url_path(site, page) in locations, page
        assert len(locations) == len(pages) - sum(
            bool(front_matter(page).get("search", {}).get("exclude")) for page in pages)
        assert index["config"]["lang"] == sorted({"en", language}), index["config"]
    for page in PAGES:
        config = json.loads(soup(site, page).select_one("script#__config").string)
        root = "/" if language_of(page) == "en" else f"/{language_of(page)}/"
        assert resolve(site, page, config["base"].rstrip("/") + "/") == root, page


# In the browser ---------------------------------------------------------------------


@pytest.fixture
def open_page(browser, server):
    contexts = []

    def open_(path: str):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.requests, page.console_errors = [], []
        page.on("requestfinished", lambda r: page.requests.append((r.url, r.response().status)))
        page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
        page.on("pageerror", lambda error: page.console_errors.append(str(error)))
        page.goto(server + path, wait_until="networkidle")
        return page

    yield open_
    for context in contexts:
        context.close()


def search(page, query: str) -> list[str]:
    """Type a query as a reader does (Material listens for keyup) and list the result pages."""
    field = page.locator("input.md-search__input")
    field.click()
    field.fill(query)
    page.keyboard.press("End")
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    hrefs = page.locator(".md-search-result__item > .md-search-result__link").evaluate_all(
        "links => links.map(link => link.href)")
    return [urlsplit(href).path for href in hrefs]


KOREAN_PATHS = {url_path(Path("site"), page) for page in KOREAN}


@pytest.mark.parametrize("query", ["역전파", "가중치", "오차", "은닉"])
def test_korean_search_finds_korean_pages(open_page, query):
    found = search(open_page("/ko/several-layers/"), query)
    assert set(found) <= KOREAN_PATHS, found


def test_korean_search_matches_words_with_particles(open_page):
    """Korean glues particles to words: 목표값 must find 목표값이 and 목표값에서."""
    found = search(open_page("/ko/"), "목표값")
    assert "/ko/several-layers/" in found, found


ENGLISH_PATHS = {url_path(Path("site"), page) for page in ENGLISH}


@pytest.mark.parametrize("query", ["weights", "hidden"])
def test_english_search_finds_english_pages(open_page, query):
    found = search(open_page("/several-layers/"), query)
    assert set(found) <= ENGLISH_PATHS, found


@pytest.mark.parametrize("path, language, other", [
    ("/several-layers/", "ko", "/ko/several-layers/"),
    ("/ko/several-layers/", "en", "/several-layers/"),
    ("/", "ko", "/ko/"),
    ("/ko/", "en", "/"),
])
def test_switching_language_stays_on_the_page(open_page, server, path, language, other):
    page = open_page(path)
    # Material's script fetches sitemap.xml beside every link[rel=alternate]; none may 404.
    assert [url for url, status in page.requests if status >= 400] == []
    page.locator(".md-header__option .md-select").hover()
    page.locator(f"a.md-select__link[hreflang={language}]").click()
    page.wait_for_load_state("networkidle")
    assert urlsplit(page.url).path == other
    assert page.evaluate("document.documentElement.lang") == language
    assert page.console_errors == []


# An untranslated page, and one snippet run for both languages --------------------------


def test_an_untranslated_page_is_shown_in_english_and_snippets_run_once(project_copy, tmp_path):
    counter = tmp_path / "runs"
    (project_copy / "snippets/counted.py").write_text(
        f"with open({str(counter)!r}, 'a') as f:\n    f.write('x')\nprint('counted')\n")
    # Not chapter pages: the chapter notebook runs the chapter's code once more, in IPython.
    for name in ["about.md", "about.ko.md"]:
        with open(project_copy / "docs" / name, "a", encoding="utf-8") as page:
            page.write("\n::: snippet snippets/counted.py\n")
    (project_copy / "docs/untranslated.md").write_text(
        "# Untranslated\n\nOnly in English so far.\n\n::: snippet snippets/counted.py\n")
    config = project_copy / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "\nnav:\n", "\nnav:\n  - Untranslated: untranslated.md\n", 1), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(project_copy / "site")],
        cwd=project_copy, env=BUILD_ENV, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert counter.read_text() == "x"

    site = project_copy / "site"
    html = BeautifulSoup((site / "ko/untranslated/index.html").read_text(encoding="utf-8"),
                         "html.parser")
    assert html.html["lang"] == "ko"
    assert "영어 원문" in html.select_one("article .admonition").get_text()
    english = " ".join(part.get_text() for part in html.select('article [lang="en"]'))
    assert "Untranslated" in english and "Only in English so far." in english
    assert set(hreflang_links(html)) == {"en", "x-default"}  # no Korean version to announce
    english, korean = (json.loads((folder / "search/search_index.json").read_text(encoding="utf-8"))
                       for folder in (site, site / "ko"))
    assert "untranslated/" in {doc["location"].split("#")[0] for doc in english["docs"]}
    assert "untranslated/" not in {doc["location"].split("#")[0] for doc in korean["docs"]}
