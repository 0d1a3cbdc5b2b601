"""Cut Latin Modern Math down to the characters this site's formulas use.

Run after a formula gains a new symbol or letter (tests/test_math_font.py says when):

    NO_MKDOCS_2_WARNING=1 .venv/bin/mkdocs build -d site
    .venv/bin/python tools/subset_math_font.py \
        /usr/share/texmf/fonts/opentype/public/lm-math/latinmodern-math.otf site

The full font (Debian's fonts-lmodern) is ~700 KB. The subset keeps every
character inside the built site's <math> elements, and the italic form
of each one-letter variable (MathML Core draws <mi>x</mi> with U+1D465); it keeps
the MATH table, so stretchy brackets, fraction bars and big operators still work.
"""

import sys
from pathlib import Path

from bs4 import BeautifulSoup
from fontTools import subset

OUT = Path(__file__).resolve().parent.parent / "docs/assets/fonts/latinmodern-math-subset.woff2"
NEW_NAME = "Learning Weights Math"  # the GUST Font License asks that a changed font carry a new name


def italic(letter: str) -> int:
    if letter == "h":
        return 0x210E  # the one italic letter outside the Mathematical Italic block
    if letter.isupper():
        return 0x1D434 + ord(letter) - ord("A")
    return 0x1D44E + ord(letter) - ord("a")


def used_characters(site: Path) -> set[int]:
    used = {0x20}  # the space; every other character comes from a formula
    for page in site.rglob("*.html"):
        for formula in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find_all("math"):
            used |= {ord(char) for char in formula.get_text() if not char.isspace()}
            for mi in formula.find_all("mi"):
                letter = mi.get_text()
                if len(letter) == 1 and letter.isascii() and letter.isalpha():
                    used.add(italic(letter))
    return used


def main(source: str, site: str) -> None:
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.hinting = False  # browsers ignore CFF hints at text sizes; saves bytes
    options.notdef_outline = True
    font = subset.load_font(source, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=used_characters(Path(site)))
    subsetter.subset(font)
    for record in font["name"].names:
        if record.nameID in (1, 3, 4, 16):
            record.string = NEW_NAME
        elif record.nameID == 6:
            record.string = NEW_NAME.replace(" ", "")
    subset.save_font(font, str(OUT), options)
    print(f"{OUT.name}: {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main(*sys.argv[1:3])
