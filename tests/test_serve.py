"""README's serve command rebuilds on edits: a changed snippet changes its page and figure."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request

from conftest import BUILD_ENV


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode()
    except OSError:
        return ""


def wait_for(condition, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.5)
    return False


def test_serve_rebuilds_page_and_figure_when_a_snippet_changes(project_copy):
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}"],
        cwd=project_copy, env=BUILD_ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # mkdocs serve mounts the site under site_url's path.
    base = f"http://127.0.0.1:{port}/learning-weights"
    try:
        assert wait_for(lambda: "e_split = (0.42, 0.88)" in fetch(f"{base}/several-layers/"))
        snippet = project_copy / "snippets/several_layers.py"
        snippet.write_text(snippet.read_text().replace("np.array([0.8, 0.5])", "np.array([0.8, 0.6])"))
        assert wait_for(lambda: "e_split = (0.44, 0.96)" in fetch(f"{base}/several-layers/"))
        assert "e2 = 0.6" in fetch(f"{base}/figures/several_layers.svg")
    finally:
        server.terminate()
        server.wait(timeout=30)
