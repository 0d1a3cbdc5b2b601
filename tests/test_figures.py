"""Figures are drawn at build time from their snippets: light, text kept as text, numbers right."""

from __future__ import annotations

import re

import pytest

import figure_drawing  # hooks/: the drawing process, imported by name
import snippet_runs
from pages import PAGES, ROOT, built_html, run, snippets_of

FIGURES = sorted(path for path in (ROOT / "figures").glob("*.py") if not path.stem.startswith("_"))


def snippet_of(figure) -> str:
    return re.search(r'^SNIPPET = "([^"]+)"', figure.read_text(), re.MULTILINE)[1]


def svg_text(svg: str) -> str:
    return " ".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg))


@pytest.fixture(params=FIGURES, ids=lambda path: path.stem)
def figure(request):
    return request.param


def test_figure_is_shown_beside_its_snippet(figure):
    pages = [page for page in PAGES if f"figures/{figure.stem}.svg" in page.read_text(encoding="utf-8")]
    assert pages, f"no page shows figures/{figure.stem}.svg"
    for page in pages:
        assert snippet_of(figure) in snippets_of(page), f"{page.name} shows the figure without its snippet"


def test_built_figure_is_light_and_keeps_text_as_text(site, figure):
    svg = (site / "figures" / f"{figure.stem}.svg").read_text(encoding="utf-8")
    assert len(svg.encode()) < 40_000
    assert "<text" in svg and "@font-face" not in svg and "<image" not in svg


def test_every_number_in_a_figure_is_printed_by_its_snippet(site, figure):
    """The labels come from the snippet's arrays; printed output and figure must agree."""
    svg = (site / "figures" / f"{figure.stem}.svg").read_text(encoding="utf-8")
    source = (ROOT / snippet_of(figure)).read_text(encoding="utf-8")
    known = {float(n) for n in re.findall(r"-?\d+\.\d+", run(snippet_of(figure)) + source)}
    shown = [float(n) for n in re.findall(r"-?\d+\.\d+", svg_text(svg))]
    assert shown and set(shown) <= known


def test_each_language_draws_the_same_numbers(site, figure):
    """Only the words differ between figures/NAME.svg and figures/NAME.ko.svg."""
    def numbers(name):
        return re.findall(r"-?\d+(?:\.\d+)?", svg_text((site / "figures" / name).read_text(encoding="utf-8")))

    assert numbers(f"{figure.stem}.ko.svg") == numbers(f"{figure.stem}.svg")


def test_each_figure_serves_its_phone_drawing_and_loads_as_the_reader_nears_it(site):
    """hooks/figure_pictures.py: <picture> with the narrow drawing below 600 px; a lazy <img>."""
    for doc in FIGURE_PAGES:
        html = built_html(site, doc).read_text(encoding="utf-8")
        images = re.findall(r"<img [^>]*figure-svg[^>]*>", html)
        pictures = re.findall(r'<picture><source media="\(max-width: 599.98px\)" srcset="[^"]+'
                              r'\.narrow\.(?:ko\.)?svg"><img loading="lazy" decoding="async" '
                              r'[^>]*figure-svg[^>]*></picture>', html)
        assert images and len(pictures) == len(images), doc.name


def test_a_figure_draws_the_run_its_page_shows(project_copy, monkeypatch):
    """Each snippet runs once a build, and its figure is drawn from that run: a weight drawn at
    random is the same in the figure as in the output beside it, and a new weight redraws it."""
    monkeypatch.syspath_prepend(str(project_copy / "hooks"))  # as in the drawing process
    snippet = project_copy / "snippets/several_layers.py"
    random_weight = "[np.random.default_rng().integers(21, 99) / 10, 3.0],"  # never the 2.0 it was
    snippet.write_text(snippet.read_text().replace("[2.0, 3.0],", random_weight, 1))
    drawn = figure_drawing.draw_all(project_copy)  # the workers it forks find it by name
    shown = re.search(r"who11 = \d\.\d", snippet_runs.run(project_copy, "snippets/several_layers.py"))[0]
    assert shown != "who11 = 2.0"
    for name in ("figures/several_layers.svg", "figures/several_layers.narrow.svg"):
        assert re.findall(r"who11 = \d\.\d", svg_text(drawn[name].decode())) == [shown]


# --- In Chromium: text size on phones and desktops, labels clear of lines, dark mode contrast.

DRAWINGS = [f"{figure.stem}{layout}{language}.svg" for figure in FIGURES
            for layout in ("", ".narrow") for language in ("", ".ko")]
FIGURE_PAGES = [page for page in PAGES if "figures/" in page.read_text(encoding="utf-8")]
SMALLEST_TEXT = 11  # CSS px, on any screen from 390 px wide up
DESKTOP_TEXT = (12, 14.5)

# The drawing the browser chose for each figure, and the size of each of its texts as shown:
# the SVG is fetched, laid into the page at the image's rendered width, and each text's
# font size is multiplied by its scale on screen (getScreenCTM), so viewBox and CSS count.
RENDERED_TEXT = """async img => {
  const width = img.getBoundingClientRect().width;
  const holder = document.createElement("div");
  holder.style.cssText = `position: absolute; left: 0; top: 0; width: ${width}px`;
  holder.innerHTML = await (await fetch(img.currentSrc)).text();
  const svg = holder.querySelector("svg");
  svg.style.width = `${width}px`;
  svg.style.height = "auto";
  document.body.append(holder);
  const sizes = [...svg.querySelectorAll("text")].map(
    text => parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a);
  holder.remove();
  return {src: img.currentSrc, width, sizes};
}"""

# Every text box (getBBox: the font's ascent to descent, as drawn) against every other one
# and against the outline of every drawn shape, sampled each half unit along its length
# and widened by half its stroke. A node's name sits inside its own circle on purpose:
# a closed shape around a text's centre is left out for that text.
OVERLAPS = """() => {
  const texts = [...document.querySelectorAll("text")].map(text => ({
    label: text.textContent, box: text.getBBox()}));
  const shapes = [...document.querySelectorAll("path")].filter(path => {
    const style = getComputedStyle(path);
    return style.stroke !== "none" || style.fill !== "none";
  }).map(path => {
    const style = getComputedStyle(path);
    const half = style.stroke === "none" ? 0 : parseFloat(style.strokeWidth) / 2;
    const length = path.getTotalLength(), points = [];
    for (let at = 0; at <= length; at += 0.5) {
      const point = path.getPointAtLength(at);
      points.push([point.x, point.y]);
    }
    const xs = points.map(p => p[0]), ys = points.map(p => p[1]);
    const [first, last] = [points[0], points[points.length - 1]];
    return {half, points, closed: Math.hypot(first[0] - last[0], first[1] - last[1]) < 1,
            box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]};
  });
  const found = [];
  texts.forEach((a, i) => {
    const {x, y, width, height} = a.box;
    texts.slice(i + 1).forEach(b => {
      if (x < b.box.x + b.box.width && b.box.x < x + width &&
          y < b.box.y + b.box.height && b.box.y < y + height) found.push([a.label, b.label]);
    });
    const cx = x + width / 2, cy = y + height / 2;
    for (const shape of shapes) {
      const [x0, y0, x1, y1] = shape.box;
      if (shape.closed && x0 < cx && cx < x1 && y0 < cy && cy < y1) continue;
      if (shape.points.some(([px, py]) => px > x - shape.half && px < x + width + shape.half &&
                                          py > y - shape.half && py < y + height + shape.half)) {
        found.push([a.label, "a line"]);
      }
    }
  });
  return found;
}"""


# Figures load lazily (hooks/figure_pictures.py): load every one, as a reader scrolling
# through the page would, before measuring them.
LOAD_EVERY_FIGURE = """async () => {
  const images = [...document.querySelectorAll("article img.figure-svg")];
  images.forEach(img => { img.loading = "eager"; });
  await Promise.all(images.map(img => img.decode()));
}"""


def page_url(server, site, doc) -> str:
    return server + "/" + built_html(site, doc).relative_to(site).parent.as_posix() + "/"


@pytest.mark.parametrize("width", [390, 600, 1280])
@pytest.mark.parametrize("doc", FIGURE_PAGES, ids=lambda page: page.name)
def test_figure_text_is_readable_on_phones_and_desktops(browser, server, site, doc, width):
    shown = []
    # Figures are plain images: without JavaScript they show as with it, and so does the
    # explorer's still figure, which its script hides once the explorer runs.
    for scripts in (True, False):
        context = browser.new_context(viewport={"width": width, "height": 900}, java_script_enabled=scripts)
        page = context.new_page()
        page.goto(page_url(server, site, doc))
        page.evaluate(LOAD_EVERY_FIGURE)
        images = page.locator("article img.figure-svg:visible").all()
        shown = [image.evaluate(RENDERED_TEXT) for image in images]
        context.close()
        if shown:
            break
    assert shown
    for figure in shown:
        # Phones get the drawing whose layers run top to bottom.
        assert (".narrow." in figure["src"]) == (width < 600), figure["src"]
        assert min(figure["sizes"]) >= SMALLEST_TEXT, (figure["src"], width, min(figure["sizes"]))
        if width >= 1280:
            assert DESKTOP_TEXT[0] <= min(figure["sizes"]) <= max(figure["sizes"]) <= DESKTOP_TEXT[1]


@pytest.mark.parametrize("drawing", DRAWINGS)
def test_labels_touch_no_line_and_no_other_label(browser, server, site, drawing):
    page = browser.new_page()
    page.goto(f"{server}/figures/{drawing}")
    found = page.evaluate(OVERLAPS)
    page.close()
    assert found == []


def test_built_figures_are_light_in_both_layouts_and_languages(site):
    for drawing in DRAWINGS:
        svg = (site / "figures" / drawing).read_text(encoding="utf-8")
        assert len(svg.encode()) < 40_000 and "<text" in svg and "<image" not in svg, drawing


# Each text colour of the chosen drawing, and what it is drawn on (the page, or a node's
# fill for a node's name), after the image's CSS filter (dark mode inverts the figures):
# the filter is applied to each colour on a canvas, in the same browser.
FILTERED_COLOURS = """async img => {
  const svg = new DOMParser().parseFromString(await (await fetch(img.currentSrc)).text(), "image/svg+xml");
  const fill = element => (element?.getAttribute("style") || "").match(/fill: (#[0-9a-f]{6})/)?.[1];
  const node = fill(svg.querySelector("path[style*='stroke: #3949ab'][style*='fill: #']"));
  const pairs = [...svg.querySelectorAll("text")].map(text => fill(text) ?
    [text.textContent, fill(text), null] : [text.textContent, "#000000", node]);
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", {willReadFrequently: true});
  const filtered = colour => {
    context.clearRect(0, 0, 1, 1);
    context.filter = getComputedStyle(img).filter;
    context.fillStyle = colour;
    context.fillRect(0, 0, 1, 1);
    return [...context.getImageData(0, 0, 1, 1).data].slice(0, 3);
  };
  const page = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).slice(0, 3).map(Number);
  return pairs.map(([label, colour, under]) => [label, filtered(colour), under ? filtered(under) : page]);
}"""


def luminance(rgb) -> float:
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    red, green, blue = map(channel, rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(a, b) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("doc", FIGURE_PAGES, ids=lambda page: page.name)
def test_figure_labels_keep_their_contrast_in_both_schemes(browser, server, site, doc, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(page_url(server, site, doc))
    page.evaluate(LOAD_EVERY_FIGURE)
    assert page.evaluate("document.body.dataset.mdColorScheme") == (
        "slate" if scheme == "dark" else "default")
    labels = [pair for image in page.locator("article img.figure-svg").all()
              for pair in image.evaluate(FILTERED_COLOURS)]
    context.close()
    assert labels
    low = [(label, fg, bg, round(contrast(fg, bg), 2)) for label, fg, bg in labels
           if contrast(fg, bg) < 4.5]
    assert low == []
