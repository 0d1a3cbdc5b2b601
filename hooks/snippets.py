"""Run each snippet a page names, as a reader would, and show its source and output.

A line ``::: snippet snippets/NAME.py`` in a page becomes the snippet's source
(with its file name) followed by what ``python snippets/NAME.py`` printed in this
build. A snippet that fails, writes to stderr or hangs stops the build, naming the
page and the snippet, so a traceback can never reach a page.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from languages import label  # hooks/languages.py: every word the hooks print
from mkdocs.exceptions import PluginError

DIRECTIVE = re.compile(r"^(?P<indent>[ \t]*)::: snippet (?P<path>\S+)[ \t]*$", re.MULTILINE)
TIMEOUT_SECONDS = float(os.environ.get("SNIPPET_TIMEOUT", "30"))

# Keyed by path and source hash: both language builds share one run per snippet.
_runs: dict[tuple[str, str], Future] = {}
_pool = ThreadPoolExecutor(max_workers=os.cpu_count() or 2)


def start(root: Path, relpath: str) -> tuple[str, Future] | None:
    path = root / relpath
    if not path.is_file():
        return None
    source = path.read_text(encoding="utf-8")
    key = (relpath, hashlib.sha256(source.encode()).hexdigest())
    if key not in _runs:
        env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1"}
        _runs[key] = _pool.submit(
            subprocess.run, [sys.executable, relpath], cwd=root, env=env, capture_output=True,
            text=True, encoding="utf-8", timeout=TIMEOUT_SECONDS,
        )
    return source, _runs[key]


def on_pre_build(config):
    """Start every snippet at once; each page then waits only for the ones it shows."""
    root = Path(config.config_file_path).parent
    for path in sorted((root / "snippets").glob("*.py")):
        start(root, f"snippets/{path.name}")


def run_snippet(root: Path, relpath: str, where: str) -> tuple[str, str]:
    started = start(root, relpath)
    if started is None:
        raise PluginError(f"{where}: snippet '{relpath}' does not exist")
    source, run = started
    try:
        done = run.result()
    except subprocess.TimeoutExpired:
        raise PluginError(
            f"{where}: snippet '{relpath}' ran past {TIMEOUT_SECONDS:g} s and was stopped"
        ) from None
    if done.returncode != 0 or done.stderr:
        raise PluginError(
            f"{where}: snippet '{relpath}' exited {done.returncode}"
            f"{' and wrote to stderr' if done.stderr else ''}:\n{done.stderr}"
        )
    return source, done.stdout


def fenced(text: str, info: str, indent: str) -> str:
    fence = "`" * max(3, 1 + max((len(m) for m in re.findall(r"`+", text)), default=0))
    body = text.rstrip("\n").splitlines() or [""]
    lines = [f"{fence}{info}", *body, fence]
    return "\n".join(indent + line if line else line for line in lines)


def on_page_markdown(markdown, page, config, files):
    root = Path(config.config_file_path).parent
    language = config.theme.get("language", "en")

    def expand(match: re.Match) -> str:
        line = markdown.count("\n", 0, match.start()) + 1
        where = f"docs/{page.file.src_uri}:{line}"
        relpath = match["path"]
        source, output = run_snippet(root, relpath, where)
        indent = match["indent"]
        return "\n\n".join([
            fenced(source, f'python title="{relpath}"', indent),
            fenced(output, f'text title="{label(language, "output")}"', indent),
        ])

    return DIRECTIVE.sub(expand, markdown)
