"""Two output nodes, each sharing its own error over its own links."""

from _network import Link, Network, draw, number

SNIPPET = "snippets/several_outputs.py"


def figure(snippet: dict, language: str = "en"):
    W, errors, parts = snippet["W"], snippet["e_output"], snippet["parts"]
    links = [Link((0, j), (1, k), f"w{j + 1}{k + 1} = {number(W[k, j])}", number(parts[k, j]))
             for k in range(W.shape[0]) for j in range(W.shape[1])]
    return draw(Network(
        layers=[["h1", "h2"], ["o1", "o2"]],
        links=links,
        node_notes={(1, k): f"e{k + 1} = {number(e)}" for k, e in enumerate(errors)},
    ), language)
