"""What search engines and link previews read: each page's own description, in its language.

The description comes from the page's front matter (`description:`), which Material writes
into <meta name="description">; without it every page would repeat the site's description.
hreflang links and the sitemap's languages are checked in tests/test_i18n.py.
"""

from __future__ import annotations

import re

import pytest

from pages import DOCS, PAGES, built_html, front_matter, parsed

HANGUL = re.compile(r"[\uac00-\ud7a3]")


def page_id(page) -> str:
    return str(page.relative_to(DOCS))


def description_of(site, page) -> str | None:
    html = parsed(built_html(site, page))
    meta = html.find("meta", attrs={"name": "description"})
    return meta.get("content") if meta else None


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_each_page_describes_itself_in_its_language(site, page):
    description = front_matter(page).get("description")
    assert isinstance(description, str) and len(description.split()) >= 8, \
        "add `description:` (one or two sentences) to the front matter"
    assert len(description) <= 200, "search engines cut descriptions longer than about 160 characters"
    korean = page.name.endswith(".ko.md")
    assert bool(HANGUL.search(description)) == korean, "a Korean description on .ko.md pages only"
    assert description_of(site, page) == description


def test_descriptions_are_distinct(site):
    descriptions = [description_of(site, page) for page in PAGES]
    assert len(set(descriptions)) == len(descriptions)
