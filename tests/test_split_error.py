"""docs/split-error.md: one output node, two links, error shared evenly or by weight."""

from pages import run


def test_even_and_proportional_splits():
    output = run("snippets/split_error.py")
    assert "even split:        0.45, 0.45" in output
    assert "shares by weight:  2/3, 1/3" in output
    assert "split by weight:   0.6, 0.3" in output


def test_equal_weights_give_halves():
    assert "equal weights:     1/2, 1/2" in run("snippets/split_error.py")


def test_exercise_answer():
    output = run("snippets/split_error_exercise.py")
    assert "link with weight 1.0 carries 0.1" in output
    assert "link with weight 4.0 carries 0.4" in output
