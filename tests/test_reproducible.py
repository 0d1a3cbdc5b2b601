"""A build depends on the commit only: not on the run, nor on the day.

Two clean builds of one commit are byte-identical, and a build dated another day differs only
in the sitemap's dates (hooks/build_date.py dates the build by its commit; SOURCE_DATE_EPOCH
fakes another day here). Pages whose front matter says `reproducible: false` (a page showing
timings measured at build) are left out of the comparison, with the files built from them.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from conftest import BUILD_ENV, ROOT
from pages import PAGES, built_html, front_matter

DAY = 24 * 3600
LASTMOD = re.compile(r"<lastmod>[^<]*</lastmod>")


def files(site: Path) -> dict[str, bytes]:
    """Every built file's bytes, minus the pages that declare themselves not reproducible and
    their entries in the search index."""
    varying = [page for page in PAGES if front_matter(page).get("reproducible") is False]
    unstable = [built_html(site, page) for page in varying]
    # ... and the figures they show, drawn from the same timings (every layout and language).
    shown = r"figures/([\w-]+?)(?:\.[a-z]{2})?\.svg"
    figures = {stem for page in varying for stem in re.findall(shown, page.read_text(encoding="utf-8"))}
    unstable += [path for stem in figures for path in site.glob(f"figures/{stem}.*svg")]
    urls = tuple(built_html(site, page).parent.relative_to(site).as_posix() + "/" for page in varying)
    found = {path.relative_to(site).as_posix(): path.read_bytes()
             for path in sorted(site.rglob("*")) if path.is_file() and path not in unstable}
    for name in [name for name in found if urls and name.endswith("search/search_index.json")]:
        language_root = name.removesuffix("search/search_index.json")  # "" or "ko/"
        index = json.loads(found[name])
        index["docs"] = [doc for doc in index["docs"]
                         if not (language_root + doc["location"]).startswith(urls)]
        found[name] = json.dumps(index, sort_keys=True).encode()
    return found


def differing(one: dict[str, bytes], other: dict[str, bytes]) -> list[str]:
    return sorted(name for name in one.keys() | other.keys() if one.get(name) != other.get(name))


def build(tmp_path: Path, **env) -> Path:
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
                          cwd=ROOT, env={**BUILD_ENV, **env}, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return tmp_path / "site"


def commit_time() -> int:
    return int(subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True,
                              text=True, check=True).stdout)


@pytest.mark.builds
def test_two_builds_of_one_commit_are_byte_identical(site, tmp_path):
    assert differing(files(site), files(build(tmp_path))) == []


@pytest.mark.builds
def test_another_day_changes_only_the_sitemap_dates(site, tmp_path):
    ours, later = files(site), files(build(tmp_path, SOURCE_DATE_EPOCH=str(commit_time() + 3 * DAY)))
    assert differing(ours, later) == ["sitemap.xml", "sitemap.xml.gz"]
    assert LASTMOD.sub("", ours["sitemap.xml"].decode()) == LASTMOD.sub("", later["sitemap.xml"].decode())
    assert gzip.decompress(later["sitemap.xml.gz"]) == later["sitemap.xml"]


def test_the_sitemap_is_dated_by_the_commit(site):
    if "SOURCE_DATE_EPOCH" in BUILD_ENV:
        pytest.skip("SOURCE_DATE_EPOCH is set: the build is dated by it, not by the commit")
    day = datetime.fromtimestamp(commit_time(), UTC).strftime("%Y-%m-%d")
    assert set(re.findall(r"<lastmod>([^<]*)</lastmod>", (site / "sitemap.xml").read_text())) == {day}
