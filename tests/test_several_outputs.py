"""docs/several-outputs.md: every output node shares its own error over its own links."""

from pages import run


def test_errors_are_targets_minus_outputs():
    assert "errors: e1 = 0.6, e2 = 0.2" in run("snippets/several_outputs.py")


def test_each_error_is_split_over_its_own_links():
    output = run("snippets/several_outputs.py")
    assert "w11 = 6.0: share 2/3 of e1 -> 0.4" in output
    assert "w21 = 3.0: share 1/3 of e1 -> 0.2" in output
    assert "w12 = 2.0: share 1/2 of e2 -> 0.1" in output
    assert "w22 = 2.0: share 1/2 of e2 -> 0.1" in output


def test_exercise_keeps_the_sign_of_a_negative_error():
    output = run("snippets/several_outputs_exercise.py")
    assert "e1 = 0.5 sends 0.1 back along w11" in output
    assert "e1 = 0.5 sends 0.4 back along w21" in output
    assert "e2 = -0.2 sends -0.15 back along w12" in output
    assert "e2 = -0.2 sends -0.05 back along w22" in output
