"""The overrides of Material's templates (overrides/) stay the smallest change to its own.

Each override is Material's file with one change; when a Material upgrade changes the
original, this fails, so the copy is refreshed instead of silently shipping old chrome.
"""

from __future__ import annotations

import re
from pathlib import Path

import material

from pages import ROOT

MATERIAL = Path(material.__file__).parent / "templates"
HEADER = re.compile(r"\A\{#-.*?-#\}\n", re.DOTALL)
# What each override adds to Material's file.
CHANGES = {
    "partials/search.html": (' role="dialog">', ' role="dialog" aria-label="{{ lang.t(\'search\') }}">'),
}


# Not copies: main.html extends Material's base.html through its documented blocks.
EXTENDS = {"main.html"}


def test_overrides_are_material_files_with_one_change():
    overrides = {p.relative_to(ROOT / "overrides").as_posix() for p in (ROOT / "overrides").rglob("*.html")}
    assert overrides == set(CHANGES) | EXTENDS
    for name, (before, after) in CHANGES.items():
        ours = HEADER.sub("", (ROOT / "overrides" / name).read_text(encoding="utf-8"))
        theirs = HEADER.sub("", (MATERIAL / name).read_text(encoding="utf-8"))
        assert theirs.count(before) == 1 and ours == theirs.replace(before, after), name


def test_search_dialog_is_named_in_the_page_language(site):
    for page, name in ((site / "index.html", "Search"), (site / "ko" / "index.html", "검색")):
        assert f'role="dialog" aria-label="{name}"' in page.read_text(encoding="utf-8")
