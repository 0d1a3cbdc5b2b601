"""The site's Markdown in the plain Markdown Jupyter reads, for the chapter notebooks.

Not a hook: hooks/chapter_notebook.py calls plain_markdown() on the chapter's text.
Admonitions become quotes, captions italics, attribute lists go, and links and figures
become full URLs of the published site, so the notebook reads the same in an empty folder.
"""

from __future__ import annotations

import re

from languages import site_languages

ADMONITION = re.compile(r'^(?P<indent>[ \t]*)(?:!!!|\?\?\?\+?) (?P<kind>\w+)(?: "(?P<title>.*)")?[ \t]*$')
CAPTION = re.compile(r"^/// caption[ \t]*\n(?P<text>.*?)\n///[ \t]*$", re.DOTALL | re.MULTILINE)
ATTRIBUTES = re.compile(r"[ \t]*\{[ \t]*[:.#][^}\n]*\}")
LINK = re.compile(r"\]\((?!https?:|mailto:|#)(?P<target>[^)\s]+)\)")
SOURCE_MARK = "text from"  # <!-- text from docs/PAGE.md --> marks where a page's text begins


def plain_markdown(text: str, site_url: str, language: str) -> str:
    """The site's Markdown in the Markdown Jupyter reads: no admonitions, captions or attributes."""
    prefix = "" if language == site_languages()[0] else f"{language}/"

    def absolute(match: re.Match) -> str:
        target = match["target"]
        path, _, anchor = target.partition("#")
        if path.endswith(".md"):
            page = path.removesuffix(".md").removesuffix("index").removesuffix(f".{language}")
            path = f"{prefix}{page}/" if page else prefix
        return f"]({site_url}{path}{'#' + anchor if anchor else ''})"

    lines, quoted = [], None  # quoted: the indent of the admonition being turned into a quote
    for line in text.splitlines():
        if quoted is not None and line.strip() and not line.startswith(quoted + "    "):
            quoted = None
        if header := ADMONITION.match(line):
            quoted = header["indent"]
            lines.append(f"{quoted}> **{header['title'] or header['kind'].title()}**")
        elif quoted is not None:
            lines.append(f"{quoted}> {line[len(quoted) + 4:]}".rstrip())
        else:
            lines.append(line)
    lines = [line for line in lines if not line.startswith(f"<!-- {SOURCE_MARK} ")]
    text = CAPTION.sub(lambda match: f"*{' '.join(match['text'].split())}*", "\n".join(lines))
    return LINK.sub(absolute, ATTRIBUTES.sub("", text))
