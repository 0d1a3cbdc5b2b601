"""Compile the theme's templates once for both languages.

mkdocs-static-i18n builds each language with a Jinja environment of its own, so Material's
templates (base.html and its ~80 partials) were compiled twice, about 0.5 s of the
build's main process. on_env gives every language's environment one in-memory bytecode
cache (Jinja's documented BytecodeCache). Jinja keys the code by template name and checks
it against the template's source, so a template edited under `mkdocs serve` is compiled
again. Each language still renders with its own environment, words and globals.
"""

from __future__ import annotations

import jinja2


class CompiledTemplates(jinja2.BytecodeCache):
    """Compiled templates kept in memory for the rest of the process."""

    def __init__(self):
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.code:
            bucket.bytecode_from_string(self.code[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


COMPILED = CompiledTemplates()


def on_env(env, config, files):
    env.bytecode_cache = COMPILED
    return env
