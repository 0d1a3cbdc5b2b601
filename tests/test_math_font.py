"""The shipped math font covers every character the site's formulas use.

If this fails after a new formula, rebuild the font with tools/subset_math_font.py
(its docstring gives the command).
"""

from __future__ import annotations

import re
import runpy

from fontTools.ttLib import TTFont

from pages import ROOT

SUBSETTER = runpy.run_path(str(ROOT / "tools/subset_math_font.py"))
FONT = SUBSETTER["OUT"]
HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")  # Korean words in \text{} use the text font


def test_font_has_every_character_the_formulas_use(site):
    needed = SUBSETTER["used_characters"](site)
    cmap = TTFont(FONT).getBestCmap()
    missing = {chr(code) for code in needed if code not in cmap and not HANGUL.match(chr(code))}
    assert not missing, sorted(missing)


def test_font_keeps_its_math_table_and_new_name():
    font = TTFont(FONT)
    assert "MATH" in font, "without the MATH table, brackets and fraction bars do not stretch"
    assert font["name"].getDebugName(1) == "Learning Weights Math"
