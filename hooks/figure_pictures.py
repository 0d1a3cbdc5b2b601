"""Serve each figure's phone drawing on narrow screens, loaded as the reader nears it.

hooks/figure_drawing.py draws figures/NAME.narrow.svg beside figures/NAME.svg. This wraps
each figure's <img> in a <picture> whose <source> serves the phone drawing below
NARROW_SCREEN, so the Markdown stays a plain image and the <img> stays the fallback.

The <img> loads lazily and decodes off the page's critical path: a browser draws an SVG
image on the main thread, and the figures sit below the first screen on a phone, so
fetching them with the page held up its scripts. Over three Lighthouse mobile runs each
(tools/lighthouse.py), /split-error/ went from 83 to 97 and /several-layers/ from 80 to
92. Chromium and Firefox keep the text in place when a figure above it loads (scroll
anchoring).
"""

from __future__ import annotations

import re

from figure_drawing import NARROW

# The wide drawings are at most 516 pt (688 CSS px) wide with 10 pt text: shrunk into
# the column of a screen of 600 px or more (568 px) their text is still >= 11 px.
NARROW_SCREEN = "(max-width: 599.98px)"
IMAGE = re.compile(r'<img (?=[^>]*class="figure-svg")[^>]*'
                   r'src="(?P<stem>[^"]*figures/[^"/.]+)(?P<language>\.[a-z]{2})?\.svg"[^>]*>')


def picture(match: re.Match) -> str:
    """figures/NAME.svg -> figures/NAME.narrow.svg; NAME.ko.svg -> NAME.narrow.ko.svg."""
    narrow = f"{match['stem']}{NARROW}{match['language'] or ''}.svg"
    image = match[0].replace("<img ", '<img loading="lazy" decoding="async" ', 1)
    return f'<picture><source media="{NARROW_SCREEN}" srcset="{narrow}">{image}</picture>'


def on_page_content(html, page, config, files):
    return IMAGE.sub(picture, html)
