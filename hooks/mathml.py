"""Turn the TeX that pymdownx.arithmatex marks into MathML Core at build time.

Readers get formulas without any JavaScript; a formula math-core cannot parse
stops the build, naming the page and the formula.
"""

from __future__ import annotations

import html
import re

from math_core import LatexError, LatexToMathML
from mkdocs.exceptions import PluginError

# arithmatex in generic mode wraps inline TeX in \( \) and display TeX in \[ \].
ARITHMATEX = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">(?:\\\((?P<inline>.*?)\\\)|\\\[(?P<display>.*?)\\\])</(?P=tag)>',
    re.DOTALL,
)
SOURCE = re.compile(r"<!-- text from (\S+) -->")
converter = LatexToMathML()


def tex_to_mathml(tex: str, display: bool, where: str) -> str:
    try:
        return converter.convert_with_local_state(tex, displaystyle=display)
    except LatexError as error:
        raise PluginError(f"{where}: bad TeX in formula {tex!r}: {error}") from None


def on_page_content(content, page, config, files):
    def convert(match: re.Match) -> str:
        display = match["display"] is not None
        tex = html.unescape(match["display"] if display else match["inline"]).strip()
        # A page made of other pages' text (the notebook page) marks where each one begins.
        sources = SOURCE.findall(content, 0, match.start())
        where = f"docs/{page.file.src_uri}" + (f", text from {sources[-1]}" if sources else "")
        mathml = tex_to_mathml(tex, display, where)
        return f'<div class="math-display">{mathml}</div>' if display else mathml

    return ARITHMATEX.sub(convert, content)
