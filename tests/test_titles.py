"""Each page's H1 is the title its nav link shows, in each language (the home page excepted)."""

from __future__ import annotations

import re

import pytest
import yaml

from pages import DOCS, ROOT

CONFIG = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)


def flat(entries):
    """(title, page) in nav order; a section (such as "Going further") lists its own pages."""
    for entry in entries:
        title, value = next(iter(entry.items()))
        yield from flat(value) if isinstance(value, list) else [(title, value)]


NAV = list(flat(CONFIG["nav"]))
KOREAN = next(language for plugin in CONFIG["plugins"] if isinstance(plugin, dict) and "i18n" in plugin
              for language in plugin["i18n"]["languages"] if language["locale"] == "ko")


def h1(page) -> str:
    text = page.read_text(encoding="utf-8")
    title = re.search(r"^# (.+)$", text, re.MULTILINE)[1]
    return re.sub(r"\s*\{[^}]*\}\s*$", "", title).strip()


# The home page's link says "Home"; the notebook takes its title from the nav.
PAGES = [(title, name) for title, name in NAV if name.endswith(".md") and name != "index.md"]


@pytest.mark.parametrize(("title", "name"), PAGES, ids=[name for _, name in PAGES])
def test_english_title_matches_the_nav(title, name):
    assert h1(DOCS / name) == title


@pytest.mark.parametrize(("title", "name"), PAGES, ids=[name for _, name in PAGES])
def test_korean_title_matches_the_nav(title, name):
    korean = DOCS / name.replace(".md", ".ko.md")
    assert h1(korean) == KOREAN["nav_translations"][title]
