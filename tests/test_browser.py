"""Every page in a real Chromium, served on 127.0.0.1, in light and dark, desktop and phone width.

One visit per page and colour scheme checks everything a reader's browser would show:
nothing loaded from another host, no console error, formulas drawn as MathML in the
shipped math font, every output visible, the page in its colour scheme, and axe-core's
accessibility rules, with no finding allowed. Screenshots for people to look at come from
tools/screenshots.py.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pytest

from conftest import AXE, AXE_OPTIONS
from pages import PAGES, ROOT, built_html

# Both colour schemes at both widths: contrast differs by scheme and the phone layout has its
# own chrome (drawer, wide formulas that scroll). The scheme is the system's, set as the page
# loads; the width changes on the loaded page, as when a phone turns, so each page and scheme
# loads once. Axe reports violations only: details of passing nodes cost time and are unused.
SCHEMES, WIDTHS = ("light", "dark"), (1280, 390)
# The site ships no web font: Korean pages name the Korean system fonts (site.css).
KOREAN_FONTS = ("Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR")
# Axe judges colours as they are drawn: wait for the fonts and for every transition that
# the colour scheme started (Material fades its colours in), then two frames for observers.
SETTLED = """async () => {
  await document.fonts.ready;
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  const finite = document.getAnimations().filter(a => a.effect.getTiming().iterations !== Infinity);
  await Promise.all(finite.map(a => a.finished.catch(() => null)));
}"""


@pytest.fixture(scope="module")
def contexts(browser):
    """One browser context per colour scheme for this worker, shared by the pages it visits:
    the site's CSS, JS and fonts load from the context's cache after the first page."""
    made = {}
    yield lambda scheme: made.get(scheme) or made.setdefault(
        scheme, browser.new_context(viewport={"width": WIDTHS[0], "height": 900}, color_scheme=scheme))
    for context in made.values():
        context.close()


def url_of(server, site, page):
    return server + "/" + built_html(site, page).relative_to(site).parent.as_posix() + "/"


def page_id(page: Path) -> str:
    return str(page.relative_to(ROOT / "docs"))


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("doc", PAGES, ids=page_id)
def test_page_in_a_browser(contexts, server, site, doc, scheme):
    page = contexts(scheme).new_page()
    requests, errors = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto(url_of(server, site, doc), wait_until="load")
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            page.evaluate(SETTLED)
            check_what_a_reader_sees(page, doc, scheme, width)
        others = [url for url in requests
                  if urlparse(url).hostname not in ("127.0.0.1", None) and not url.startswith("data:")]
        assert others == []
        assert errors == []
    finally:
        page.close()


def check_what_a_reader_sees(page, doc: Path, scheme: str, width: int) -> None:
    where = f"{page_id(doc)} in {scheme} at {width} px"
    assert page.locator("article h1").is_visible(), where
    expected = "slate" if scheme == "dark" else "default"
    assert page.evaluate("document.body.dataset.mdColorScheme") == expected, where
    if doc.name.endswith(".ko.md"):
        fonts = page.evaluate("getComputedStyle(document.querySelector('article')).fontFamily")
        assert all(font in fonts for font in KOREAN_FONTS), (where, fonts)
    text = page.locator("article").inner_text()
    assert "\\frac" not in text and "\\(" not in text and "$$" not in text, where
    if page.locator("article math").count():
        box = page.locator("article math").first.bounding_box()
        assert box and box["height"] > 5, where
        # The shipped math font, not a fallback, draws the formulas.
        assert page.evaluate("document.fonts.check('16px \"Learning Weights Math\"')"), where
    violations = AXE.run(page, options=AXE_OPTIONS).response["violations"]  # no allow-list
    assert violations == [], (where, [
        (v["id"], v["impact"], [node["target"] for node in v["nodes"]][:3]) for v in violations])
    # Exercise answers are folded away, with no layout box until opened (site.css says why);
    # open them as a reader would, and fold them again.
    assert page.evaluate("[...document.querySelectorAll('article details:not([open]) > :not(summary)')]"
                         ".every(part => part.getClientRects().length === 0)"), where
    page.evaluate("document.querySelectorAll('article details').forEach(d => d.open = true)")
    for output in page.locator("article pre").all():
        assert output.is_visible(), where
    page.evaluate("document.querySelectorAll('article details').forEach(d => d.open = false)")
