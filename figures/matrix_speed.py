"""Time per call against layer width, and numpy's speed-up over Python loops.

Two drawings: side by side for desktops (10 pt text), one above the other for
phones (9 pt, 250 pt wide). The times change from run to run, so no time is
written on the figure: the axes carry round labels (1 µs, 10×), and the numpy
version and BLAS library are named above the plots, as the snippet prints them. Markers are hollow, and the
legend sits under the plots, clear of lines whatever the timings are.
"""

import matplotlib

matplotlib.use("svg")
from _network import ERROR, FONTS, MUTED, SIGNAL, place_axes  # also sets the shared SVG settings
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, FuncFormatter, LogLocator, NullLocator

from languages import LABELS

SNIPPET = "snippets/matrix_speed.py"
NAMES = ["split_loops", "W.T @ e", "split_numpy"]
STYLES = [{"color": ERROR, "marker": "o"}, {"color": SIGNAL, "marker": "s"},
          {"color": "#00796b", "marker": "^"}]


def duration(seconds: float) -> str:
    for unit, scale in (("s", 1), ("ms", 1e-3), ("µs", 1e-6)):
        if seconds >= scale * 0.999:
            return f"{seconds / scale:.0f} {unit}"
    return f"{seconds * 1e9:.0f} ns"


def draw(snippet: dict, language: str, wide: bool):
    words, font = LABELS[language], 10 if wide else 9
    matplotlib.rcParams.update({"font.family": FONTS, "font.size": font})
    widths, times, speed_up = snippet["widths"], snippet["times"], snippet["speed_up"]
    shape = (1, 2) if wide else (2, 1)
    figure = Figure(figsize=(7.0, 3.6) if wide else (3.45, 6.4))
    left, right = figure.subplots(*shape)
    for column, (name, style) in enumerate(zip(NAMES, STYLES, strict=True)):
        left.plot(widths, times[:, column], label=name, lw=1.6, markerfacecolor="white", **style)
    right.plot(widths, speed_up, lw=1.6, markerfacecolor="white", **STYLES[1])
    for axes in (left, right):
        axes.set_xscale("log")
        axes.set_yscale("log")
        axes.xaxis.set_major_locator(FixedLocator(widths))
        axes.xaxis.set_major_formatter(FuncFormatter(lambda x, _: f"{x:.0f}"))
        axes.xaxis.set_minor_locator(NullLocator())
        axes.yaxis.set_minor_locator(NullLocator())
        axes.set_xlabel(words["width"])
        axes.spines[["top", "right"]].set_visible(False)
    # Every other power of ten on the time axis keeps its labels apart on a phone.
    left.yaxis.set_major_locator(LogLocator(base=100))
    left.yaxis.set_major_formatter(FuncFormatter(lambda y, _: duration(y)))
    left.set_title(words["time"], fontsize=font)
    right.yaxis.set_major_formatter(FuncFormatter(lambda y, _: f"{y:.0f}×"))
    right.set_ylim(bottom=1)
    right.set_title(words["speed_up"], fontsize=font, wrap=not wide)
    # One line, short on any machine: a wrapped title would be drawn as two overlapping texts.
    machine = snippet["machine"]
    figure.suptitle(f"numpy {machine['numpy']} · {machine['blas']}", fontsize=font, color=MUTED, y=0.99)
    figure.legend(*left.get_legend_handles_labels(), loc="lower center", bbox_to_anchor=(0.5, 0.0),
                  ncols=3 if wide else 1, frameon=False, fontsize=font, handlelength=1.6,
                  columnspacing=1.0)
    # Room on the left for the widest time label ("100 ms"), below for the legend.
    if wide:
        place_axes(figure, left=0.7, right=0.25, top=0.55, bottom=0.85, between=0.75)
    else:
        place_axes(figure, left=0.7, right=0.25, top=0.55, bottom=1.2, between=0.95)
    return figure


def figure(snippet: dict, language: str = "en"):
    wide = draw(snippet, language, wide=True)
    wide.narrow = draw(snippet, language, wide=False)
    return wide
