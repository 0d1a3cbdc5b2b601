"""The explorer's starting point, for readers without JavaScript: its worked-example case."""

import numpy as np
from _network import Link, Network, draw, number

SNIPPET = "snippets/explorer_cases.py"


def figure(snippet: dict, language: str = "en"):
    weights, errors = snippet["cases"]["worked_example"]
    W, e_output = np.array(weights), np.array(errors)
    parts, e_split = snippet["send_back"](W, e_output)  # the chapter's split
    links = [
        Link((0, j), (1, k), f"w{j + 1}{k + 1} = {number(W[k, j])}", number(parts[k, j]))
        for k in range(W.shape[0]) for j in range(W.shape[1])
    ]
    notes = {(0, j): f"e = {number(e)}" for j, e in enumerate(e_split)}
    notes |= {(1, k): f"e{k + 1} = {number(e)}" for k, e in enumerate(e_output)}
    return draw(Network(
        layers=[["h1", "h2"], ["o1", "o2"]],
        links=links,
        node_notes=notes,
        layer_titles=["hidden", "output"],
    ), language)
