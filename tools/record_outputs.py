"""Record what each snippet prints into tests/snapshots/NAME.txt.

Run after changing a snippet on purpose, then review the diff: the recorded
outputs are what tests/test_snippets.py compares each build's run against.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

for snippet in sorted((ROOT / "snippets").glob("*.py")):
    output = subprocess.run([sys.executable, f"snippets/{snippet.name}"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout
    (ROOT / "tests" / "snapshots" / f"{snippet.stem}.txt").write_text(output, encoding="utf-8")
    print(f"recorded snippets/{snippet.name}")
