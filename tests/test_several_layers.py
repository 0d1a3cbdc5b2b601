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
