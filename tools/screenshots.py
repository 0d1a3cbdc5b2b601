"""Screenshot every page, light and dark, desktop and phone width, for people to look at.

    python tools/screenshots.py [SITE_DIR]   # default: builds the site into a temporary folder

Writes artifacts/screenshots/PAGE-SCHEME-WIDTH.png (not committed). The browser tests
check what a machine can; these pictures are for the eye (install fonts-noto-cjk first,
or Chromium draws Hangul as boxes).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from conftest import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402
from pages import PAGES, built_html  # noqa: E402

OUT = ROOT / "artifacts" / "screenshots"


def main(argv: list[str]) -> int:
    from playwright.sync_api import sync_playwright

    site = Path(argv[0]) if argv else Path(tempfile.mkdtemp(prefix="site-")) / "site"
    if not argv:
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)], cwd=ROOT,
                       check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    httpd, base = serve(site)
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for doc in PAGES:
            path = built_html(site, doc).relative_to(site).parent.as_posix()
            for scheme in ("light", "dark"):
                for width in (1280, 390):
                    viewport = {"width": width, "height": 900}
                    context = browser.new_context(viewport=viewport, color_scheme=scheme)
                    page = context.new_page()
                    page.goto(f"{base}/{path}/", wait_until="networkidle")
                    name = str(doc.relative_to(ROOT / "docs")).replace("/", "_").removesuffix(".md")
                    page.screenshot(path=OUT / f"{name}-{scheme}-{width}.png", full_page=True)
                    context.close()
        browser.close()
    httpd.shutdown()
    print(f"screenshots in {OUT.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
