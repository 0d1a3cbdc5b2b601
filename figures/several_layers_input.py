"""The worked example carried back through two layers of weights to the input layer."""

from _network import Link, Network, draw, number

SNIPPET = "snippets/several_layers_input.py"


def figure(snippet: dict, language: str = "en"):
    W_ih, W_ho = snippet["W_input_hidden"], snippet["W_hidden_output"]
    parts = snippet["input_parts"]
    links = [Link((0, j), (1, k), f"w{j + 1}{k + 1} = {number(W_ih[k, j])}", number(parts[k, j]))
             for k in range(2) for j in range(2)]
    links += [Link((1, j), (2, k), f"w{j + 1}{k + 1} = {number(W_ho[k, j])}")
              for k in range(2) for j in range(2)]
    notes = {(0, j): f"e = {number(e)}" for j, e in enumerate(snippet["input_errors"])}
    notes |= {(1, j): f"e = {number(e)}" for j, e in enumerate(snippet["hidden_errors"])}
    notes |= {(2, k): f"e{k + 1} = {number(e)}" for k, e in enumerate(snippet["output_errors"])}
    return draw(Network(
        layers=[["i1", "i2"], ["h1", "h2"], ["o1", "o2"]],
        links=links,
        node_notes=notes,
        layer_titles=["input", "hidden", "output"],
    ), language, width=8.4)
