"""Shared fixtures: one site build per test run (shared by the xdist workers), a local server, Chromium.

Tests that use the browser are marked `browser` here, and tests that build the project again
(copies meant to fail, `mkdocs serve`, ProperDocs, reproducibility) are marked `builds`, so
`pytest -m "not browser and not builds"` is the quick loop: the shared build and every check
of its pages and snippets, without Chromium.
"""

from __future__ import annotations

import fcntl
import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

ROOT = Path(__file__).resolve().parent.parent
# The modules the hooks share (the snippet runner, the languages, the notebook maker) are the
# tests' too: one place for each fact.
sys.path.insert(0, str(ROOT / "hooks"))
BUILD_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def mkdocs_build(project: Path, site_dir: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site_dir), *extra],
        cwd=project, env=BUILD_ENV, capture_output=True, text=True, timeout=300,
    )


def build_copy(project: Path, **env) -> subprocess.CompletedProcess:
    """Build a copy without --strict: the failures tested on copies must stop even a lenient build."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-d", str(project / "site")],
        cwd=project, env={**BUILD_ENV, **env}, capture_output=True, text=True, timeout=300,
    )


# Fixtures that build the project again, beside the shared build: a test using one is marked
# `builds` (as are the reproducibility tests, which build by themselves).
BUILDING_FIXTURES = {"project_copy", "properdocs_site"}


def pytest_collection_modifyitems(items):
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if "browser" in fixtures:
            item.add_marker(pytest.mark.browser)
        if fixtures & BUILDING_FIXTURES:
            item.add_marker(pytest.mark.builds)


@pytest.fixture(scope="session")
def build(tmp_path_factory) -> subprocess.CompletedProcess:
    """One strict build of the project per run. Under pytest-xdist the first worker to get here
    builds, under a lock, and the others read its result."""
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the folder all workers of this run share
    site_dir, record = shared / "build" / "site", shared / "build.json"
    with open(shared / "build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not record.exists():
            site_dir.parent.mkdir(exist_ok=True)
            done = mkdocs_build(ROOT, site_dir)
            record.write_text(json.dumps({"returncode": done.returncode, "stderr": done.stderr}))
    result = json.loads(record.read_text())
    done = subprocess.CompletedProcess(["mkdocs", "build"], result["returncode"], "", result["stderr"])
    done.site_dir = site_dir
    return done


@pytest.fixture(scope="session")
def site(build) -> Path:
    assert build.returncode == 0, build.stderr
    return build.site_dir


@pytest.fixture
def project_copy(tmp_path) -> Path:
    """A throwaway copy of the project, for builds that are meant to fail."""
    copy = tmp_path / "project"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(
        ".git", ".venv", "site", "node_modules", "__pycache__", ".pytest_cache", ".ruff_cache"))
    return copy


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(site: Path, handler_class: type = QuietHandler) -> tuple[http.server.ThreadingHTTPServer, str]:
    """`site` served on 127.0.0.1 from a background thread, for tests and tools: (server, base URL)."""
    handler = functools.partial(handler_class, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


@pytest.fixture(scope="session")
def server(site):
    httpd, base = serve(site)
    yield base
    httpd.shutdown()


CHROMIUM = Path("/usr/bin/chromium")
AXE = Axe()
# Violations only: the details of every passing node cost axe time and no test reads them.
AXE_OPTIONS = {"resultTypes": ["violations"]}
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but /usr/bin/chromium is missing: .ci/run must install it")
        pytest.skip("no /usr/bin/chromium (apt-get install -y chromium); browser tests skipped")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
