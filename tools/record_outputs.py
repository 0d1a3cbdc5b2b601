"""Record what each snippet prints into tests/snapshots/NAME.txt, or check the records.

    python tools/record_outputs.py          # rewrite the records; review the diff
    python tools/record_outputs.py --check  # exit 1 if a record differs, is missing or is stale

The records are what tests/test_snippets.py compares each run against. Snippets run
through hooks/snippet_runs.py, the runner the build and the tests use, with its time
limit and its rule that a snippet writing to stderr fails.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = ROOT / "tests" / "snapshots"
sys.path.insert(0, str(ROOT / "hooks"))
from snippet_runs import VARIES, SnippetFailed, run  # noqa: E402  (VARIES: --check compares labels only)


def labels(text: str) -> list[str]:
    return [line.split()[0] if line.split() else "" for line in text.strip().splitlines()]


def main(argv: list[str]) -> int:
    check, problems = "--check" in argv, []
    snippets = sorted((ROOT / "snippets").glob("*.py"))
    for snippet in snippets:
        record = SNAPSHOTS / f"{snippet.stem}.txt"
        try:
            output = run(ROOT, f"snippets/{snippet.name}")
        except SnippetFailed as failure:
            problems.append(str(failure))
            continue
        if not check:
            record.write_text(output, encoding="utf-8")
            print(f"recorded snippets/{snippet.name}")
        elif not record.is_file():
            problems.append(f"snippets/{snippet.name}: no record in tests/snapshots/")
        elif VARIES in snippet.read_text(encoding="utf-8"):
            if labels(record.read_text(encoding="utf-8")) != labels(output):
                problems.append(f"snippets/{snippet.name}: prints other lines than {record.name}")
        elif record.read_text(encoding="utf-8") != output:
            problems.append(f"snippets/{snippet.name}: prints something else than {record.relative_to(ROOT)}")
    for stale in sorted(set(SNAPSHOTS.glob("*.txt")) - {SNAPSHOTS / f"{s.stem}.txt" for s in snippets}):
        problems.append(f"{stale.relative_to(ROOT)}: stale, its snippet is gone (delete the record)")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
