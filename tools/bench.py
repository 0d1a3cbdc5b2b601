"""Benchmark the site: build time, page weight and test-suite time.

Measures
  1. cold and warm `mkdocs build --strict` time (target: cold <= 5 s on 2 cores);
  2. the bytes a browser loads for each built page (HTML, CSS, JS, fonts the CSS
     references, images, search index and search worker), raw and gzip level 6,
     against the targets: chapter <= 160 kB gzip, notebook page <= 200 kB gzip;
  3. the wall time of the README's test command (target <= 140 s on 2 cores) and of the
     quick loop of the README, `pytest -m "not browser and not builds"` (target <= 40 s); skip
     both with --no-tests.

Run from the repo root:  .venv/bin/python tools/bench.py [--no-tests]
"""

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
KB = 1000
CHAPTER_LIMIT, NOTEBOOK_LIMIT, COLD_LIMIT = 160 * KB, 200 * KB, 5.0
SUITE_LIMIT, QUICK_LIMIT = 140.0, 40.0
FONT_EXTS = {".woff", ".woff2", ".ttf", ".otf"}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)""")


def busy_seconds() -> float | None:
    """CPU time the whole machine has spent busy since boot (Linux), in seconds; time a
    hypervisor took for other machines (steal) is not this machine's work."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq = map(int, fields[:7])
    return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")


def timed(cmd: list[str]) -> tuple[float, float | None, subprocess.CompletedProcess]:
    """A command's wall time, the CPU time the machine was busy meanwhile (None off Linux), its run."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start, busy = time.perf_counter(), busy_seconds()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    cpu = busy_seconds() - busy if busy is not None else None
    return time.perf_counter() - start, cpu, proc


def cpu_floor(cpu: float | None) -> str:
    """The CPU a run kept busy, and the wall time it needs at the least on this machine's cores:
    a run that keeps every core busy cannot end sooner, whatever runs in parallel."""
    if cpu is None:
        return ""
    cores = os.cpu_count() or 1
    return f"  CPU {cpu:.1f} s busy, so >= {cpu / cores:.1f} s on {cores} cores"


def build(site: Path) -> tuple[float, float | None]:
    seconds, cpu, proc = timed([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)])
    if proc.returncode:
        sys.exit(f"mkdocs build failed:\n{proc.stdout}{proc.stderr}")
    return seconds, cpu


def local(base: Path, ref: str | None, site: Path) -> Path | None:
    """A reference as a file inside the built site, or None for remote/inline/missing ones."""
    if not ref or re.match(r"^(?:[a-z]+:|//|#)", ref):
        return None
    path = (base / ref.split("#")[0].split("?")[0]).resolve()
    if path.is_file() and path.is_relative_to(site):
        return path
    # A dangling reference would make a page look lighter than it is, so say so.
    print(f"warning: {ref} (from {base}) is not a file in the site", file=sys.stderr)
    return None


def page_resources(page: Path, site: Path) -> dict[Path, str]:
    """Every file the browser fetches for a page, mapped to its kind; a dict counts each once."""
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    res, here = {page: "html"}, page.parent
    for link in soup.find_all("link", href=True):
        if "stylesheet" in (link.get("rel") or []) and (css := local(here, link["href"], site)):
            res[css] = "css"
            for ref in CSS_URL.findall(css.read_text(encoding="utf-8")):
                if target := local(css.parent, ref, site):
                    res[target] = "fonts" if target.suffix in FONT_EXTS else "images"
    for script in soup.find_all("script", src=True):
        if js := local(here, script["src"], site):
            res[js] = "js"
    for img in soup.find_all("img", src=True):
        if image := local(here, img["src"], site):
            res[image] = "images"
    # Material's __config gives the worker (page-relative) and the language's base (site/ or
    # site/ko/), from which it fetches search/search_index.json; without one, search upwards.
    config = soup.find("script", id="__config")
    conf = json.loads(config.string) if config and config.string else {}
    base = (here / conf.get("base", ".")).resolve()
    bases = [base, *(d for d in [here, *here.parents] if d.is_relative_to(site))]
    if index := next((i for b in bases if (i := b / "search/search_index.json").is_file()), None):
        res[index] = "search"
        # The worker then fetches lunr's support for each language of the index but English.
        languages = json.loads(index.read_text(encoding="utf-8"))["config"]["lang"]
        lunr = site / "assets/javascripts/lunr/min"
        extras = ["stemmer.support", *(lang for lang in languages if lang != "en")]
        for name in extras + (["multi"] if len(languages) > 1 else []):
            if (script := lunr / f"lunr.{name}.min.js").is_file():
                res[script] = "search"
    workers = sorted(site.glob("assets/javascripts/workers/search.*.min.js"))
    if worker := local(here, conf.get("search"), site) or next(iter(workers), None):
        res[worker] = "js"
    for icon in soup.find_all("link", rel="icon", href=True):  # browsers fetch the favicon too
        if image := local(here, icon["href"], site):
            res[image] = "images"
    return res


def weigh(path: Path, cache: dict[Path, tuple[int, int]]) -> tuple[int, int]:
    if path not in cache:
        data = path.read_bytes()
        cache[path] = (len(data), len(gzip.compress(data, compresslevel=6)))
    return cache[path]


def report_pages(site: Path) -> None:
    cache: dict[Path, tuple[int, int]] = {}
    rows = []
    for page in sorted(site.rglob("index.html"), key=lambda p: p.parent.parts):
        res = page_resources(page, site)
        kinds: dict[str, list[int]] = {}
        for path, kind in res.items():
            kinds[kind] = [a + b for a, b in zip(kinds.get(kind, [0, 0]), weigh(path, cache), strict=True)]
        rel = page.parent.relative_to(site).as_posix()
        name = "/" if rel == "." else f"/{rel}/"
        rows.append((name, sum(k[0] for k in kinds.values()), sum(k[1] for k in kinds.values()), kinds))
    print(f"\nPage weight ({len(rows)} pages; 1 kB = 1000 B; gzip -6 per file, as a static host sends it)")
    print(f"  {'page':<36}{'raw kB':>10}{'gzip kB':>10}{'limit':>8}")
    for name, raw, gz, _ in rows:
        limit = NOTEBOOK_LIMIT if "notebook" in name else CHAPTER_LIMIT
        flag = "  OVER" if gz > limit else "  ok"
        print(f"  {name:<36}{raw / KB:>10.1f}{gz / KB:>10.1f}{limit / KB:>8.0f}{flag}")
    name, raw, gz, kinds = max(rows, key=lambda r: r[2])
    print(f"\nLargest page {name}, by kind:")
    for kind, (kraw, kgz) in sorted(kinds.items(), key=lambda kv: -kv[1][1]):
        print(f"  {kind:<10}{kraw / KB:>10.1f} kB raw{kgz / KB:>10.1f} kB gzip  ({100 * kgz / gz:4.1f}%)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--no-tests", action="store_true", help="skip the test suite (it takes minutes)")
    args = parser.parse_args()

    # Stale bytecode would hide the import cost of the hooks and figure code from the cold build.
    for folder in ("hooks", "figures"):
        for cache_dir in (ROOT / folder).rglob("__pycache__"):
            shutil.rmtree(cache_dir, ignore_errors=True)
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp, "site").resolve()
        (cold, cold_cpu), (warm, warm_cpu) = build(site), build(site)
        print(f"Build (mkdocs build --strict, {os.cpu_count()} CPUs)")
        print(f"  cold {cold:6.2f} s   target <= {COLD_LIMIT:.0f} s on 2 cores  "
              f"{'ok' if cold <= COLD_LIMIT else 'OVER'}{cpu_floor(cold_cpu)}")
        print(f"  warm {warm:6.2f} s{cpu_floor(warm_cpu)}")
        report_pages(site)

    if not args.no_tests:
        quick = "not browser and not builds"
        for label, extra, limit in (("Test suite (the README's command)", [], SUITE_LIMIT),
                                    (f'Quick loop (-m "{quick}")', ["-m", quick], QUICK_LIMIT)):
            pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *extra]
            seconds, cpu, proc = timed(pytest)
            lines = [line for line in proc.stdout.splitlines() if line.strip()]
            verdict = "ok" if seconds <= limit else "OVER"
            print(f"\n{label}: {seconds:.2f} s, target <= {limit:.0f} s {verdict}"
                  f"  (exit {proc.returncode})  {lines[-1] if lines else ''}\n {cpu_floor(cpu)}")

if __name__ == "__main__":
    main()
