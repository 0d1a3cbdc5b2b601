"""Fit mkdocs-static-i18n (English at /, Korean at /ko/) to this site's pages and theme.

- The language switcher and the hreflang links point to the same page in the other
  language; hreflang links are absolute (site_url) with an x-default, as search engines ask.
- Material's script fetches sitemap.xml beside every link[rel=alternate], an exact-match
  selector meant for links to language roots: beside a page, that is a 404 in the
  console. So the hreflang links are written rel=" alternate", the same link type by the
  HTML standard (rel is a set of space-separated tokens) but not what that selector
  matches. The sitemap lists the same alternates.
- A page with no Korean twin yet is shown at /ko/ in English, marked lang="en" under a
  Korean note, and kept out of the search index, where it would only repeat the English.
- 404.html, written by each language build in turn, stays the default language's.

mkdocs-static-i18n 1.3.1 gives each File `locale` and `alternates` (language -> File), which
its sitemap template reads but its documentation does not list. i18n_file() stops the
build, naming the version, if a release drops them; tests/test_i18n.py checks their effects.
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError

from languages import label, site_languages  # hooks/languages.py: the languages and their words

HREFLANG = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')

_not_found: dict[str, str] = {}


def i18n_file(page) -> tuple[str, dict]:
    """The page's language and its translations, as mkdocs-static-i18n 1.3.1 records them."""
    try:
        return page.file.locale, page.file.alternates
    except AttributeError:
        raise PluginError("hooks/i18n.py expects mkdocs-static-i18n 1.3.1's File.locale and "
                          "File.alternates; this version has neither: update the hook") from None


def is_fallback(page, config) -> bool:
    """True for an English page standing in for a missing translation in another build."""
    return i18n_file(page)[0] != config.theme["language"]


def translations(page) -> dict[str, str]:
    """Language -> the URL of this page in it, for the languages that really have it."""
    return {language: file.url.removeprefix("./") for language, file in sorted(i18n_file(page)[1].items())
            if file.locale == language}  # a translation, not the English standing in for one


def on_page_markdown(markdown, page, config, files):
    if is_fallback(page, config):
        page.meta["search"] = {"exclude": True}
    return markdown


def on_page_content(html, page, config, files):
    if not is_fallback(page, config):
        return html
    title, text = label(config.theme["language"], "untranslated")
    note = f'<div class="admonition note"><p class="admonition-title">{title}</p><p>{text}</p></div>'
    heading, h1_end, body = html.partition("</h1>") if "</h1>" in html else ("", "", html)
    english = f'<div lang="{i18n_file(page)[0]}">{{}}</div>'.format
    title_part = [english(heading + h1_end)] if heading else []
    return "\n".join([*title_part, note, english(body)])


def on_page_context(context, page, config, nav):
    # Hooks run after plugins: the plugin has set Material's switcher (extra.alternate)
    # to each language's home page; point it at this page's twin instead.
    urls = {language: file.url for language, file in i18n_file(page)[1].items()}
    # The plugin sets extra.alternate as an attribute of config.extra, which templates read first.
    for language in getattr(config.extra, "alternate", None) or []:
        if language["lang"] in urls:
            language["link"] = urls[language["lang"]]
    return context


def on_post_page(output, page, config):
    found = HREFLANG.search(output)
    if not found:
        return output
    urls = translations(page)
    default = site_languages()[0]
    if default in urls:
        urls["x-default"] = urls[default]
    links = "".join(f'    <link rel=" alternate" href="{config.site_url}{url}" hreflang="{language}">\n'
                    for language, url in urls.items())
    output = HREFLANG.sub("", output)
    return output[:found.start()] + links + output[found.start():]


def on_post_template(output, template_name, config):
    if template_name != "404.html":
        return output
    output = HREFLANG.sub("", output)  # a page that is not there has no alternates
    if config.theme["language"] == site_languages()[0]:
        _not_found["html"] = output
    return _not_found.get("html", output)
