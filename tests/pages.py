"""What the tests need to know about pages and snippets, read the same way the hooks read them."""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))  # the modules the hooks share: one snippet runner, one language list
import languages  # noqa: E402
import snippet_runs  # noqa: E402

DOCS = ROOT / "docs"
SNIPPETS = sorted((ROOT / "snippets").glob("*.py"))
PAGES = sorted(DOCS.rglob("*.md"))
DIRECTIVE = re.compile(r"^[ \t]*::: snippet (\S+)[ \t]*$", re.MULTILINE)
NUMBER = re.compile(r"(?<![A-Za-z0-9_.])\d+(?:\.\d+)?(?![0-9A-Za-z_])")


def run(snippet: str) -> str:
    """What `python snippets/NAME.py` prints, by the build's own runner and rules (hooks/snippet_runs.py)."""
    return snippet_runs.run(ROOT, snippet)


def front_matter(page: Path) -> dict:
    text = page.read_text(encoding="utf-8")
    if text.startswith("---\n"):
        return yaml.safe_load(text.split("---\n", 2)[1]) or {}
    return {}


def snippets_of(page: Path) -> list[str]:
    return DIRECTIVE.findall(page.read_text(encoding="utf-8"))


def nav_files(nav: list | None = None) -> list[str]:
    """The page files of mkdocs.yml's nav in reading order; a section (such as "Going
    further") lists its own pages in place."""
    if nav is None:
        nav = languages.config_of(ROOT / "mkdocs.yml")["nav"]  # mkdocs.yml is read in one place
    return [name for entry in nav for item in (entry.values() if isinstance(entry, dict) else [entry])
            for name in (nav_files(item) if isinstance(item, list) else [item])]


def built_html(site: Path, page: Path) -> Path:
    """Where the build puts docs/a/b.md (or b.ko.md): site/a/b/index.html or site/ko/a/b/index.html."""
    relative = page.relative_to(DOCS)
    stem = relative.name.removesuffix(".md")
    prefix = Path()
    if stem.endswith(".ko"):
        stem, prefix = stem.removesuffix(".ko"), Path("ko")
    folder = relative.parent if stem == "index" else relative.parent / stem
    return site / prefix / folder / "index.html"


@functools.cache
def parsed(html: Path) -> BeautifulSoup:
    """A built page, parsed once per test process: many tests read each page. Read it, do not change it."""
    return BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")


def prose(page: Path) -> str:
    """The page as a reader reads it, minus code: snippet code and output are checked elsewhere."""
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.DOTALL)
    text = re.sub(r"^([ \t]*)(`{3,}|~{3,}).*?^\1\2[ \t]*$", "", text, flags=re.DOTALL | re.MULTILINE)
    text = re.sub(r"`[^`\n]+`", " ", text)  # inline code names, e.g. `W[k, j]`
    text = DIRECTIVE.sub("", text)
    text = re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)
    text = re.sub(r"\]\([^)]*\)", "]", text)  # link targets
    text = re.sub(r"\{[:.#][^}\n]*\}", "", text)  # attribute lists
    text = re.sub(r"^[ \t]*\d+\.[ \t]", "", text, flags=re.MULTILINE)  # ordered-list markers
    # In TeX, indices (w_{jk}, e_1) and command names (\frac) are notation, not data.
    text = re.sub(r"[_^](\{[^{}]*\}|\\?\w)", "", text)
    return re.sub(r"\\[A-Za-z]+", " ", text)


def numbers_in(text: str) -> list[str]:
    return NUMBER.findall(text)


@functools.cache
def _variables(snippet: str) -> dict:
    import contextlib
    import io
    import os
    import runpy
    from unittest import mock

    # A snippet may set environment variables (numpy's threads): they end with its run.
    with mock.patch.dict(os.environ), contextlib.redirect_stdout(io.StringIO()):
        return runpy.run_path(str(ROOT / snippet), run_name="__main__")


def variables(snippet: str) -> dict:
    """A snippet's global variables after it ran, its printing discarded (a fresh copy each call)."""
    return dict(_variables(snippet))


VARIES = snippet_runs.VARIES  # the one marker a snippet may carry: snippets/matrix_speed.py


def comparable(snippet: str, output: str) -> str | list[str]:
    """What two runs of a snippet must have in common: all of the output, except for a
    snippet marked `# output varies: ...` (timings, the machine), where only the first word
    of each line, its label, is compared. That page may differ between two builds."""
    if VARIES not in (ROOT / snippet).read_text(encoding="utf-8"):
        return output
    return [line.split()[0] if line.split() else "" for line in output.strip().splitlines()]
