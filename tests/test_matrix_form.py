"""docs/matrix-form.md: the split as a matrix, the transpose, and when the two agree."""

from pages import run


def test_fractions_matrix_reproduces_the_hidden_errors():
    output = run("snippets/matrix_form.py")
    assert "fractions @ e = (0.42, 0.88)" in output
    assert "  [0.40, 0.20]\n  [0.60, 0.80]" in output


def test_transpose_is_five_times_the_split_when_row_sums_are_equal():
    output = run("snippets/matrix_form.py")
    assert "W.T =\n  [2.0, 1.0]\n  [3.0, 4.0]" in output
    assert "W.T @ e       = (2.1, 4.4)" in output
    assert "weights into each output sum to (5, 5)" in output
    assert "ratio W.T @ e / (fractions @ e) = (5, 5)" in output


def test_counterexample_is_not_a_rescaling():
    output = run("snippets/matrix_form_counterexample.py")
    assert "split by weight: (0.57, 0.73)" in output
    assert "W.T @ e:         (2.1, 2.9)" in output
    assert "ratio:           (3.68, 3.97)" in output


def test_transpose_is_minus_the_gradient():
    output = run("snippets/matrix_form_gradient.py")
    assert "linear outputs:  W.T @ e = (2.1, 4.4)   -dE/dh = (2.1, 4.4)" in output
    assert "W.T @ (e * o * (1 - o)) = (0.3045, 0.7445)   -dE/dh = (0.3045, 0.7445)" in output


def test_exercise_answer():
    output = run("snippets/matrix_form_exercise.py")
    assert "split by weight: 0.7, 0.8" in output
    assert "W.T @ e / 5:     0.7, 0.8" in output
