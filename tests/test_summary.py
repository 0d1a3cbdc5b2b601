"""docs/summary.md: the whole chapter in one snippet agrees with the pages before it."""

from pages import run


def test_summary_agrees_with_the_worked_example():
    output = run("snippets/summary.py")
    assert "hidden errors, split by weight: 0.42, 0.88" in output
    assert "input errors, split by weight:  0.362, 0.938" in output
    assert "hidden errors, W.T @ e:         2.1, 4.4" in output
