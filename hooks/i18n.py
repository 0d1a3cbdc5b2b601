"""Fit mkdocs-static-i18n (English at /, Korean at /ko/) to this site's hooks and theme.

- On every page, the home pages included, the language switcher and the hreflang links
  point to the same page in the other language (the plugin gives the home pages an
  absolute /learning-weights/ path, right only on the deployed site).
- Material's script fetches sitemap.xml beside every link[rel=alternate], an exact match
  meant for links to language roots: beside a page, that is a 404 in the console. So the
  hreflang links are written rel=" alternate", the same link type by the HTML standard
  (rel is a set of space-separated tokens) but not what that selector matches. The
  sitemap.xml lists the same alternates with full URLs.
- A page with no Korean twin yet is shown at /ko/ in English, marked lang="en" under a
  Korean note, and kept out of the search index, where it would only repeat the English.
- 404.html, written by each language build in turn, stays the default language's.
"""

from __future__ import annotations

import re

from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

from languages import label  # hooks/languages.py: every word the hooks print

HREFLANG = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')

_not_found: dict[str, str] = {}


def is_fallback(page, config) -> bool:
    """True for an English page standing in for a missing translation in another build."""
    locale = getattr(page.file, "locale", None)
    return locale is not None and locale != config.theme["language"]


def on_page_markdown(markdown, page, config, files):
    if is_fallback(page, config):
        page.meta["search"] = {"exclude": True}
    return markdown


def on_page_content(html, page, config, files):
    if not is_fallback(page, config):
        return html
    title, text = label(config.theme["language"], "untranslated")
    note = f'<div class="admonition note"><p class="admonition-title">{title}</p><p>{text}</p></div>'
    heading, h1_end, body = html.partition("</h1>")  # the note goes under the page's title
    if not h1_end:
        heading, body = "", html
    english = f'<div lang="{page.file.locale}">{{}}</div>'.format
    title_part = [english(heading + h1_end)] if heading else []
    return "\n".join([*title_part, note, english(body)])


@event_priority(0)  # after the plugin's on_page_context (50), which sets the switcher links
def on_page_context(context, page, config, nav):
    alternates = getattr(page.file, "alternates", {})
    # The plugin sets the attribute, not the key, and templates read the attribute first.
    for language in getattr(config.extra, "alternate", None) or []:
        if language["lang"] in alternates:
            language["link"] = alternates[language["lang"]].url
    return context


def on_post_page(output, page, config):
    found = HREFLANG.search(output)
    if not found:
        return output
    links = "".join(
        f'    <link rel=" alternate" href="{get_relative_url(file.url or ".", page.url or ".")}"'
        f' hreflang="{language}">\n'
        for language, file in sorted(page.file.alternates.items())
        if file.locale == language  # a translation, not the English standing in for one
    )
    output = HREFLANG.sub("", output)
    return output[:found.start()] + links + output[found.start():]


def on_post_template(output, template_name, config):
    if template_name != "404.html":
        return output
    output = HREFLANG.sub("", output)  # a page that is not there has no alternates
    i18n = config.plugins.get("i18n")
    if i18n is None or config.theme["language"] == i18n.default_language:
        _not_found["html"] = output
    return _not_found.get("html", output)
