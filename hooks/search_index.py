"""Store the search index as UTF-8 text instead of \\u escapes, once the whole build is done.

Material's search plugin writes search/search_index.json with Python's default
json.dumps(ensure_ascii=True), so each Korean character takes six bytes (\\uAC00) instead
of three. Every page loads the index, and the escapes add ~4 kB gzip to each page's weight.
The JSON is the same value, read by the same search worker.

The index is final only after mkdocs-static-i18n has built every language and merged their
entries, at the end of its own on_post_build; so this runs at MkDocs' on_shutdown, the
documented last event of a command, on every site folder a build wrote.
"""

from __future__ import annotations

import json
from pathlib import Path

_site_dirs: set[str] = set()


def on_post_build(config):
    _site_dirs.add(config.site_dir)


def on_shutdown():
    for site_dir in sorted(_site_dirs):
        index = Path(site_dir) / "search" / "search_index.json"
        if index.is_file():
            value = json.loads(index.read_text(encoding="utf-8"))
            index.write_text(json.dumps(value, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    _site_dirs.clear()
