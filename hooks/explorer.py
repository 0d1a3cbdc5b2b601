"""Serve the explorer's cases, as the Python computed them, at assets/explorer-cases.json.

snippets/explorer_cases.py prints each case as lines ``name = value`` with Python
literals (``nan`` where a value does not exist). This hook runs it through the one
snippet runner (hooks/snippets.py) and writes what it printed as JSON, ``nan`` as null,
so the page can offer the cases and tests/test_explorer.py can type each one into the
explorer and compare what it shows with the Python's numbers.
"""

from __future__ import annotations

import ast
import json
import re
import tempfile
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from snippets import run_snippet  # hooks/snippets.py: the one snippet runner

SNIPPET = "snippets/explorer_cases.py"
URI = "assets/explorer-cases.json"
KEYS = {"W.T @ e": "wte"}  # printed names that are not identifiers
# mkdocs-static-i18n needs a file on disk (abs_src_path), not File.generated(content=...).
_folder = tempfile.TemporaryDirectory(prefix="explorer-")  # removed when the build exits


def parse(output: str) -> dict:
    """The snippet's top lines are settings; each ``case = ...`` line starts a case."""
    settings, cases = {}, []
    for number, line in enumerate(output.splitlines(), start=1):
        if not line.strip():
            continue
        name, sep, value = line.partition(" = ")
        try:
            if not sep:
                raise ValueError("no ' = '")
            parsed = ast.literal_eval(re.sub(r"\bnan\b", "None", value))
        except (ValueError, SyntaxError) as error:
            raise PluginError(
                f"{SNIPPET} printed line {number} {line!r}, not 'name = value': {error}") from None
        key = KEYS.get(name, name)
        if key == "case":
            cases.append({})
            key = "id"
        (cases[-1] if cases else settings)[key] = parsed
    return {**settings, "cases": cases}


def json_path() -> Path:
    return Path(_folder.name) / Path(URI).name


def on_files(files, config):
    """Register the file now (pages link to it); it is written in on_env."""
    files.append(File.generated(config, URI, abs_src_path=str(json_path())))
    return files


def on_env(env, config, files):
    """MkDocs copies files right after this event. Running the snippet this late lets a
    broken page snippet stop the build first, under its own name."""
    _, output = run_snippet(Path(config.config_file_path).parent, SNIPPET, "hooks/explorer.py")
    json_path().write_text(json.dumps(parse(output), separators=(",", ":")), encoding="utf-8")
    return env
