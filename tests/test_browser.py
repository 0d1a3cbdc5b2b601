"""Every page in a real Chromium, served on 127.0.0.1, in light and dark, desktop and phone width.

One visit per page and colour scheme checks everything a reader's browser would show:
nothing loaded from another host, no console error, formulas drawn as MathML in the
shipped math font, every output visible, the page in its colour scheme, and axe-core's
accessibility rules. Screenshots for people to look at come from tools/screenshots.py.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe

from pages import PAGES, ROOT, built_html

# Two findings come from Material's own page chrome, not from our content, and
# cannot be fixed without copying its templates: the search dialog has no
# accessible name, and each code block's copy-button bar is an unnamed landmark.
MATERIAL_CHROME = {("aria-dialog-name", ".md-search"), ("landmark-unique", ".md-code__nav")}
VISITS = [("light", 1280), ("dark", 390)]  # each page in both schemes and at both widths


def ours(violation) -> bool:
    """True unless every element it flags is one of Material's known chrome findings."""
    return any((violation["id"], node["target"][-1].split(" > ")[-1]) not in MATERIAL_CHROME
               for node in violation["nodes"])


def url_of(server, site, page):
    return server + "/" + built_html(site, page).relative_to(site).parent.as_posix() + "/"


def page_id(page: Path) -> str:
    return str(page.relative_to(ROOT / "docs"))


@pytest.mark.parametrize(("scheme", "width"), VISITS, ids=[f"{s}-{w}" for s, w in VISITS])
@pytest.mark.parametrize("doc", PAGES, ids=page_id)
def test_page_in_a_browser(browser, server, site, doc, scheme, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    requests, errors = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto(url_of(server, site, doc), wait_until="load")
        page.evaluate("document.fonts.ready")
        others = [url for url in requests
                  if urlparse(url).hostname not in ("127.0.0.1", None) and not url.startswith("data:")]
        assert others == []
        assert page.locator("article h1").is_visible()
        expected = "slate" if scheme == "dark" else "default"
        assert page.evaluate("document.body.dataset.mdColorScheme") == expected
        text = page.locator("article").inner_text()
        assert "\\frac" not in text and "\\(" not in text and "$$" not in text
        if page.locator("article math").count():
            box = page.locator("article math").first.bounding_box()
            assert box and box["height"] > 5
            # The shipped math font, not a fallback, draws the formulas.
            assert page.evaluate("document.fonts.check('16px \"Learning Weights Math\"')")
        violations = [v for v in Axe().run(page).response["violations"] if ours(v)]
        assert violations == [], [
            (v["id"], v["impact"], [node["target"] for node in v["nodes"]][:3]) for v in violations]
        # Exercise answers are folded away; open them as a reader would.
        page.evaluate("document.querySelectorAll('article details').forEach(d => d.open = true)")
        for output in page.locator("article pre").all():
            assert output.is_visible()
        assert errors == []
    finally:
        context.close()
