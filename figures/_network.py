"""Draw a small layered network: nodes, weighted links and the errors they carry.

Shared by the figure scripts in this folder. It only draws what it is given, so
every number on a figure comes from the snippet the figure script ran.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt

from languages import LABELS  # hooks/languages.py: the only words on the figures

matplotlib.rcParams.update({
    "svg.fonttype": "none",  # keep text as text: lighter, selectable, searchable
    "svg.hashsalt": "learning-weights",  # stable ids, so a rebuild gives the same file
    "font.family": "sans-serif",
    "font.size": 11,
})

SIGNAL = "#3949ab"  # indigo, the site's primary colour: weights and forward signals
ERROR = "#c62828"  # red: errors travelling backwards
NODE_FILL = "#e8eaf6"
LAYER_GAP, NODE_GAP, RADIUS = 4.2, 2.0, 0.34


def number(x: float) -> str:
    """Weights keep one decimal (2.0, as in the prose); other values lose float noise."""
    return f"{x:.1f}" if float(x).is_integer() else f"{x:.3g}"


@dataclass
class Link:
    source: tuple[int, int]  # (layer, node), counted from 0
    target: tuple[int, int]
    weight: str
    error: str | None = None  # the share of the target's error sent back along this link


@dataclass
class Network:
    layers: list[list[str]]  # node names per layer, left to right
    links: list[Link]
    node_notes: dict[tuple[int, int], str] = field(default_factory=dict)  # e.g. an error
    layer_titles: list[str] = field(default_factory=list)  # keys of LABELS[language]["layers"]


def position(network: Network, layer: int, node: int) -> tuple[float, float]:
    size = len(network.layers[layer])
    return LAYER_GAP * layer, NODE_GAP * ((size - 1) / 2 - node)


def along(start, end, t):
    return start[0] + t * (end[0] - start[0]), start[1] + t * (end[1] - start[1])


def draw(network: Network, language: str = "en", width: float = 6.6):
    tallest = max(len(names) for names in network.layers)
    figure, axes = plt.subplots(figsize=(width, 1.0 + 1.25 * tallest))
    axes.set_axis_off()
    axes.set_aspect("equal")
    box = {"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none"}
    for link in network.links:
        start, end = position(network, *link.source), position(network, *link.target)
        axes.annotate("", xy=end, xytext=start, arrowprops={
            "arrowstyle": "-|>", "color": SIGNAL, "lw": 1.4, "shrinkA": 17, "shrinkB": 17})
        # The weight sits near the sending node and the error share near the
        # receiving one, so labels of crossing links never meet in the middle.
        axes.text(*along(start, end, 0.24), link.weight, ha="center", va="center",
                  color=SIGNAL, fontsize=10, bbox=box, zorder=5)
        if link.error is not None:
            axes.text(*along(start, end, 0.76), f"← {link.error}", ha="center", va="center",
                      color=ERROR, fontsize=10, bbox=box, zorder=5)
    last = len(network.layers) - 1
    for layer, names in enumerate(network.layers):
        for node, name in enumerate(names):
            x, y = position(network, layer, node)
            axes.add_patch(plt.Circle((x, y), RADIUS, fc=NODE_FILL, ec=SIGNAL, lw=1.6, zorder=3))
            axes.text(x, y, name, ha="center", va="center", zorder=4)
            if note := network.node_notes.get((layer, node)):
                # Outer layers have room beside their nodes; a middle layer's go above or below.
                if layer in (0, last):
                    side = 1 if layer == last else -1
                    axes.text(x + side * (RADIUS + 0.12), y, note, color=ERROR, va="center",
                              ha="left" if side > 0 else "right", fontsize=10.5)
                else:
                    above = y >= 0  # the outer side, away from the links between the nodes
                    axes.text(x, y + (1 if above else -1) * (RADIUS + 0.1), note, color=ERROR,
                              ha="center", va="bottom" if above else "top", fontsize=10.5,
                              bbox=box, zorder=6)
        if layer < len(network.layer_titles):
            axes.text(LAYER_GAP * layer, NODE_GAP * (tallest - 1) / 2 + 0.95,
                      LABELS[language]["layers"][network.layer_titles[layer]], ha="center",
                      color="#555555", fontsize=10.5)
    half_height = NODE_GAP * (tallest - 1) / 2
    axes.set_xlim(-1.9, LAYER_GAP * last + 1.9)
    axes.set_ylim(-half_height - 0.8, half_height + 1.35)
    figure.tight_layout(pad=0.1)
    return figure
