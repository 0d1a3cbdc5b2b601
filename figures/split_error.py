"""One output node fed by two links, its error shared in proportion to their weights."""

from _network import Link, Network, draw, number

SNIPPET = "snippets/split_error.py"


def figure(snippet: dict, language: str = "en"):
    weights, parts = snippet["w"], snippet["by_weight"]
    links = [Link((0, j), (1, 0), f"w{j + 1}1 = {number(w)}", number(part))
             for j, (w, part) in enumerate(zip(weights, parts, strict=True))]
    return draw(Network(
        layers=[["h1", "h2"], ["o1"]],
        links=links,
        node_notes={(1, 0): f"e1 = {number(snippet['e1'])}"},
    ), language)
