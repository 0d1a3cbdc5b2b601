"""The worked example carried back through two layers of weights to the input layer."""

from _network import Link, Network, draw, number

SNIPPET = "snippets/several_layers_input.py"


def figure(snippet: dict, language: str = "en"):
    W_ih, W_ho = snippet["W_ih"], snippet["W_ho"]
    parts = snippet["parts"]
    links = [Link((0, j), (1, k), f"wih{j + 1}{k + 1} = {number(W_ih[k, j])}", number(parts[k, j]))
             for k in range(2) for j in range(2)]
    links += [Link((1, j), (2, k), f"who{j + 1}{k + 1} = {number(W_ho[k, j])}")
              for k in range(2) for j in range(2)]
    notes = {(0, j): f"e = {number(e)}" for j, e in enumerate(snippet["e_split_input"])}
    notes |= {(1, j): f"e = {number(e)}" for j, e in enumerate(snippet["e_split"])}
    notes |= {(2, k): f"e{k + 1} = {number(e)}" for k, e in enumerate(snippet["e_output"])}
    return draw(Network(
        layers=[["i1", "i2"], ["h1", "h2"], ["o1", "o2"]],
        links=links,
        node_notes=notes,
        layer_titles=["input", "hidden", "output"],
    ), language, width=8.4)
