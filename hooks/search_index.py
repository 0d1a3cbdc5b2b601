"""One search index per language: a page searches the pages of its own language.

mkdocs-static-i18n merges both languages' entries into one search/search_index.json, so
every page loaded every page of both languages (~38 kB gzip) and a Korean query listed
English pages. Material's search worker fetches search/search_index.json from the `base`
of the page's __config, which is the site root on every page. So:

- on each page of a language other than the default, `base` is that language's root
  (/ko/), where its own index goes; the result links are relative to it;
- once the whole build is done (MkDocs' on_shutdown, the documented last event of a
  command, since the merged index is written at the end of the i18n plugin's own
  on_post_build), the merged index is split by language: ko/... entries go to
  ko/search/search_index.json without their ko/ prefix, and each index asks lunr only for
  English (code, symbols) and its own language;
- the indexes are written as UTF-8: Python's default \\u escapes take six bytes for each
  Korean character instead of three.

`mkdocs serve` keeps the merged index and the root `base`: its rebuilds never reach
on_shutdown, and search must work in it too. Material also reads `base` to find
sitemap.xml for its instant navigation, which this site leaves off (mkdocs.yml); turning
it on would need a sitemap in each language's root.
"""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

from languages import site_languages  # hooks/languages.py: the one list of languages

# Material 9.x renders its settings as sorted JSON (Jinja's tojson) with "base" as a key.
BASE = re.compile(r'(<script id="__config" type="application/json">\{[^<]*?"base": )"([^"]*)"')
_build: dict = {}  # command, languages, site folders


def on_startup(command, dirty):
    _build.update(command=command, site_dirs=set())


def on_config(config):
    _build["languages"] = list(site_languages(Path(config.config_file_path)))


def language_of(url: str) -> str:
    return next((language for language in _build["languages"][1:] if url.startswith(f"{language}/")),
                _build["languages"][0])


def on_post_page(output, page, config):
    language = language_of(page.url)
    if _build.get("command") != "build" or language == _build["languages"][0]:
        return output
    folder = page.url.rstrip("/") if page.url.endswith("/") else posixpath.dirname(page.url)
    base = posixpath.relpath(language, folder)
    output, found = BASE.subn(lambda match: f'{match[1]}"{base}"', output, count=1)
    if not found:
        raise PluginError(f"hooks/search_index.py: no \"base\" in Material's __config on {page.url}; "
                          "Material changed how it renders its settings: update the hook")
    return output


def on_post_build(config):
    _build.setdefault("site_dirs", set()).add(config.site_dir)


def on_shutdown():
    """Split the merged index by language; `mkdocs serve` keeps it whole (language None)."""
    for site_dir in sorted(_build.get("site_dirs", ())):
        merged = Path(site_dir) / "search" / "search_index.json"
        if not merged.is_file():
            continue
        index = json.loads(merged.read_text(encoding="utf-8"))
        for language in _build["languages"] if _build.get("command") == "build" else [None]:
            folder = "" if language in (None, _build["languages"][0]) else f"{language}/"
            docs = [{**doc, "location": doc["location"].removeprefix(folder)} for doc in index["docs"]
                    if language is None or language_of(doc["location"]) == language]
            # Each index asks lunr for English (code, symbols) and its own language.
            lunr = [name for name in index["config"]["lang"]
                    if language is None or name in {_build["languages"][0], language}]
            path = Path(site_dir) / folder / "search" / "search_index.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps({"config": {**index["config"], "lang": lunr}, "docs": docs},
                                       ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    _build.clear()
