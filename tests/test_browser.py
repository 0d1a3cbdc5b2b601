"""Pages in a real Chromium, served on 127.0.0.1: nothing from other hosts, no console errors."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pytest

from pages import PAGES, ROOT, built_html

SCREENSHOTS = ROOT / "artifacts" / "screenshots"


def url_of(server, site, page):
    return server + "/" + built_html(site, page).relative_to(site).parent.as_posix() + "/"


@pytest.fixture
def open_page(browser, server):
    contexts = []

    def open_(url, scheme="light", width=1280):
        context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
        contexts.append(context)
        page = context.new_page()
        page.requests, page.console_errors = [], []
        page.on("request", lambda request: page.requests.append(request.url))
        page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
        page.on("pageerror", lambda error: page.console_errors.append(str(error)))
        page.goto(url, wait_until="networkidle")
        return page

    yield open_
    for context in contexts:
        context.close()


def page_id(page: Path) -> str:
    return str(page.relative_to(ROOT / "docs"))


@pytest.mark.parametrize("doc", PAGES, ids=page_id)
def test_page_loads_only_from_this_host_without_console_errors(open_page, server, site, doc):
    page = open_page(url_of(server, site, doc))
    others = [url for url in page.requests
              if urlparse(url).hostname not in ("127.0.0.1", None) and not url.startswith("data:")]
    assert others == []
    assert page.console_errors == []


@pytest.mark.parametrize("doc", PAGES, ids=page_id)
def test_formulas_render_as_mathml_and_outputs_show(open_page, server, site, doc):
    page = open_page(url_of(server, site, doc))
    text = page.locator("article").inner_text()
    assert "\\frac" not in text and "\\(" not in text and "$$" not in text
    if page.locator("article math").count():
        box = page.locator("article math").first.bounding_box()
        assert box and box["height"] > 5
        # The shipped math font, not a fallback, draws the formulas.
        assert page.evaluate("document.fonts.check('16px \"Learning Weights Math\"')")
    # Exercise answers are folded away; open them as a reader would.
    page.evaluate("document.querySelectorAll('article details').forEach(d => d.open = true)")
    for output in page.locator("article pre").all():
        assert output.is_visible()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
def test_screenshots(open_page, server, site, scheme, width):
    """Screenshots to look at (artifacts/screenshots); the test checks the page is not empty."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for doc in PAGES:
        page = open_page(url_of(server, site, doc), scheme=scheme, width=width)
        name = page_id(doc).replace("/", "_").removesuffix(".md")
        page.screenshot(path=SCREENSHOTS / f"{name}-{scheme}-{width}.png", full_page=True)
        assert page.locator("article h1").is_visible()
        expected = "slate" if scheme == "dark" else "default"
        assert page.evaluate("document.body.dataset.mdColorScheme") == expected
