"""The overrides of Material's templates (overrides/) stay the smallest change to its own.

Each override is Material's file with one change; when a Material upgrade changes the
original, this fails, so the copy is refreshed instead of silently shipping old chrome.
The palette toggle is the one replacement (overrides/partials/palette.html says why): it
must keep doing what Material's did, which the browser test below checks.
"""

from __future__ import annotations

import re
from pathlib import Path

import material
import pytest
from bs4 import BeautifulSoup

from pages import PAGES, ROOT

MATERIAL = Path(material.__file__).parent / "templates"
HEADER = re.compile(r"\A\{#-.*?-#\}\n", re.DOTALL)
# What each override adds to Material's file.
CHANGES = {
    "partials/search.html": (' role="dialog">', ' role="dialog" aria-label="{{ lang.t(\'search\') }}">'),
}


# Not copies: main.html extends Material's base.html through its documented blocks.
EXTENDS = {"main.html"}
# Replaced whole: the palette toggle and the script that applies its choice.
REPLACED = {"partials/palette.html", "partials/javascripts/palette.html"}


def test_overrides_are_material_files_with_one_change():
    overrides = {p.relative_to(ROOT / "overrides").as_posix() for p in (ROOT / "overrides").rglob("*.html")}
    assert overrides == set(CHANGES) | EXTENDS | REPLACED
    assert all((MATERIAL / name).is_file() for name in REPLACED)  # still Material's names for them
    for name, (before, after) in CHANGES.items():
        ours = HEADER.sub("", (ROOT / "overrides" / name).read_text(encoding="utf-8"))
        theirs = HEADER.sub("", (MATERIAL / name).read_text(encoding="utf-8"))
        assert theirs.count(before) == 1 and ours == theirs.replace(before, after), name


def test_search_dialog_is_named_in_the_page_language(site):
    for page, name in ((site / "index.html", "Search"), (site / "ko" / "index.html", "검색")):
        assert f'role="dialog" aria-label="{name}"' in page.read_text(encoding="utf-8")


def test_no_page_starts_materials_palette_component(site):
    for page in (site / "index.html", site / "ko" / "matrix-form" / "index.html"):
        html = page.read_text(encoding="utf-8")
        assert 'data-md-component="palette"' not in html and "data-lw-palette" in html


def test_every_page_defers_materials_script_and_ours_in_their_order(site):
    """overrides/main.html defers them; if Material writes its script tag another way, the
    replace there silently stops working, and this fails instead."""
    pages = [html for html in site.rglob("*.html") if "<script" in html.read_text(encoding="utf-8")]
    assert len(pages) >= len(PAGES)
    for html in pages:
        scripts = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser").find_all("script", src=True)
        names = [Path(script["src"]).name for script in scripts]
        assert re.fullmatch(r"bundle\.\w+\.min\.js", names[0]) and names[1] == "chrome.js", html
        assert all(script.has_attr("defer") and not script.has_attr("async") for script in scripts), html


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_palette_toggle_switches_and_the_next_page_keeps_the_choice(browser, server, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    body = "document.body.dataset.mdColorScheme"
    page.goto(f"{server}/several-layers/")
    first, other = ("default", "slate") if scheme == "light" else ("slate", "default")
    assert page.evaluate(body) == first  # the system's, before any choice
    shown = page.locator("[data-lw-palette] button:visible")
    assert shown.count() == 1
    name = shown.get_attribute("aria-label")
    assert name == ("Switch to dark mode" if scheme == "light" else "Switch to light mode")
    shown.click()
    assert page.evaluate(body) == other
    focused = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert focused == shown.get_attribute("aria-label") != name  # the other button, shown and focused
    page.goto(f"{server}/ko/matrix-form/")  # another page, the other language
    assert page.evaluate(body) == other
    assert page.locator("[data-lw-palette] button:visible").get_attribute("aria-label") in (
        "어두운 화면으로 바꾸기", "밝은 화면으로 바꾸기")
    page.locator("[data-lw-palette] button:visible").press("Enter")  # a real button: keys work too
    assert page.evaluate(body) == first
    context.close()


def test_pages_with_formulas_preload_the_font_site_css_names(site):
    """overrides/main.html names the math font's file a second time; if site.css's @font-face
    moves to another file, the preload would fetch a font that nothing uses."""
    css = site / "assets" / "css" / "site.css"
    font = (css.parent / re.search(r'src: url\("([^"]+)"\)', css.read_text(encoding="utf-8"))[1]).resolve()
    assert font.is_file()
    with_math = 0
    for html in site.rglob("*.html"):
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        preloads = soup.head.find_all("link", rel="preload")
        if soup.find("math"):
            with_math += 1
            assert len(preloads) == 1, html
            link = preloads[0]
            assert (html.parent / link["href"]).resolve() == font, html
            # Fonts are fetched in CORS mode; a preload without crossorigin is fetched twice.
            assert link["as"] == "font" and link.has_attr("crossorigin"), html
        else:
            assert not preloads, html
    assert with_math >= 2 * 6  # the chapter, in both languages


def test_the_page_is_marked_as_scripted_before_its_body_is_drawn(site):
    """The class Material's script sets as it starts is set in <head>, so the first drawing is
    the one the script would make (overrides/main.html says why)."""
    for html in (site / "index.html", site / "ko" / "matrix-form" / "index.html", site / "404.html"):
        head = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser").head
        assert any('classList.replace("no-js", "js")' in script.text for script in head.find_all("script"))


def test_the_math_font_is_fetched_once_and_used(browser, server):
    page = browser.new_page()
    fonts = []
    page.on("request", lambda request: fonts.append(request.url) if request.url.endswith(".woff2") else None)
    page.goto(f"{server}/ko/matrix-form/", wait_until="load")
    assert page.evaluate("document.documentElement.classList.contains('js')")
    assert page.evaluate("document.fonts.check('1em \"Learning Weights Math\"')")
    assert len(fonts) == 1, fonts
    page.close()
