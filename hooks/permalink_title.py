"""The tooltip of each heading's ¶ link, in the page's language.

The toc extension writes one `permalink_title` for the whole site, and the i18n plugin
builds every language with the same Markdown settings, so Korean pages would say
"Permanent link". The words live in hooks/languages.py with the site's other labels.
"""

from __future__ import annotations

import html
import re

from languages import label

HEADERLINK = re.compile(r'(<a class="headerlink" href="#[^"]*" title=")[^"]*(")')


def on_page_content(content, page, config, files):
    title = html.escape(label(config.theme["language"], "permalink"))
    return HEADERLINK.sub(lambda link: link[1] + title + link[2], content)
