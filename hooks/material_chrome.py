"""Material's page chrome made valid HTML where no template block or partial reaches it.

Material 9.8.2's base.html writes its drawer and search toggles, outside any block, as
`<input class="md-toggle" ... type="checkbox" ... autocomplete="off">`; HTML allows
autocomplete on text-like inputs only, so the Nu HTML Checker reports two errors a page
(tests/test_html_valid.py). The attribute kept Firefox from restoring a checked box on
reload; docs/assets/js/chrome.js closes a restored drawer or search instead. The build stops
if the toggles change shape, so a Material upgrade cannot silently undo this.
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError

TOGGLE = re.compile(r'(<input class="md-toggle" data-md-toggle="(?:drawer|search)" type="checkbox" '
                    r'id="__(?:drawer|search)") autocomplete="off">')


def valid_toggles(output: str, where: str) -> str:
    output, count = TOGGLE.subn(r"\1>", output)
    if count != 2:
        raise PluginError(f"hooks/material_chrome.py: expected Material's drawer and search toggles "
                          f"in {where}, found {count}: update the hook for this Material version")
    return output


def on_post_page(output, page, config):
    return valid_toggles(output, page.file.src_uri)


def on_post_template(output, template_name, config):
    return valid_toggles(output, template_name) if template_name == "404.html" else output
