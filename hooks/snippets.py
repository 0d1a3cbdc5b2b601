"""Run each snippet a page names, as a reader would, and show its source and output.

A line ``::: snippet snippets/NAME.py`` in a page becomes the snippet's source
(with its file name) followed by what ``python snippets/NAME.py`` printed in this
build. A snippet that fails, writes to stderr or hangs stops the build, naming the
page and the snippet, so a traceback can never reach a page.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.exceptions import PluginError

from languages import label  # hooks/languages.py: every word the hooks print
from snippet_runs import VARIES, SnippetFailed, run, start, start_all  # the one snippet runner

DIRECTIVE = re.compile(r"^(?P<indent>[ \t]*)::: snippet (?P<path>\S+)[ \t]*$", re.MULTILINE)


def on_pre_build(config):
    """Start every snippet at once, in the order the build needs them: a measurement first (it
    runs for a set time, the others beside it), then the ones the pages show, in reading order."""
    root = Path(config.config_file_path).parent
    shown = [relpath for relpath in in_reading_order(config.nav or [], Path(config.docs_dir))
             if (root / relpath).is_file()]  # a missing one stops the build at the page naming it
    for relpath in sorted(shown, key=lambda relpath: VARIES not in (root / relpath).read_text("utf-8")):
        start(root, relpath)
    start_all(root)


def in_reading_order(nav: list, docs: Path) -> list[str]:
    """The snippets that the pages of a nav (mkdocs.yml's `nav`) show, in the order shown."""
    shown: dict[str, None] = {}
    for entry in nav:
        for item in entry.values() if isinstance(entry, dict) else [entry]:
            if isinstance(item, list):
                shown.update(dict.fromkeys(in_reading_order(item, docs)))
            elif isinstance(item, str) and (docs / item).is_file():
                text = (docs / item).read_text(encoding="utf-8")
                shown.update(dict.fromkeys(match["path"] for match in DIRECTIVE.finditer(text)))
    return list(shown)


def run_snippet(root: Path, relpath: str, where: str) -> tuple[str, str]:
    """The snippet's source and what it printed; a failure stops the build, naming WHERE."""
    try:
        output = run(root, relpath)
    except SnippetFailed as failure:
        raise PluginError(f"{where}: {failure}") from None
    return (root / relpath).read_text(encoding="utf-8"), output


def fenced(text: str, language: str, title: str, indent: str) -> str:
    """A fenced block with a title. Code and outputs stay out of the search index (Material's
    documented data-search-exclude): readers search the prose, and every page loads the index."""
    fence = "`" * max(3, 1 + max((len(m) for m in re.findall(r"`+", text)), default=0))
    body = text.rstrip("\n").splitlines() or [""]
    lines = [f'{fence}{{.{language} title="{title}" data-search-exclude=""}}', *body, fence]
    return "\n".join(indent + line if line else line for line in lines)


def on_page_markdown(markdown, page, config, files):
    root = Path(config.config_file_path).parent
    language = config.theme.get("language", "en")

    def expand(match: re.Match) -> str:
        line = markdown.count("\n", 0, match.start()) + 1
        where = f"docs/{page.file.src_uri}:{line}"
        relpath = match["path"]
        source, output = run_snippet(root, relpath, where)
        indent = match["indent"]
        # Out of the search index, which every page loads: the prose names what the code
        # does, and the same code in both languages would double its weight (tests/test_budgets.py).
        return "\n\n".join([
            fenced(source, "python", relpath, indent),
            fenced(output, "text", label(language, "output"), indent),
        ])

    return DIRECTIVE.sub(expand, markdown)
