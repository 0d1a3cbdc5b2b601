"""The shipped math font covers every character the site's formulas use.

If this fails after a new formula, add the character to UNICODES in
tools/subset_math_font.py and run that tool (it says where the full font comes from).
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from fontTools.ttLib import TTFont

from pages import ROOT

FONT = ROOT / "docs/assets/fonts/latinmodern-math-subset.woff2"
HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")  # Korean words in \text{} use the text font


def italic(letter: str) -> int:
    """MathML Core draws a one-letter <mi> in mathematical italic (h has its own code point)."""
    if letter == "h":
        return 0x210E
    if letter.isupper():
        return 0x1D434 + ord(letter) - ord("A")
    return 0x1D44E + ord(letter) - ord("a")


def test_font_has_every_character_the_formulas_use(site):
    cmap = TTFont(FONT).getBestCmap()
    missing = set()
    for page in site.rglob("*.html"):
        for formula in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find_all("math"):
            text = HANGUL.sub("", formula.get_text())
            missing |= {char for char in text if not char.isspace() and ord(char) not in cmap}
            for mi in formula.find_all("mi"):
                letter = mi.get_text()
                single = len(letter) == 1 and letter.isascii() and letter.isalpha()
                if single and not mi.get("mathvariant") and italic(letter) not in cmap:
                    missing.add(f"italic {letter}")
    assert not missing, sorted(missing)


def test_font_keeps_its_math_table_and_new_name():
    font = TTFont(FONT)
    assert "MATH" in font, "without the MATH table, brackets and fraction bars do not stretch"
    assert font["name"].getDebugName(1) == "Learning Weights Math"
