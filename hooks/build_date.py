"""The build's date is the last commit's, so a build does not depend on the day it runs.

The one date in the built site is sitemap.xml's <lastmod> (and the mtime in sitemap.xml.gz's
header). MkDocs takes it from SOURCE_DATE_EPOCH (reproducible-builds.org) or else from the
clock; when SOURCE_DATE_EPOCH is unset, this sets it to the commit time of HEAD, so two builds
of one commit are byte-identical on any day (tests/test_reproducible.py). Outside a git
checkout the clock's date stays. Listed first under hooks: in mkdocs.yml, so the date is set
before any page is read.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_ours = False  # set by this hook (updated on each rebuild of `mkdocs serve`), not by the caller


def commit_time() -> str | None:
    try:
        done = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True,
                              text=True, timeout=30)
    except OSError:  # no git
        return None
    return done.stdout.strip() if done.returncode == 0 and done.stdout.strip().isdigit() else None


def on_config(config):
    global _ours
    if _ours or "SOURCE_DATE_EPOCH" not in os.environ:
        when = commit_time()
        if when:
            os.environ["SOURCE_DATE_EPOCH"] = when
            _ours = True
    return config
