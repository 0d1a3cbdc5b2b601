"""A broken example stops the build and says where; a traceback never lands in a page.

Each case breaks a throwaway copy of the project and builds it.
"""

from __future__ import annotations

from conftest import build_copy as build

PAGE = "docs/several-layers.md"


def add_to_page(project, text, page=PAGE):
    with open(project / page, "a", encoding="utf-8") as handle:
        handle.write(f"\n{text}\n")


def test_a_snippet_that_raises_stops_the_build(project_copy):
    (project_copy / "snippets/broken.py").write_text("print('partial')\nraise ValueError('no weights')\n")
    add_to_page(project_copy, "::: snippet snippets/broken.py")
    done = build(project_copy)
    assert done.returncode != 0
    assert "docs/several-layers.md" in done.stderr and "snippets/broken.py" in done.stderr
    assert "ValueError: no weights" in done.stderr
    assert not (project_copy / "site/several-layers/index.html").exists()


def test_a_snippet_that_writes_to_stderr_stops_the_build(project_copy):
    (project_copy / "snippets/noisy.py").write_text("import sys\nsys.stderr.write('careful')\n")
    add_to_page(project_copy, "::: snippet snippets/noisy.py")
    done = build(project_copy)
    assert done.returncode != 0 and "snippets/noisy.py" in done.stderr and "careful" in done.stderr


def test_a_missing_snippet_stops_the_build(project_copy):
    add_to_page(project_copy, "::: snippet snippets/not_there.py")
    done = build(project_copy)
    assert done.returncode != 0
    assert "docs/several-layers.md" in done.stderr and "snippets/not_there.py" in done.stderr


def test_a_snippet_that_hangs_is_stopped(project_copy):
    (project_copy / "snippets/hangs.py").write_text("import time\ntime.sleep(600)\n")
    add_to_page(project_copy, "::: snippet snippets/hangs.py")
    done = build(project_copy, SNIPPET_TIMEOUT="6")  # the others need < 1 s each
    assert done.returncode != 0
    assert "snippets/hangs.py" in done.stderr and "ran past 6 s" in done.stderr


def test_bad_tex_stops_the_build(project_copy):
    add_to_page(project_copy, r"$$ \frac{1}{ $$")
    done = build(project_copy)
    assert done.returncode != 0
    assert "docs/several-layers.md" in done.stderr and r"\frac{1}{" in done.stderr


def test_a_broken_link_stops_the_build(project_copy):
    add_to_page(project_copy, "[gone](no-such-page.md) and [lost](index.md#no-such-heading)")
    done = build(project_copy)
    assert done.returncode != 0
    assert "no-such-page.md" in done.stderr and "no-such-heading" in done.stderr


def test_what_must_not_stop_a_build(project_copy, tmp_path):
    """One lenient build of a copy checks three things that must pass: dollar amounts stay
    text, snippet output is HTML-escaped, and a snippet shown on two pages of both languages
    runs once per build."""
    add_to_page(project_copy, "A book costs $5 and a course $10.")
    (project_copy / "snippets/markup.py").write_text("print('<b>bold?</b> & more')\n")
    add_to_page(project_copy, "::: snippet snippets/markup.py")
    counter = tmp_path / "runs"
    (project_copy / "snippets/counted.py").write_text(
        f"with open({str(counter)!r}, 'a') as f:\n    f.write('x')\nprint('counted')\n")
    # Not chapter pages: the chapter notebook runs the chapter's code once more, in IPython.
    for page in ("docs/about.md", "docs/glossary.md", "docs/about.ko.md"):
        add_to_page(project_copy, "::: snippet snippets/counted.py", page=page)
    done = build(project_copy)
    assert done.returncode == 0, done.stderr
    html = (project_copy / "site/several-layers/index.html").read_text(encoding="utf-8")
    assert "A book costs $5 and a course $10." in html
    assert "&lt;b&gt;bold?&lt;/b&gt; &amp; more" in html and "<b>bold?</b>" not in html
    assert counter.read_text() == "x"


def test_a_figure_that_fails_stops_the_build(project_copy):
    script = project_copy / "figures/several_layers.py"
    script.write_text(script.read_text().replace('snippet["parts"]', 'snippet["no_such_array"]'))
    done = build(project_copy)
    assert done.returncode != 0
    assert "figures/several_layers.py" in done.stderr and "no_such_array" in done.stderr
