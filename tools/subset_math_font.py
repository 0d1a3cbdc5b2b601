"""Cut Latin Modern Math down to the characters this site's formulas can use.

Run after adding a formula with a new symbol (tests/test_math_font.py says when):

    python tools/subset_math_font.py /usr/share/texmf/fonts/opentype/public/lm-math/latinmodern-math.otf

The full font (Debian's fonts-lmodern) is ~700 KB; the subset keeps the MATH
table, so stretchy brackets, fraction bars and big operators still work.
"""

import sys
from pathlib import Path

from fontTools import subset

OUT = Path(__file__).resolve().parent.parent / "docs/assets/fonts/latinmodern-math-subset.woff2"
NEW_NAME = "Learning Weights Math"
UNICODES = [
    *range(0x20, 0x7F),  # ASCII, including ( ) [ ] { } | + = and digits
    0xB7, 0xD7, 0x2212, 0x2032,  # middle dot, times, minus, prime
    0x2026, 0x22EF, 0x22EE, 0x22F1,  # ellipses, for matrices with "..."
    0x2190, 0x2192, 0x21A6,  # arrows
    0x2202, 0x2207, 0x2208, 0x2211, 0x221D, 0x2248, 0x2260, 0x2264, 0x2265,  # ∂ ∇ ∈ ∑ ∝ ≈ ≠ ≤ ≥
    0x2299, 0x22A4, 0x22C5, 0x2218,  # ⊙ ⊤ ⋅ ∘
    0x3B1, 0x3B7, 0x3C3,  # α η σ (learning rate, sigmoid)
    0x210E,  # italic h: MathML Core shows a single <mi>h</mi> with it
    *range(0x1D400, 0x1D468),  # bold and italic Latin letters
    0x1D6FC, 0x1D702, 0x1D70E,  # italic α η σ
]


def main(source: str) -> None:
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.hinting = False  # browsers ignore CFF hints at text sizes; saves bytes
    options.notdef_outline = True
    font = subset.load_font(source, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(font)
    # The GUST Font License asks that a changed font carry a new name.
    for record in font["name"].names:
        if record.nameID in (1, 3, 4, 16):
            record.string = NEW_NAME
        elif record.nameID == 6:
            record.string = NEW_NAME.replace(" ", "")
    subset.save_font(font, str(OUT), options)
    print(f"{OUT.name}: {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
