"""Draw a small layered network: nodes, weighted links and the errors they carry.

Shared by the figure scripts in this folder. It only draws what it is given, so
every number on a figure comes from the snippet the figure script ran.

Each call draws two layouts of the same network: a wide one, layers from left to
right, for desktop pages (the figure returned), and a narrow one, layers from top
to bottom, for phones (its `narrow` attribute); hooks/figure_drawing.py saves both and
the page serves the narrow one below a viewport width (a <picture> element).

Labels are placed, not just drawn: every text box is measured with matplotlib's
own text renderer and each label takes the first free spot from a short list of
candidates (beside its link, on it with the line broken around it, further
along), so no label touches a line, a node or another label. If none is free the
figure fails to build rather than print one label on top of another.

Links say their weight twice besides the number: a link's thickness grows with
the weight's size and a negative weight is dashed, so colour is never the only
signal (a legend under the figure says so, in the page's language).
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field

import matplotlib

matplotlib.use("svg")
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, Polygon
from matplotlib.transforms import Affine2D

from languages import LABELS  # hooks/languages.py: the only words on the figures

# Latin from DejaVu Sans, Hangul from Noto Sans CJK: matplotlib measures each glyph
# with the font that has it, as the browser does.
FONTS = ["DejaVu Sans", "Noto Sans CJK KR"]
matplotlib.rcParams.update({
    "svg.fonttype": "none",  # keep text as text: lighter, selectable, searchable
    "svg.hashsalt": "learning-weights",  # stable ids, so a rebuild gives the same file
    "font.family": FONTS,
})

SIGNAL = "#3949ab"  # indigo, the site's primary colour: weights and forward signals
ERROR = "#c62828"  # red: errors travelling backwards
MUTED = "#4f4f4f"  # layer titles and the legend
NODE_FILL = "#e8eaf6"
CLEARANCE = 2.5  # pt of empty space kept around every label
THIN, THICK = 0.9, 3.6  # pt: link widths of the smallest and the largest weight


@dataclass(frozen=True)
class Layout:
    """Sizes in points (1 pt of the SVG = 4/3 CSS px when shown at its own size)."""

    vertical: bool  # layers from top to bottom (phones) or from left to right
    font: float
    layer_gap: float  # between neighbouring layers
    node_gap: float  # between neighbouring nodes of one layer, at most
    node_span: float  # between the first and last node of the tallest layer, at most
    radius: float


# Desktop: 10 pt = 13.3 CSS px at the figure's own size; the content column is
# 688 px wide, so a figure up to 516 pt wide is never scaled down.
WIDE = Layout(vertical=False, font=10, layer_gap=185, node_gap=120, node_span=240, radius=13)
# Phones: 9 pt = 12 CSS px; about 250 pt (333 px) wide fits a 390 px screen's
# 358 px column unscaled, so the text stays 12 px there and 11 px at 360 px.
NARROW = Layout(vertical=True, font=9, layer_gap=165, node_gap=136, node_span=136, radius=11)
# Phones, when a layer of three or more nodes crowds the stacked layout: the wide
# layout at the phone's text size; a two-layer network drawn so stays about 330 px wide.
COMPACT = Layout(vertical=False, font=9, layer_gap=150, node_gap=105, node_span=210, radius=11)


def place_axes(figure: Figure, *, left: float, right: float, top: float, bottom: float,
               between: float = 0.0) -> None:
    """Place a plot's row or column of axes by its margins in inches (room for tick labels,
    titles and a legend at the plot's text size), the same in every language. Constrained
    layout measures every text twice per drawing and made the plots three times slower."""
    width, height = figure.get_size_inches()
    rows, columns = figure.axes[0].get_subplotspec().get_gridspec().get_geometry()
    axes_width = (width - left - right - between * (columns - 1)) / columns
    axes_height = (height - top - bottom - between * (rows - 1)) / rows
    figure.subplots_adjust(left=left / width, right=1 - right / width, top=1 - top / height,
                           bottom=bottom / height, wspace=between / axes_width, hspace=between / axes_height)


def number(x: float) -> str:
    """Weights keep one decimal (2.0, as in the prose); other values lose float noise."""
    return f"{x:.1f}" if float(x).is_integer() else f"{x:.3g}"


@dataclass
class Link:
    source: tuple[int, int]  # (layer, node), counted from 0
    target: tuple[int, int]
    weight: str
    error: str | None = None  # the share of the target's error sent back along this link
    value: float | None = None  # the weight as a number; read from `weight` when not given

    def size(self) -> float:
        if self.value is not None:
            return float(self.value)
        numbers = re.findall(r"-?\d+(?:\.\d+)?", self.weight.replace("\N{MINUS SIGN}", "-"))
        if not numbers:
            raise ValueError(f"link label {self.weight!r} has no number: pass value=")
        return float(numbers[-1])


@dataclass
class Network:
    layers: list[list[str]]  # node names per layer, left to right
    links: list[Link]
    node_notes: dict[tuple[int, int], str] = field(default_factory=dict)  # e.g. an error
    layer_titles: list[str] = field(default_factory=list)  # keys of LABELS[language]["layers"]


@dataclass
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def grown(self, by: float) -> Box:
        return Box(self.x0 - by, self.y0 - by, self.x1 + by, self.y1 + by)

    def meets(self, other: Box) -> bool:
        return self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1


@dataclass
class Segment:
    start: tuple[float, float]
    end: tuple[float, float]
    width: float  # stroke width, pt
    dashed: bool = False


_renderer = RendererAgg(10, 10, 72)  # 72 dpi: one pixel is one point


@functools.cache
def text_width(text: str, size: float) -> float:
    return _renderer.get_text_width_height_descent(
        text, FontProperties(family=FONTS, size=size), ismath=False)[0]


def text_box(text: str, size: float, centre: tuple[float, float]) -> Box:
    """The box a browser gives the text: the font's ascent and descent, not its ink."""
    width = text_width(text, size)
    half_w, half_h = width / 2 + 0.06 * size, 0.62 * size
    return Box(centre[0] - half_w, centre[1] - half_h, centre[0] + half_w, centre[1] + half_h)


def clip(segment: Segment, box: Box) -> tuple[float, float] | None:
    """The part (t0, t1) of the segment inside the box grown by half the stroke (Liang-Barsky)."""
    box = box.grown(segment.width / 2)
    (x0, y0), (x1, y1) = segment.start, segment.end
    t0, t1 = 0.0, 1.0
    for p, q in ((-(x1 - x0), x0 - box.x0), (x1 - x0, box.x1 - x0),
                 (-(y1 - y0), y0 - box.y0), (y1 - y0, box.y1 - y0)):
        if p == 0:
            if q < 0:
                return None
        elif p < 0:
            t0 = max(t0, q / p)
        else:
            t1 = min(t1, q / p)
        if t0 >= t1:
            return None
    return t0, t1


def circle_meets(centre, radius, box: Box) -> bool:
    nearest_x = min(max(centre[0], box.x0), box.x1)
    nearest_y = min(max(centre[1], box.y0), box.y1)
    return math.hypot(centre[0] - nearest_x, centre[1] - nearest_y) < radius


class Scene:
    """What is drawn so far, in points: lines, node circles and label boxes."""

    def __init__(self, layout: Layout):
        self.layout = layout
        self.segments: list[Segment] = []
        self.circles: list[tuple[tuple[float, float], float]] = []
        self.labels: list[tuple[Box, str, str, float]] = []  # box, text, colour, size

    def free(self, box: Box, ignore: Segment | None = None) -> bool:
        padded = box.grown(CLEARANCE)
        return (not any(clip(s, padded) for s in self.segments if s is not ignore)
                and not any(circle_meets(c, r, padded) for c, r in self.circles)
                and not any(b.meets(padded) for b, *_ in self.labels))

    def place(self, text, colour, centres, size=None, line: Segment | None = None):
        """Put the text at the first free centre; `line` may run under it (it is cut there)."""
        size = size or self.layout.font
        for centre in centres:
            box = text_box(text, size, centre)
            if self.free(box, ignore=line) and (line is None or self.free_of_line_ends(box, line)):
                self.labels.append((box, text, colour, size))
                return box
        raise Crowded(f"no free place for the label {text!r}: make the figure roomier")

    def free_of_line_ends(self, box: Box, line: Segment) -> bool:
        """A label on its own line must leave some line showing on both sides of it."""
        inside = clip(line, box.grown(CLEARANCE))
        if inside is None:
            return True
        length = math.dist(line.start, line.end)
        return inside[0] * length > 6 and (1 - inside[1]) * length > 6


def unit(dx, dy):
    length = math.hypot(dx, dy)
    return dx / length, dy / length


class Drawing:
    def __init__(self, network: Network, layout: Layout, language: str, width: float | None,
                 spread: float = 1):
        self.network, self.layout, self.language = network, layout, language
        self.scene = Scene(layout)
        self.samples: list[Segment] = []  # the legend's short lines
        layer_gap = layout.layer_gap
        if width is not None and not layout.vertical and len(network.layers) > 1:
            # The caller's width (inches) spreads the layers, within what fits a desktop column.
            layer_gap = min(max((width * 72 - 150) / (len(network.layers) - 1), 150), 190)
        self.layer_gap = layer_gap * spread
        points = [self.position(layer, node) for layer, names in enumerate(network.layers)
                  for node in range(len(names))]
        self.centre = (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))

    def position(self, layer: int, node: int) -> tuple[float, float]:
        size = len(self.network.layers[layer])
        gap = self.layout.node_gap if size < 2 else min(self.layout.node_gap,
                                                         self.layout.node_span / (size - 1))
        across = gap * ((size - 1) / 2 - node)
        along = self.layer_gap * layer
        return (-across, -along) if self.layout.vertical else (along, across)

    def outward(self, point) -> tuple[float, float]:
        dx, dy = point[0] - self.centre[0], point[1] - self.centre[1]
        return (0.0, 0.0) if math.hypot(dx, dy) < 1e-9 else unit(dx, dy)

    def outer(self, line: Segment) -> bool:
        """True if every node lies on one side of the link: it runs along the network's edge."""
        (x0, y0), (x1, y1) = line.start, line.end
        crosses = [(x1 - x0) * (c[1] - y0) - (y1 - y0) * (c[0] - x0) for c, _ in self.scene.circles]
        sides = {cross > 0 for cross in crosses if abs(cross) > 1e-6}  # off the line itself
        return len(sides) < 2

    def link_centres(self, line: Segment, near_start: bool, text: str):
        """Candidate centres for a link label.

        A link along the network's edge has its labels outside it; a link inside the
        network has them on it, the line broken around them, so a label between two
        crossing links cannot be read as the other link's.
        """
        outer = self.outer(line)
        (x0, y0), (x1, y1) = line.start, line.end
        ux, uy = unit(x1 - x0, y1 - y0)
        nx, ny = -uy, ux
        box = text_box(text, self.layout.font, (0, 0))
        half_w, half_h = (box.x1 - box.x0) / 2, (box.y1 - box.y0) / 2
        # Far enough that the box, grown on all sides by the clearance and half the
        # stroke, just misses the line.
        grow = (line.width / 2 + CLEARANCE) * (abs(nx) + abs(ny))
        beside = half_w * abs(nx) + half_h * abs(ny) + grow + 0.5
        on, outside, inside = [], [], []
        for t in (0.25, 0.3, 0.2, 0.35, 0.4, 0.15, 0.45, 0.5):
            t = t if near_start else 1 - t
            px, py = x0 + t * (x1 - x0), y0 + t * (y1 - y0)
            out = self.outward((px, py))
            side = 1 if nx * out[0] + ny * out[1] >= 0 else -1
            on.append((px, py))
            outside.append((px + side * nx * beside, py + side * ny * beside))
            inside.append((px - side * nx * beside, py - side * ny * beside))
        return [*outside, *on, *inside] if outer else [*on, *outside, *inside]

    def node_centres(self, point, text: str):
        """Candidate centres for a node's note: around the node, the outer side first."""
        box = text_box(text, self.layout.font, (0, 0))
        half_w, half_h = (box.x1 - box.x0) / 2, (box.y1 - box.y0) / 2
        out = self.outward(point)
        directions = sorted(
            [(1, 0), (-1, 0), (0, 1), (0, -1), (0.7, 0.7), (-0.7, 0.7), (0.7, -0.7), (-0.7, -0.7)],
            key=lambda d: -(d[0] * out[0] + d[1] * out[1]))
        for push in (0, 8, 16):
            for dx, dy in directions:
                reach = self.layout.radius + CLEARANCE + 1 + push
                yield (point[0] + dx * (reach + half_w) if dx else point[0],
                       point[1] + dy * (reach + half_h) if dy else point[1])

    def titles(self):
        """Layer names: on each row between its nodes (phones), or in one line above the layers."""
        keys = self.network.layer_titles
        texts = [LABELS[self.language]["layers"][key] for key in keys]
        points = [[self.position(layer, node) for node in range(len(self.network.layers[layer]))]
                  for layer in range(len(keys))]
        half_h = 0.62 * self.layout.font
        if self.layout.vertical:
            for text, row in zip(texts, points, strict=True):
                row_x = sum(p[0] for p in row) / len(row)
                top = row[0][1] + self.layout.radius + half_h
                between = [(row_x, row[0][1])] if len(row) > 1 else []
                self.scene.place(text, MUTED, between + [(row_x, top + 4 + 6 * k) for k in range(12)])
            return
        top = max(p[1] for row in points for p in row) + self.layout.radius + half_h
        for step in range(16):
            y = top + 6 + 6 * step
            boxes = [text_box(text, self.layout.font, (row[0][0], y))
                     for text, row in zip(texts, points, strict=True)]
            if all(self.scene.free(box) for box in boxes):
                for text, row in zip(texts, points, strict=True):
                    self.scene.place(text, MUTED, [(row[0][0], y)])
                return
        raise Crowded("no free line for the layer titles")

    def lines(self):
        """Each link from circle edge to circle edge, its width set by the weight's size."""
        sizes = [abs(link.size()) for link in self.network.links]
        largest = max(sizes, default=0) or 1
        gap = self.layout.radius + 1.5
        for link, size in zip(self.network.links, sizes, strict=True):
            start, end = self.position(*link.source), self.position(*link.target)
            ux, uy = unit(end[0] - start[0], end[1] - start[1])
            width = THIN + (THICK - THIN) * size / largest
            yield link, Segment((start[0] + ux * gap, start[1] + uy * gap),
                                (end[0] - ux * gap, end[1] - uy * gap), width)

    def run(self):
        layout, scene, network = self.layout, self.scene, self.network
        for layer, names in enumerate(network.layers):
            for node in range(len(names)):
                scene.circles.append((self.position(layer, node), layout.radius))
        links = list(self.lines())
        scene.segments = [line for _, line in links] + [self.head(line) for _, line in links]
        cuts = {id(line): [] for _, line in links}
        for link, line in links:
            for text, colour, near_start in ((link.weight, SIGNAL, True),
                                             (link.error and f"← {link.error}", ERROR, False)):
                if text:
                    box = scene.place(text, colour, self.link_centres(line, near_start, text), line=line)
                    if clip(line, box) is not None:  # on the line, not beside it: break the line
                        cuts[id(line)].append(clip(line, box.grown(CLEARANCE)))
        for (layer, node), note in network.node_notes.items():
            point = self.position(layer, node)
            scene.place(note, ERROR, self.node_centres(point, note))
        if network.layer_titles:
            self.titles()
        self.legend(links)
        return self.render(links, cuts)

    def legend(self, links):
        """Under the figure: what a link's thickness (and, if any, its dashes) means."""
        words = LABELS[self.language]["figure_legend"]
        items = [("thicker", False)]
        if any(link.size() < 0 for link, _ in links):
            items.append(("negative", True))
        boxes = [b for b, *_ in self.scene.labels] + [
            Box(c[0] - r, c[1] - r, c[0] + r, c[1] + r) for c, r in self.scene.circles]
        left = min(b.x0 for b in boxes)
        y = min(b.y0 for b in boxes) - 8
        x = left
        for key, dashed in items:
            text = words[key]
            box = text_box(text, self.layout.font, (0, 0))
            half_w, half_h = (box.x1 - box.x0) / 2, (box.y1 - box.y0) / 2
            if self.layout.vertical or x == left:
                y -= half_h + 4
                x = left
            samples = ([Segment((x, y), (x + 26, y), THICK, dashed=True)] if dashed else
                       [Segment((x, y), (x + 10, y), THIN), Segment((x + 14, y), (x + 26, y), THICK)])
            self.samples += samples
            self.scene.segments += samples
            self.scene.place(text, MUTED, [(x + 26 + CLEARANCE + 3 + half_w, y)])
            x += 26 + 2 * half_w + 24

    def render(self, links, cuts):
        layout, scene = self.layout, self.scene
        stops = [p for s in scene.segments for p in (s.start, s.end)]
        stops += [(c[0] + dx * r, c[1] + dy * r) for c, r in scene.circles for dx, dy in
                  ((1, 1), (-1, -1))]
        stops += [(b.x0, b.y0) for b, *_ in scene.labels] + [(b.x1, b.y1) for b, *_ in scene.labels]
        margin = 3
        x0, x1 = min(p[0] for p in stops) - margin, max(p[0] for p in stops) + margin
        y0, y1 = min(p[1] for p in stops) - margin, max(p[1] for p in stops) + margin
        figure = Figure(figsize=((x1 - x0) / 72, (y1 - y0) / 72), dpi=72)
        # Drawn straight on the figure, in points from the drawing's corner: an Axes (ticks,
        # spines, clipping) would cost a third of each drawing's time and show nothing.
        canvas = Canvas(figure, Affine2D().translate(-x0, -y0).scale(1 / 72) + figure.dpi_scale_trans)
        for link, line in links:
            self.draw_link(canvas, line, cuts[id(line)], dashed=link.size() < 0)
        for segment in self.samples:
            canvas.plot(*zip(segment.start, segment.end, strict=True), color=SIGNAL,
                        lw=segment.width, solid_capstyle="butt", dash_capstyle="butt",
                        linestyle=(0, (3, 1.5)) if segment.dashed else "-")
        for centre, radius in scene.circles:
            canvas.add_patch(Circle(centre, radius, fc=NODE_FILL, ec=SIGNAL, lw=1.4, zorder=3))
        names = [name for layer in self.network.layers for name in layer]
        for (x, y), name in zip((c for c, _ in scene.circles), names, strict=True):
            self.text(canvas, name, (x, y), layout.font, "black", zorder=4)
        for box, text, colour, size in scene.labels:
            self.text(canvas, text, ((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2), size, colour)
        return figure

    @staticmethod
    def text(canvas, text, centre, size, colour, zorder=5):
        # On the baseline that centres the font's ascent-to-descent box, as browsers measure it.
        canvas.text(centre[0], centre[1] - 0.346 * size, text, ha="center", va="baseline",
                    fontsize=size, color=colour, zorder=zorder)

    @staticmethod
    def head_size(line: Segment) -> tuple[float, float]:
        return 5 + 1.6 * line.width, 1.5 + 0.9 * line.width  # length, half width

    def head(self, line: Segment) -> Segment:
        """The arrowhead, as a thick segment, so labels keep clear of it too."""
        length, half = self.head_size(line)
        t = 1 - length / math.dist(line.start, line.end)
        (x0, y0), (x1, y1) = line.start, line.end
        return Segment((x0 + t * (x1 - x0), y0 + t * (y1 - y0)), line.end, 2 * half)

    def draw_link(self, canvas, line: Segment, cuts, dashed: bool):
        """The line, broken where a label sits on it, and an arrowhead at its end."""
        (x0, y0), (x1, y1) = line.start, line.end
        length = math.dist(line.start, line.end)
        head, half = self.head_size(line)
        end_t = 1 - head / length
        pieces, t = [], 0.0
        for start, stop in sorted(cuts):
            pieces.append((t, min(start, end_t)))
            t = stop
        pieces.append((t, end_t))
        for a, b in pieces:
            if b > a:
                canvas.plot([x0 + a * (x1 - x0), x0 + b * (x1 - x0)],
                            [y0 + a * (y1 - y0), y0 + b * (y1 - y0)],
                            color=SIGNAL, lw=line.width, solid_capstyle="butt", dash_capstyle="butt",
                            linestyle=(0, (3, 1.5)) if dashed else "-")
        ux, uy = (x1 - x0) / length, (y1 - y0) / length
        bx, by = x1 - ux * head, y1 - uy * head
        canvas.add_patch(Polygon([(x1, y1), (bx - uy * half, by + ux * half),
                                  (bx + uy * half, by - ux * half)],
                                 closed=True, fc=SIGNAL, ec="none", zorder=2))


@dataclass(frozen=True)
class Canvas:
    """A figure drawn on in points, with the Axes methods the drawing uses."""

    figure: Figure
    points: Affine2D

    def plot(self, xs, ys, **style) -> None:
        self.figure.add_artist(Line2D(xs, ys, transform=self.points, **style))

    def add_patch(self, patch) -> None:
        patch.set_transform(self.points)
        self.figure.add_artist(patch)

    def text(self, x, y, text, **style) -> None:
        self.figure.text(x, y, text, transform=self.points, **style)


def hidden_to_output(W, parts, e_split, e_output, weight: str = "w") -> Network:
    """Hidden nodes h1, h2... to outputs o1, o2...: each link with its weight W[k, j] and the
    part of e_k it sends back, each node with its error (the chapter's split at the hidden
    nodes). `weight` names the weights: w11, or who11 on a page with two layers of them."""
    links = [
        Link((0, j), (1, k), f"{weight}{j + 1}{k + 1} = {number(W[k, j])}", number(parts[k, j]))
        for k in range(W.shape[0]) for j in range(W.shape[1])
    ]
    notes = {(0, j): f"e = {number(e)}" for j, e in enumerate(e_split)}
    notes |= {(1, k): f"e{k + 1} = {number(e)}" for k, e in enumerate(e_output)}
    layers = [[f"h{j + 1}" for j in range(W.shape[1])], [f"o{k + 1}" for k in range(W.shape[0])]]
    return Network(layers=layers, links=links, node_notes=notes, layer_titles=["hidden", "output"])


def draw(network: Network, language: str = "en", width: float | None = None,
         narrow: bool = True):
    """The wide figure; with narrow=True its `narrow` attribute holds the phone layout.

    The layout sets each drawing's size. `width` (inches) only spreads the layers of
    the wide drawing apart, within what fits a desktop column unscaled.
    """
    figure = roomy(network, WIDE, language, width)
    if narrow:
        try:
            figure.narrow = roomy(network, NARROW, language, None)
        except Crowded:  # too many crossing links for layers stacked in a phone's width
            figure.narrow = roomy(network, COMPACT, language, None)
    return figure


class Crowded(ValueError):
    """No free place for a label."""


def roomy(network: Network, layout: Layout, language: str, width: float | None):
    """Draw; if the labels do not fit, spread the layers further apart and try again."""
    for spread in (1, 1.25, 1.5, 1.75):
        try:
            return Drawing(network, layout, language, width, spread).run()
        except Crowded as error:
            crowded = error
    raise crowded
