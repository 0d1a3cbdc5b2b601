"""The explorer's starting point, for readers without JavaScript: its worked-example case."""

import numpy as np
from _network import draw, hidden_to_output

SNIPPET = "snippets/explorer_cases.py"


def figure(snippet: dict, language: str = "en"):
    weights, errors = snippet["cases"]["worked_example"]
    W, e_output = np.array(weights), np.array(errors)
    parts, e_split = snippet["send_back"](W, e_output)  # the chapter's split
    return draw(hidden_to_output(W, parts, e_split, e_output), language)
