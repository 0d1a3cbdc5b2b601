"""E over the learning steps: the book's rule and the true gradient, side by side.

Two drawings, as for every figure (hooks/figure_drawing.py): the panels side by
side for desktops (text 10 pt, 13.3 CSS px), one above the other for phones
(9 pt, 250 pt wide, so 12 CSS px on a 390 px screen). The vertical axis is
logarithmic with plain labels (0.01, 0.1), and the first and last E of each
rule are written beside the curve as the snippet prints them (.3g).
"""

import matplotlib

matplotlib.use("svg")
from _network import ERROR, FONTS, SIGNAL, place_axes  # also sets the shared SVG settings
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, FuncFormatter, NullLocator

from languages import LABELS

SNIPPET = "snippets/one_learning_step_loop.py"
COLOURS = {"book": ERROR, "true": SIGNAL}


def draw(snippet: dict, language: str, wide: bool):
    words, font = LABELS[language], 10 if wide else 9
    matplotlib.rcParams.update({"font.family": FONTS, "font.size": font})
    curves = {"book": snippet["E_book"], "true": snippet["E_true"]}
    shape = (1, 2) if wide else (2, 1)
    figure = Figure(figsize=(7.0, 2.9) if wide else (3.45, 5.2))
    panels = figure.subplots(*shape, sharey=True)
    steps = len(snippet["E_true"]) - 1
    for axes, (rule, E) in zip(panels, curves.items(), strict=True):
        axes.plot(E, color=COLOURS[rule], lw=2)
        axes.set_yscale("log")
        axes.yaxis.set_major_locator(FixedLocator([0.01, 0.1]))
        axes.yaxis.set_major_formatter(FuncFormatter(lambda y, _: f"{y:g}"))
        axes.yaxis.set_minor_locator(NullLocator())
        axes.set_xticks(range(0, steps + 1, steps // 4))
        axes.set_xlim(0, steps * 1.3)  # room for the last value beside the curve
        axes.spines[["top", "right"]].set_visible(False)
        axes.set_title(words["rules"][rule], fontsize=font)
        # The first E above the start of the curve, the last one beside its end.
        axes.annotate(f"{E[0]:.3g}", (0, E[0]), textcoords="offset points", xytext=(8, 2),
                      ha="left", va="bottom", color=COLOURS[rule])
        axes.annotate(f"{E[-1]:.3g}", (steps, E[-1]), textcoords="offset points",
                      xytext=(5, 0), ha="left", va="center", color=COLOURS[rule])
    panels[0].set_ylabel("E", rotation=0, labelpad=8)  # upright: a rotated label reads badly
    panels[-1].set_xlabel(words["step"])
    if wide:
        panels[0].set_xlabel(words["step"])
        place_axes(figure, left=0.75, right=0.15, top=0.3, bottom=0.55, between=0.35)
    else:
        panels[1].set_ylabel("E", rotation=0, labelpad=8)
        place_axes(figure, left=0.7, right=0.15, top=0.3, bottom=0.5, between=0.75)
    return figure


def figure(snippet: dict, language: str = "en"):
    wide = draw(snippet, language, wide=True)
    wide.narrow = draw(snippet, language, wide=False)
    return wide
