"""Serve each figure's phone drawing on narrow screens.

hooks/figure_drawing.py draws figures/NAME.narrow.svg beside figures/NAME.svg. This wraps
each figure's <img> in a <picture> whose <source> serves the phone drawing below
NARROW_SCREEN, so the Markdown stays a plain image and the <img> stays the fallback.
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
    return f'<picture><source media="{NARROW_SCREEN}" srcset="{narrow}">{match[0]}</picture>'


def on_page_content(html, page, config, files):
    return IMAGE.sub(picture, html)
