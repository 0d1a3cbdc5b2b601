"""The GitHub Actions workflow is valid (schema) and free of known security mistakes (zizmor), offline."""

import subprocess
import sys
from pathlib import Path

from pages import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent


def test_there_is_a_workflow_that_tests_builds_and_deploys():
    text = "".join(path.read_text() for path in WORKFLOWS)
    assert ".ci/run" in text and "mkdocs build --strict" in text and "deploy-pages" in text


def test_workflows_match_the_github_schema():
    done = subprocess.run([BIN / "check-jsonschema", "--builtin-schema", "vendor.github-workflows",
                           *map(str, WORKFLOWS)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_workflows_pass_zizmor_offline():
    done = subprocess.run([BIN / "zizmor", "--offline", "--no-progress", *map(str, WORKFLOWS)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
