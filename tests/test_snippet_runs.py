"""hooks/snippet_runs.py, the one runner: the same run where processes fork and where they cannot.

On Linux every run is forked from a waiting interpreter; macOS and Windows start
`python hooks/snippet_fork.py REQUEST` for each run instead. Both go through
snippet_fork.as_python_would, and both keep the values a figure is drawn from.
"""

from __future__ import annotations

import pickle
from types import SimpleNamespace

import pytest

import snippet_runs
from pages import ROOT, VARIES, nav_files, snippets_of


def project_with(tmp_path, name: str, snippet: str):
    root = tmp_path / name
    (root / "snippets").mkdir(parents=True)
    (root / "snippets" / "example.py").write_text(snippet, encoding="utf-8")
    return root


def values(root) -> dict:
    return {name: pickle.loads(value)
            for name, value in pickle.loads(snippet_runs.variables(root, "snippets/example.py")).items()}


def test_forked_or_not_a_run_prints_and_keeps_the_same(tmp_path, monkeypatch):
    source = (ROOT / "snippets" / "explorer_cases.py").read_text(encoding="utf-8")
    forked, alone = project_with(tmp_path, "forked", source), project_with(tmp_path, "alone", source)
    printed, kept = snippet_runs.run(forked, "snippets/example.py"), values(forked)
    monkeypatch.setattr(snippet_runs, "FORKED", False)
    assert snippet_runs.run(alone, "snippets/example.py") == printed
    assert snippet_runs.variables(alone, "snippets/example.py") == snippet_runs.variables(
        forked, "snippets/example.py")  # the same values, pickled the same way
    # Values, not what exists only in the run: the snippet's own function and the numpy module.
    assert "splits" in kept and "send_back" not in kept and "np" not in kept


def test_a_passing_run_passes_where_there_is_no_sigalrm(tmp_path, monkeypatch):
    """Windows has no SIGALRM: an exit code of 0 must not read as a run stopped by one."""
    root = project_with(tmp_path, "no-alarm", "print(2.0 * 3.0)\n")
    monkeypatch.setattr(snippet_runs, "FORKED", False)
    monkeypatch.setattr(snippet_runs, "ALARMED", None)
    assert snippet_runs.run(root, "snippets/example.py") == "6.0\n"


def test_a_run_that_hangs_is_stopped_where_processes_cannot_fork(tmp_path, monkeypatch):
    root = project_with(tmp_path, "hangs", "import time\n\ntime.sleep(60)\n")
    monkeypatch.setattr(snippet_runs, "FORKED", False)
    monkeypatch.setattr(snippet_runs, "TIMEOUT_SECONDS", 1)
    with pytest.raises(snippet_runs.SnippetFailed, match="ran past 1 s"):
        snippet_runs.run(root, "snippets/example.py")


def test_a_failed_run_gives_no_values_to_draw_from(tmp_path):
    root = project_with(tmp_path, "fails", "weights = [2.0, 3.0]\nraise ValueError('no split')\n")
    for asked in (snippet_runs.run, snippet_runs.variables):
        with pytest.raises(snippet_runs.SnippetFailed, match="ValueError: no split"):
            asked(root, "snippets/example.py")


def test_the_build_starts_a_measurement_first_then_each_pages_snippets_in_reading_order(monkeypatch):
    import snippets  # hooks/snippets.py
    from languages import config_of

    config = config_of(ROOT / "mkdocs.yml")
    started = []
    monkeypatch.setattr(snippets, "start", lambda root, relpath: started.append(relpath))
    monkeypatch.setattr(snippets, "start_all", lambda root: None)
    snippets.on_pre_build(SimpleNamespace(config_file_path=str(ROOT / "mkdocs.yml"), nav=config["nav"],
                                          docs_dir=str(ROOT / "docs")))
    # The timing page's snippet runs for a set time: the others run beside it, not after it.
    assert VARIES in (ROOT / started[0]).read_text(encoding="utf-8")
    # Then in the order the pages render, so the first page waits for one run, not for all.
    in_nav = [ROOT / "docs" / name for name in nav_files()]
    shown = list(dict.fromkeys(snippet for page in in_nav for snippet in snippets_of(page)))
    assert started[1:] == [snippet for snippet in shown if snippet != started[0]]
