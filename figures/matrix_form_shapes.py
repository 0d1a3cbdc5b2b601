"""Beyond 2 x 2: three hidden nodes, two output nodes, the parts each link carries back."""

from _network import Link, Network, draw, number

SNIPPET = "snippets/matrix_form_shapes.py"


def figure(snippet: dict, language: str = "en"):
    W, parts = snippet["W"], snippet["parts"]
    # W has one row per output (receiving) node and one column per hidden (sending) node.
    links = [Link((0, j), (1, k), f"w{j + 1}{k + 1} = {number(W[k, j])}", number(parts[k, j]))
             for k in range(W.shape[0]) for j in range(W.shape[1])]
    notes = {(0, j): f"e = {number(e)}" for j, e in enumerate(snippet["e_split"])}
    notes |= {(1, k): f"e{k + 1} = {number(e)}" for k, e in enumerate(snippet["e_output"])}
    return draw(Network(
        layers=[["h1", "h2", "h3"], ["o1", "o2"]],
        links=links,
        node_notes=notes,
        layer_titles=["hidden", "output"],
    ), language)
