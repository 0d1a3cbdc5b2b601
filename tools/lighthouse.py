"""Lighthouse scores of the built site, served gzip-compressed as a static host would.

    npm ci                                        # once: Lighthouse 12.2.3, pinned in package.json
    .venv/bin/python tools/lighthouse.py [--all] [--site SITE_DIR] [--runs N] [--pages NAME ...]
    .venv/bin/python tools/lighthouse.py --variants [--runs N] [--pages NAME ...]
    .venv/bin/python tools/lighthouse.py --long-tasks [--site SITE_DIR] [--pages NAME ...]

Builds the site (or takes SITE_DIR), serves it on 127.0.0.1 from a small server that gzips
text responses and sends GitHub Pages' cache header, and runs Lighthouse in Debian's
Chromium with the tests' flags, with its mobile preset (a mid-range phone on slow 4G,
simulated) and its desktop preset, on every chapter page and the explorer, in both
languages (--all: every page). Prints performance, accessibility, best practices and SEO
per page and preset, and the mobile figures that weigh most in performance: total
blocking time (TBT) and largest contentful paint (LCP). With --runs N each page is
measured N times and the median kept, with the lowest and highest performance beside it.

--calibrate then runs the mobile preset again on every page, with the CPU slowdown that
Lighthouse's own calibration gives this machine (CALIBRATION) from the median benchmark
index of all the runs before. Lighthouse slows the CPU 4x whatever the machine; its
throttling guide says that fits a fast desktop (benchmark index about 1533), and that on a
slower one the multiplier should be lower, or the page is measured on a phone slower than
the one the preset stands for.

--variants answers "what in our configuration costs most": it builds the site once per
variant of mkdocs.yml (VARIANTS: one feature taken out, or one choice made for phones
undone: Material's palette toggle, a span per name in code, scripts deferred, the page
marked as scripted and the math font asked for in <head>; and, as the ceiling, no
Material script at all) and prints, beside the site as configured, each variant's
main-thread CPU time on a phone-sized page (a measure that a loaded machine hardly
disturbs) and its Lighthouse mobile figures.

--long-tasks prints what total blocking time is made of: the page loaded in Chromium with
the CPU slowed 4x (as Lighthouse's phone), and the browser's own long-task entries (tasks
over 50 ms) until 2.5 s after load; per page, over 5 loads, the median of the time they
block past 50 ms each, of the longest task, and the durations of the median load's tasks.

A benchmark, not a test: the performance score depends on the machine and its load
(Lighthouse's "benchmark index" of this CPU is printed). Targets (issue 12):
accessibility, best practices and SEO 100 on every page; mobile performance >= 95.
"""

from __future__ import annotations

import argparse
import atexit
import gzip
import itertools
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from conftest import CHROMIUM, CHROMIUM_ARGS, QuietHandler, serve  # noqa: E402
from pages import PAGES, built_html  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
PRESETS = ["mobile", "desktop"]
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".ipynb", ".map")


class GzipHandler(QuietHandler):
    """Static files as GitHub Pages sends them: text gzip-compressed, cached for 10 minutes."""

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                self.send_response(301)
                self.send_header("Location", self.path.split("?")[0] + "/")
                self.end_headers()
                return
            path = path / "index.html"
        status = 200
        if not path.is_file():
            status, path = 404, Path(self.directory) / "404.html"
        body = path.read_bytes()
        self.send_response(status)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Cache-Control", "max-age=600")
        if path.suffix in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, compresslevel=6, mtime=0)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def chapter_pages() -> list[Path]:
    """The chapter's pages in both languages, and the explorer's (issue 12 sets the target for both)."""
    import yaml

    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    chapter = [*config["extra"]["chapter"], "explorer.md"]
    return [page for page in PAGES
            if page.relative_to(ROOT / "docs").as_posix().replace(".ko.md", ".md") in chapter]


# Lighthouse's CPU calibration, as its throttling guide gives it (docs/throttling.md, "Calibrating
# the CPU slowdown", and the calculator it links, lighthouse-cpu-throttling-calculator.vercel.app):
# benchmark index -> CPU slowdown that brings this machine to the mobile preset's mid-tier phone.
# The default 4x sits at an index of about 1533; beyond the last point the last slope goes on.
CALIBRATION = [(150, 1.0), (800, 2.0), (1300, 3.0), (2000, 6.0)]


def cpu_slowdown_for(benchmark_index: float) -> float:
    if benchmark_index < CALIBRATION[0][0]:
        sys.exit(f"benchmark index {benchmark_index:.0f}: this machine is too slow to stand in for "
                 "Lighthouse's mobile device at any CPU slowdown")
    segments = list(itertools.pairwise(CALIBRATION))
    (low, low_slowdown), (high, high_slowdown) = next(
        (segment for segment in segments if benchmark_index <= segment[1][0]), segments[-1])
    slope = (high_slowdown - low_slowdown) / (high - low)
    return round(low_slowdown + slope * (benchmark_index - low), 1)


def lighthouse(url: str, preset: str, cpu_slowdown: float | None = None) -> dict:
    command = [str(LIGHTHOUSE), url, "--quiet", "--output=json", "--output-path=stdout",
               f"--only-categories={','.join(CATEGORIES)}", f"--chrome-path={CHROMIUM}",
               f"--chrome-flags={' '.join(CHROMIUM_ARGS)}"]
    if preset == "desktop":
        command.append("--preset=desktop")
    if cpu_slowdown is not None:
        command.append(f"--throttling.cpuSlowdownMultiplier={cpu_slowdown}")
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    if done.returncode:
        sys.exit(f"lighthouse failed on {url} ({preset}):\n{done.stderr[-3000:]}")
    report = json.loads(done.stdout)
    if report.get("runtimeError"):
        sys.exit(f"lighthouse: {report['runtimeError']}")
    audits = report["audits"]
    return {
        **{name: round(100 * report["categories"][name]["score"]) for name in CATEGORIES},
        "tbt": audits["total-blocking-time"]["numericValue"],
        "lcp": audits["largest-contentful-paint"]["numericValue"],
        "benchmark": report["environment"]["benchmarkIndex"],
        "failing": sorted(f"{category}:{ref['id']}" for category in CATEGORIES[1:]
                          for ref in report["categories"][category]["auditRefs"]
                          if ref["weight"] and (audits[ref["id"]]["score"] or 0) < 1
                          and audits[ref["id"]]["scoreDisplayMode"] == "binary"),
    }


def without_feature(feature: str):
    def change(config: dict) -> None:
        config["theme"]["features"].remove(feature)
    return change


def without_search(config: dict) -> None:
    config["plugins"] = [p for p in config["plugins"] if not (isinstance(p, dict) and "search" in p)]
    config["theme"]["features"].remove("search.highlight")
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "i18n" in plugin:
            plugin["i18n"]["reconfigure_search"] = False


def without_palette_toggle(config: dict) -> None:
    light = dict(config["theme"]["palette"][0])
    light.pop("toggle"), light.pop("media")
    config["theme"]["palette"] = light
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "i18n" in plugin:
            for language in plugin["i18n"]["languages"]:
                language.pop("theme", None)


def copied_overrides(config: dict) -> Path:
    """A temporary copy of overrides/ that the variant's build uses, for the variant to change."""
    overrides = Path(tempfile.mkdtemp(prefix="lighthouse-overrides-"))
    atexit.register(shutil.rmtree, overrides, ignore_errors=True)
    shutil.copytree(ROOT / "overrides", overrides, dirs_exist_ok=True)
    config["theme"]["custom_dir"] = str(overrides)
    return overrides


def with_materials_palette_toggle(config: dict) -> None:
    """Material's own palette toggle and component, as before overrides/partials/palette.html."""
    overrides = copied_overrides(config)
    for ours in ("partials/palette.html", "partials/javascripts/palette.html"):
        (overrides / ours).unlink()


def with_main_template(pattern: str, replacement: str, what: str):
    """overrides/main.html with its one match of `pattern` (a regex) replaced."""
    def variant(config: dict) -> None:
        main = copied_overrides(config) / "main.html"
        text, count = re.subn(pattern, lambda _: replacement, main.read_text(encoding="utf-8"),
                               flags=re.DOTALL)
        assert count == 1, f"overrides/main.html no longer has {what} where tools/lighthouse.py looks"
        main.write_text(text, encoding="utf-8")
    return variant


DEFERRED = re.escape("""{{ super() | replace('"></script>', '" defer></script>') }}""")


def with_scripts(replacement: str):
    """overrides/main.html's scripts block with Material's and ours written as `replacement`:
    "{{ super() }}" undoes the deferral; "" leaves no Material script at all, and so no
    chrome.js, search, copy button or tracking table of contents: not a site to ship, but
    the most any page could score with Material's CSS."""
    return with_main_template(DEFERRED, replacement, "Material's deferred scripts")


# Without main.html's extrahead block, Material marks the page as scripted only as it
# starts, and the math font is asked for only when the first formula is laid out.
with_late_start = with_main_template(r"\{% block extrahead %\}.*?\{% endblock %\}\n", "",
                                     "its extrahead block")


def without_copy_and_search(config: dict) -> None:
    """Both reader features whose start-up costs most on a phone: the most a page could gain."""
    without_feature("content.code.copy")(config)
    without_search(config)


def with_name_spans(config: dict) -> None:
    """A <span> for every name in code, as Pygments writes them without hooks/plain_names.py."""
    config["hooks"].remove("hooks/plain_names.py")


# Each variant is mkdocs.yml with one thing taken out (the choices issue 12 names), or with
# one of the choices made for phones undone; one takes out both costliest reader features,
# and the last takes out Material's script altogether, the ceiling for this CSS and HTML.
VARIANTS = {
    "as configured": lambda config: None,
    "Material's palette toggle": with_materials_palette_toggle,
    "names as spans": with_name_spans,
    "no toc.follow": without_feature("toc.follow"),
    "no navigation.top": without_feature("navigation.top"),
    "no content.code.copy": without_feature("content.code.copy"),
    "no search": without_search,
    "no content.code.copy, no search": without_copy_and_search,
    "no palette toggle": without_palette_toggle,
    "scripts not deferred": with_scripts("{{ super() }}"),
    "js class, math font not in <head>": with_late_start,
    "no Material script": with_scripts(""),
}


def build_variant(name: str, site: Path) -> None:
    import yaml

    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    VARIANTS[name](config)
    # Beside mkdocs.yml, as docs/, hooks and overrides are found relative to the config file.
    variant = ROOT / f".lighthouse-variant-{os.getpid()}.yml"
    variant.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    try:
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(variant), "-d", str(site)],
                       cwd=ROOT, check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    finally:
        variant.unlink()


# Lighthouse's mobile preset's screen (412 x 823 CSS px at 1.75x), for the measures made here
# in Playwright rather than through Lighthouse.
PHONE = {"viewport": {"width": 412, "height": 823}, "device_scale_factor": 1.75,
         "is_mobile": True, "has_touch": True}


def main_thread_ms(browser, url: str, runs: int) -> float:
    """Median CPU time of the page's main thread from navigation to 1.5 s after load, on a phone's
    screen (PHONE). CPU time, unlike Lighthouse's wall-clock
    timings, hardly changes with the machine's load."""
    times = []
    for _ in range(runs):
        context = browser.new_context(**PHONE)
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Performance.enable")
        page.goto(url, wait_until="load")
        page.wait_for_timeout(1500)
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
        times.append(1000 * metrics["ThreadTime"])
        context.close()
    return statistics.median(times)


LONG_TASKS = """window.longTasks = [];
new PerformanceObserver((list) => {
  for (const task of list.getEntries()) window.longTasks.push(Math.round(task.duration));
}).observe({type: "longtask", buffered: true});"""


def long_tasks(browser, url: str) -> list[int]:
    """The durations of one load's long tasks, in ms, with the CPU slowed 4x."""
    context = browser.new_context(**PHONE)
    page = context.new_page()
    context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": 4})
    page.add_init_script(LONG_TASKS)
    page.goto(url, wait_until="load")
    page.wait_for_timeout(2500)
    tasks = page.evaluate("window.longTasks")
    context.close()
    return tasks


def print_long_tasks(site: Path, pages: list[Path]) -> None:
    from playwright.sync_api import sync_playwright

    httpd, base = serve(site, GzipHandler)
    print(f"{'page':<26}{'blocking ms':>12}{'longest ms':>11}  long tasks of the median load, ms")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for page in pages:
            loads = sorted((sum(d - 50 for d in tasks), tasks)
                           for tasks in (long_tasks(browser, url_of(base, site, page)) for _ in range(5)))
            blocking, tasks = loads[len(loads) // 2]
            longest = statistics.median(max(tasks, default=0) for _, tasks in loads)
            name = page.relative_to(ROOT / "docs").as_posix()
            print(f"{name:<26}{blocking:>12}{longest:>11.0f}  {' '.join(map(str, tasks))}", flush=True)
        browser.close()
    httpd.shutdown()


def compare_variants(pages: list[Path], runs: int) -> None:
    """Each variant's main-thread CPU time and, with --runs, its Lighthouse mobile figures;
    measurements go round the variants in turn, so a change in load falls on all alike."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="lighthouse-variants-") as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        servers = {}
        for number, name in enumerate(VARIANTS):
            site = Path(tmp) / f"site-{number}"
            build_variant(name, site)
            servers[name] = (site, *serve(site, GzipHandler))
        cpu: dict[str, list[list[float]]] = {name: [[] for _ in pages] for name in VARIANTS}
        scores: dict[str, list[list[dict]]] = {name: [[] for _ in pages] for name in VARIANTS}
        try:
            for _ in range(5):
                for name, (site, _, base) in servers.items():
                    for index, page in enumerate(pages):
                        cpu[name][index].append(main_thread_ms(browser, url_of(base, site, page), 1))
            for _ in range(runs):
                for name, (site, _, base) in servers.items():
                    for index, page in enumerate(pages):
                        scores[name][index].append(lighthouse(url_of(base, site, page), "mobile"))
        finally:
            for _, httpd, _ in servers.values():
                httpd.shutdown()
            browser.close()
    print(f"mobile; per page the median of 5 loads (CPU) and of {runs} Lighthouse run(s), "
          f"then the mean over {len(pages)} page(s)")
    print(f"{'variant':<32}{'main-thread CPU ms':>19}{'perf':>6}{'TBT ms':>8}{'LCP s':>7}")
    for name in VARIANTS:
        ms = statistics.mean(statistics.median(page_runs) for page_runs in cpu[name])
        line = f"{name:<32}{ms:>19.0f}"
        if runs:
            rows = [median_of(page_runs) for page_runs in scores[name]]
            line += (f"{statistics.mean(r['performance'] for r in rows):>6.1f}"
                     f"{statistics.mean(r['tbt'] for r in rows):>8.0f}"
                     f"{statistics.mean(r['lcp'] for r in rows) / 1000:>7.2f}")
        print(line)


def url_of(base: str, site: Path, page: Path) -> str:
    path = built_html(site, page).relative_to(site).parent.as_posix()
    return f"{base}/{'' if path == '.' else path + '/'}"


def median_of(runs: list[dict]) -> dict:
    keep = dict(runs[0])
    for key in [*CATEGORIES, "tbt", "lcp", "benchmark"]:
        keep[key] = statistics.median(run[key] for run in runs)
    keep["failing"] = sorted({audit for run in runs for audit in run["failing"]})
    keep["benchmarks"] = [run["benchmark"] for run in runs]
    # The spread shows how far one run can be trusted on this machine: it was ±10 points.
    scores = [run["performance"] for run in runs]
    keep["spread"] = f"{min(scores):.0f}-{max(scores):.0f}" if len(runs) > 1 else ""
    return keep


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--site", type=Path, help="a built site (default: build one)")
    parser.add_argument("--all", action="store_true", help="every page, not only the chapter's")
    parser.add_argument("--runs", type=int, default=1,
                        help="Lighthouse runs per page and preset, the median kept (--variants: 0 for none)")
    parser.add_argument("--pages", nargs="*", help="only pages whose docs/ name starts with these")
    parser.add_argument("--variants", action="store_true", help="compare mkdocs.yml variants (mobile)")
    parser.add_argument("--long-tasks", action="store_true",
                        help="each page's long tasks with the CPU slowed 4x (no Lighthouse run)")
    parser.add_argument("--calibrate", action="store_true",
                        help="also run the mobile preset with this machine's calibrated CPU slowdown")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists() and not args.long_tasks:
        sys.exit("Lighthouse is not installed: run `npm ci` in the repository root")
    if not CHROMIUM.exists():
        sys.exit(f"no {CHROMIUM} (apt-get install -y chromium)")
    pages = PAGES if args.all else chapter_pages()
    if args.pages:
        pages = [p for p in pages if p.relative_to(ROOT / "docs").as_posix().startswith(tuple(args.pages))]
    if args.variants:
        compare_variants(pages, args.runs)
        return 0

    tmp = None
    site = args.site
    if site is None:
        tmp = tempfile.mkdtemp(prefix="lighthouse-site-")
        site = Path(tmp) / "site"
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
                       cwd=ROOT, check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    if args.long_tasks:
        try:
            print_long_tasks(site, pages)
        finally:
            if tmp:
                shutil.rmtree(tmp, ignore_errors=True)
        return 0
    httpd, base = serve(site, GzipHandler)
    rows, benchmarks = [], []

    def measure(page: Path, preset: str, cpu_slowdown: float | None = None) -> None:
        url = url_of(base, site, page)
        row = median_of([lighthouse(url, preset, cpu_slowdown) for _ in range(args.runs)])
        if cpu_slowdown is None:
            benchmarks.extend(row["benchmarks"])
        label = preset if cpu_slowdown is None else f"{preset} {cpu_slowdown:.1f}x"
        rows.append((preset, cpu_slowdown, row))
        name = page.relative_to(ROOT / "docs").as_posix()
        print(f"{name:<26}{label:<13}{row['performance']:>5.0f}{row['spread']:>8}"
              f"{row['accessibility']:>6.0f}"
              f"{row['best-practices']:>5.0f}{row['seo']:>5.0f}{row['tbt']:>8.0f}"
              f"{row['lcp'] / 1000:>7.2f}  {' '.join(row['failing'])}", flush=True)

    try:
        print(f"{'page':<26}{'preset':<13}{'perf':>5}{'min-max':>8}{'a11y':>6}{'bp':>5}{'seo':>5}"
              f"{'TBT ms':>8}{'LCP s':>7}")
        for page in pages:
            for preset in PRESETS:
                measure(page, preset)
        index = statistics.median(benchmarks)
        print(f"\nLighthouse benchmark index of this machine: median {index:.0f} (lowest "
              f"{min(benchmarks):.0f}, highest {max(benchmarks):.0f}). Lighthouse's default 4x CPU "
              f"slowdown fits an index of about 1533; its calibration gives this machine "
              f"{cpu_slowdown_for(index):.1f}x.")
        # Printed before the calibrated pass, so a pass cut short still leaves the default's summary.
        summarize(rows)
        if args.calibrate:
            # One slowdown for every page, from every run above: one run's index moves by a
            # third on this machine, so no single page's runs can set it.
            cpu_slowdown = cpu_slowdown_for(index)
            print()
            for page in pages:
                measure(page, "mobile", cpu_slowdown)
            summarize([row for row in rows if row[1] is not None])
    finally:
        httpd.shutdown()
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


def summarize(rows: list[tuple[str, float | None, dict]]) -> None:
    """The targets' lines for rows of one CPU slowdown: Lighthouse's default, or the calibrated one."""
    slowdown = rows[0][1]
    mobile = [row["performance"] for preset, _, row in rows if preset == "mobile"]
    others = [row[category] for _, _, row in rows for category in CATEGORIES[1:]]
    name = "mobile, 4x" if slowdown is None else f"mobile, calibrated {slowdown:.1f}x"
    print(f"{name + ' performance:':<38} min {min(mobile):.0f}, median {statistics.median(mobile):.0f}, "
          f"{sum(score >= 95 for score in mobile)} of {len(mobile)} pages >= 95"
          f"  target >= 95 {'ok' if min(mobile) >= 95 else 'BELOW'}")
    print(f"{'accessibility, bp, SEO:':<38} min {min(others):.0f}  target 100 "
          f"{'ok' if min(others) == 100 else 'BELOW'}")


if __name__ == "__main__":
    sys.exit(main())
