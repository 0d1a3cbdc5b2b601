"""The worked example: output errors split over their links and summed at the hidden nodes."""

from _network import Link, Network, draw, number

SNIPPET = "snippets/several_layers.py"


def figure(snippet: dict, language: str = "en"):
    W = snippet["W_ho"]
    parts = snippet["parts"]
    # who11, ...: the page has two layers of weights, named apart as in the book's code.
    links = [
        Link((0, j), (1, k), f"who{j + 1}{k + 1} = {number(W[k, j])}", number(parts[k, j]))
        for k in range(W.shape[0]) for j in range(W.shape[1])
    ]
    notes = {(0, j): f"e = {number(e)}" for j, e in enumerate(snippet["e_split"])}
    notes |= {(1, k): f"e{k + 1} = {number(e)}" for k, e in enumerate(snippet["e_output"])}
    return draw(Network(
        layers=[["h1", "h2"], ["o1", "o2"]],
        links=links,
        node_notes=notes,
        layer_titles=["hidden", "output"],
    ), language)
