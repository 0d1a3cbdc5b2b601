"""E over the learning steps: the book's rule and the true gradient, side by side."""

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt
from _network import ERROR, SIGNAL  # also sets the shared SVG settings
from matplotlib.ticker import NullLocator

from languages import LABELS

SNIPPET = "snippets/one_learning_step_loop.py"


def figure(snippet: dict, language: str = "en"):
    words = LABELS[language]
    curves = {"book": snippet["E_book"], "true": snippet["E_true"]}
    colours = {"book": ERROR, "true": SIGNAL}
    figure, panels = plt.subplots(1, 2, figsize=(7.2, 3.0), sharey=True)
    for axes, (rule, E) in zip(panels, curves.items(), strict=True):
        for other, other_E in curves.items():  # the other rule, faint, to compare against
            if other != rule:
                axes.plot(other_E, color="#9e9e9e", lw=1.2, ls="--")
        axes.plot(E, color=colours[rule], lw=2)
        axes.set_yscale("log")
        axes.yaxis.set_minor_locator(NullLocator())  # unlabelled anyway, and slow to lay out
        axes.set_title(words["rules"][rule], fontsize=11)
        axes.set_xlabel(words["step"])
        axes.set_xticks([0, 50, 100, 150, 200])
        axes.spines[["top", "right"]].set_visible(False)
        # The first and last E, as the snippet prints them (.3g).
        for step, va in ((0, "bottom"), (len(E) - 1, "bottom")):
            axes.annotate(f"{E[step]:.3g}", (step, E[step]), textcoords="offset points",
                          xytext=(0, 6), ha="center" if step else "left", va=va, fontsize=10,
                          color=colours[rule])
    panels[0].set_ylabel("E")
    figure.tight_layout(pad=0.3)
    return figure
