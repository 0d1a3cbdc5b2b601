"""Time per call against layer width, and numpy's speed-up over Python loops."""

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt
from _network import ERROR, SIGNAL  # also sets the shared SVG settings
from matplotlib.ticker import FixedLocator, FuncFormatter, NullLocator

from languages import LABELS

SNIPPET = "snippets/matrix_speed.py"
NAMES = ["split_loops", "W.T @ e", "split_numpy"]
STYLES = [{"color": ERROR, "marker": "o"}, {"color": SIGNAL, "marker": "s"},
          {"color": "#00897b", "marker": "^"}]


def duration(seconds: float) -> str:
    for unit, scale in (("s", 1), ("ms", 1e-3), ("µs", 1e-6)):
        if seconds >= scale:
            return f"{seconds / scale:.0f} {unit}"
    return f"{seconds * 1e9:.0f} ns"


def figure(snippet: dict, language: str = "en"):
    words = LABELS[language]
    widths, times, speed_up = snippet["widths"], snippet["times"], snippet["speed_up"]
    figure, (left, right) = plt.subplots(1, 2, figsize=(7.2, 3.3))
    for column, (name, style) in enumerate(zip(NAMES, STYLES, strict=True)):
        left.plot(widths, times[:, column], label=name, lw=1.8, **style)
    right.plot(widths, speed_up, lw=1.8, **STYLES[1])
    for axes in (left, right):
        axes.set_xscale("log")
        axes.set_yscale("log")
        axes.xaxis.set_major_locator(FixedLocator(widths))
        axes.xaxis.set_major_formatter(FuncFormatter(lambda x, _: f"{x:.0f}"))
        axes.xaxis.set_minor_locator(NullLocator())
        axes.set_xlabel(words["width"])
        axes.spines[["top", "right"]].set_visible(False)
    # Plain labels (1 µs, 10 ms) instead of powers of ten.
    left.yaxis.set_major_formatter(FuncFormatter(lambda y, _: duration(y)))
    left.yaxis.set_minor_locator(NullLocator())
    left.set_title(words["time"], fontsize=11)
    left.legend(frameon=False, fontsize=9.5)
    right.yaxis.set_major_formatter(FuncFormatter(lambda y, _: f"{y:.0f}×"))
    right.yaxis.set_minor_locator(NullLocator())
    right.set_title(words["speed_up"], fontsize=11)
    right.set_ylim(bottom=1)
    machine = " · ".join(f"{key} = {value}" for key, value in snippet["machine"].items())
    figure.suptitle(machine, fontsize=9, color="#555555")
    figure.tight_layout(pad=0.3)
    return figure
