"""docs/several-layers.md: the chapter's worked example, value by value."""

from pages import run


def test_output_errors_split_in_proportion_to_the_weights():
    output = run("snippets/several_layers.py")
    assert "e1 = 0.8 sends 0.32 back along w11" in output
    assert "e1 = 0.8 sends 0.48 back along w21" in output
    assert "e2 = 0.5 sends 0.1 back along w12" in output
    assert "e2 = 0.5 sends 0.4 back along w22" in output


def test_hidden_errors_are_the_sums_of_the_parts():
    output = run("snippets/several_layers.py")
    assert "hidden node 1 error = 0.42" in output
    assert "hidden node 2 error = 0.88" in output


def test_errors_carried_to_the_input_layer():
    output = run("snippets/several_layers_input.py")
    assert "hidden errors: 0.42, 0.88" in output
    for part in ("0.252 back along w11", "0.168 back along w21", "0.11 back along w12",
                 "0.77 back along w22"):
        assert part in output
    assert "input errors:  0.362, 0.938" in output


def test_exercise_answer():
    output = run("snippets/several_layers_exercise.py")
    assert "parts of e2:   0.2, 0.8" in output
    assert "hidden errors: 0.52, 1.28" in output
