"""The chapter as one text: the chapter pages' Markdown, in nav order, under one title.

Not a hook: a library for hooks/chapter_notebook.py (which turns the text into the
notebooks) and hooks/notebook.py (which shows it on the notebook page). The chapter is the
pages mkdocs.yml lists under extra.chapter, in that language; headings go one level down,
each page's title gets the page's name as its id, and ids two pages share are numbered.
"""

from __future__ import annotations

import re
from pathlib import Path

from jupyter_markdown import SOURCE_MARK
from languages import localized

FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")


def outside_fences(text: str, change) -> str:
    """Apply change(line) to every line that is not inside a fenced code block."""
    lines, fence = [], None
    for line in text.splitlines():
        opened = FENCE.match(line)
        if fence is None and opened:
            fence = opened[1]
        elif fence is not None and opened and opened[1].startswith(fence):
            fence = None
        lines.append(line if fence is not None or opened else change(line))
    return "\n".join(lines)


def chapter_markdown(docs: Path, pages: list[str], language: str) -> str:
    """The chapter pages' Markdown in the site's dialect, as one text under one title."""
    parts, ids = [], set()

    def unique(match: re.Match) -> str:
        """An id two pages both give a heading gets _1, _2, ..., as Markdown's toc does with its own."""
        anchor, number = match[1], 0
        while anchor in ids:
            number += 1
            anchor = f"{match[1]}_{number}"
        ids.add(anchor)
        return f"{{ #{anchor} }}"

    for name in pages:
        text = FRONT_MATTER.sub("", localized(docs, name, language).read_text(encoding="utf-8"))
        # Headings go one level down; a page's title gets the page's name as its id in every language.
        anchor = Path(name).stem if Path(name).stem != "index" else "introduction"
        text = re.sub(r"\A# (.+?)(?:[ \t]*\{[^}\n]*\})?[ \t]*$", rf"# \1 {{ #{anchor} }}", text.lstrip(),
                      count=1, flags=re.MULTILINE)
        text = outside_fences(text, lambda line: "#" + line if re.match(r"#{1,5} ", line) else line)
        text = re.sub(r"\{[ \t]*#([\w-]+)[ \t]*\}[ \t]*$", unique, text, flags=re.MULTILINE)
        text = text.replace("](#", f"]({name}#")  # a page's own anchors stay its own
        # Marks where each page's text begins, so an error in it names the page (hooks/mathml.py).
        parts.append(f"<!-- {SOURCE_MARK} docs/{localized(docs, name, language).name} -->\n\n{text.strip()}")
    return "\n\n".join(parts) + "\n"
