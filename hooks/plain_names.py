"""Write plain names in Python code as text, not as one <span> each.

Material colours a plain name (Pygments' Name token, class "n") exactly as it colours code
text, and a whitespace token (class "w") not at all, so their spans change nothing a reader
sees. They were over a quarter of the code's elements on the longest page (328 of 1,198 on
matrix-form), and a phone restyles every element as Material's script starts (tools/
lighthouse.py). Keywords, numbers, strings, built-ins, operators and the rest keep their
spans and colours; pymdownx.highlight's documented extend_pygments_lang passes the filter
to Pygments' Python lexer, in every language's build.
"""

from __future__ import annotations

from pygments.filter import Filter
from pygments.token import Name, Text, Whitespace


class PlainNames(Filter):
    def filter(self, lexer, stream):
        for kind, value in stream:
            yield (Text if kind in (Name, Whitespace) else kind), value


def on_config(config):
    highlight = config.mdx_configs.setdefault("pymdownx.highlight", {})
    others = [lang for lang in highlight.get("extend_pygments_lang", []) if lang["name"] != "python"]
    python = {"name": "python", "lang": "python", "options": {"filters": [PlainNames()]}}
    highlight["extend_pygments_lang"] = [*others, python]  # the same on each language's build
    return config
