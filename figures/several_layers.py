"""The worked example: output errors split over their links and summed at the hidden nodes."""

from _network import draw, hidden_to_output

SNIPPET = "snippets/several_layers.py"


def figure(snippet: dict, language: str = "en"):
    # who11, ...: the page has two layers of weights, named apart as in the book's code.
    network = hidden_to_output(snippet["W_ho"], snippet["parts"], snippet["e_split"], snippet["e_output"],
                               weight="who")
    return draw(network, language)
