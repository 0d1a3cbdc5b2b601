"""Write each language's chapter notebook, as the build makes it, into a folder.

    python tools/make_notebook.py [FOLDER]   # default: notebooks/ (not committed)

The build makes the same files (hooks/chapter_notebook.py) and serves them as
learning-weights.ipynb and learning-weights.LANG.ipynb; this tool is for reading or
running them without building the site. Nothing it writes is committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))
from chapter_notebook import file_name, notebooks  # noqa: E402


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ROOT / "notebooks"
    folder.mkdir(parents=True, exist_ok=True)
    for language, text in notebooks(ROOT / "mkdocs.yml").items():
        (folder / file_name(language)).write_text(text, encoding="utf-8")
        print(f"wrote {folder / file_name(language)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
