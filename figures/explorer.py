"""The explorer's starting point, for readers without JavaScript: its worked-example case."""

import numpy as np
from _network import draw, hidden_to_output

SNIPPET = "snippets/explorer_cases.py"


def figure(snippet: dict, language: str = "en"):
    weights, errors = snippet["cases"]["worked_example"]
    parts, e_split = snippet["splits"]["worked_example"]  # the chapter's split
    return draw(hidden_to_output(np.array(weights), parts, e_split, np.array(errors)), language)
