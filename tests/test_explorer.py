"""docs/explorer.md: the JavaScript explorer shows exactly what the Python computes.

The build serves snippets/explorer_cases.py's cases as assets/explorer-cases.json
(hooks/explorer.py). Chromium types each case into the page as a reader would and
every output is compared with the Python's number; bad input must give a message,
never NaN or Infinity.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import subprocess
import sys

import numpy as np
import pytest

from conftest import AXE, AXE_OPTIONS, BUILD_ENV, serve
from pages import ROOT, variables

CASES = ["worked_example", "six_three", "unequal_sums", "zero_sum", "negative_weights",
         "near_zero_sum"]
INPUTS = ["w11", "w21", "w12", "w22", "e1", "e2"]
ASSETS = [ROOT / "docs/assets/js/explorer.js", ROOT / "docs/assets/css/explorer.css"]
LANGUAGES = {"en": "explorer/", "ko": "ko/explorer/"}


def named(found: dict, *names):
    """The chapter's snippets may use the site-wide names or the older ones."""
    return next(found[name] for name in names if name in found)


@pytest.fixture(scope="module")
def data(site) -> dict:
    return json.loads((site / "assets/explorer-cases.json").read_text(encoding="utf-8"))


def case(data, name) -> dict:
    return next(c for c in data["cases"] if c["id"] == name)


def inputs_of(c) -> dict:
    """W[k][j] = w_jk (rows are output nodes), as the snippet prints it."""
    (w11, w21), (w12, w22) = c["W"]
    return dict(zip(INPUTS, [w11, w21, w12, w22, *c["e_output"]], strict=True))


def expected_outputs(c) -> dict:
    out = {}
    for j in (1, 2):
        for k in (1, 2):
            out[f"split-{j}{k}"] = c["parts"][k - 1][j - 1]
            out[f"share-{j}{k}"] = c["shares"][k - 1][j - 1]
        out[f"hidden-{j}"] = c["e_split"][j - 1]
        out[f"wte-{j}"] = c["wte"][j - 1]
        out[f"ratio-{j}"] = c["ratio"][j - 1]
        out[f"s-{j}"] = c["s"][j - 1]
    return out


# --- The Python side: the cases are the chapter's numbers --------------------------------


def test_the_build_serves_what_the_snippet_prints(data):
    assert [c["id"] for c in data["cases"]] == CASES
    printed = subprocess.run([sys.executable, "snippets/explorer_cases.py"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout
    for c in data["cases"]:
        assert f'case = "{c["id"]}"' in printed
        assert f"W = {c['W']}" in printed


def test_the_cases_use_the_chapters_split():
    """The worked example reproduces snippets/several_layers.py's variables exactly."""
    chapter = variables("snippets/several_layers.py")
    explorer = variables("snippets/explorer_cases.py")
    W = named(chapter, "W_ho", "W_hidden_output")
    e = named(chapter, "e_output", "output_errors")
    weights, errors = explorer["cases"]["worked_example"]
    assert np.array_equal(np.array(weights), W) and np.array_equal(np.array(errors), e)
    parts, e_split = explorer["send_back"](W, e)
    np.testing.assert_array_equal(parts, named(chapter, "parts", "split_errors"))
    np.testing.assert_array_equal(e_split, named(chapter, "e_split", "hidden_errors"))


def test_the_worked_example_case_prints_the_chapters_numbers(data):
    chapter = variables("snippets/several_layers.py")
    worked = case(data, "worked_example")
    chapter_parts = named(chapter, "parts", "split_errors")
    chapter_split = named(chapter, "e_split", "hidden_errors")
    assert worked["parts"] == [[float(f"{x:.3g}") for x in row] for row in chapter_parts]
    assert worked["e_split"] == [float(f"{x:.3g}") for x in chapter_split]
    # W.T @ e = 5 x split because both rows of W add up to 5.
    assert worked["s"] == [5, 5] and worked["ratio"] == [5, 5]


def test_the_six_three_case_is_the_first_pages_split():
    first = variables("snippets/split_error.py")
    explorer = variables("snippets/explorer_cases.py")
    weights, errors = explorer["cases"]["six_three"]
    assert weights[0] == list(first["w"]) and errors == [first["e1"], 0.0]
    parts, _ = explorer["send_back"](np.array(weights), np.array(errors))
    np.testing.assert_allclose(parts[0], first["by_weight"])


def test_each_case_shows_what_it_is_named_for(data):
    unequal, zero = case(data, "unequal_sums"), case(data, "zero_sum")
    assert unequal["s"][0] != unequal["s"][1] and unequal["ratio"][0] != unequal["ratio"][1]
    assert 0 in zero["s"] and zero["e_split"] == [None, None] and None not in zero["wte"]
    assert min(x for row in case(data, "negative_weights")["W"] for x in row) < 0
    near = case(data, "near_zero_sum")
    assert max(abs(x) for x in near["shares"][0]) > data["LARGE_SHARE"]
    for other in CASES:
        if other not in ("near_zero_sum", "zero_sum"):
            shares = [x for row in case(data, other)["shares"] for x in row]
            assert max(abs(x) for x in shares) <= data["LARGE_SHARE"], other


def test_the_still_figure_shows_the_chapters_numbers(site):
    """Without JavaScript the page shows the worked example, drawn from the explorer's case."""
    def numbers(svg):
        text = " ".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg.read_text(encoding="utf-8")))
        return sorted(re.findall(r"\d+(?:\.\d+)?", text))

    assert numbers(site / "figures/explorer.svg") == numbers(site / "figures/several_layers.svg")


def test_javascript_warns_at_the_snippets_threshold(data):
    js = ASSETS[0].read_text(encoding="utf-8")
    assert re.search(r"var LARGE_SHARE = (\d+);", js)[1] == str(data["LARGE_SHARE"])


def test_javascript_and_css_are_small():
    size = sum(len(gzip.compress(path.read_bytes(), 9)) for path in ASSETS)
    assert size < 15_000, f"{size} bytes gzip"


# --- The page in Chromium ------------------------------------------------------------------


def load(context, url: str, javascript=True):
    page = context.new_page()
    page.errors = []
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.goto(url, wait_until="networkidle")
    if javascript:
        page.wait_for_selector("#lw-explorer[data-ready]")
    return page


@pytest.fixture
def open_explorer(browser, server):
    contexts = []

    def open_(language="en", query="", scheme="light", width=1280, javascript=True):
        context = browser.new_context(viewport={"width": width, "height": 900},
                                      color_scheme=scheme, java_script_enabled=javascript)
        contexts.append(context)
        return load(context, f"{server}/{LANGUAGES[language]}{query}", javascript)

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture(scope="module")
def typing_explorer(browser, server):
    """One loaded explorer per language and worker for the tests that only type into it (a
    page load costs a second of CPU, typing a case a tenth): each test starts where a reader
    would start again, with the worked example's case button."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pages = {}

    def open_(language="en"):
        if language not in pages:
            pages[language] = load(context, f"{server}/{LANGUAGES[language]}")
        page = pages[language]
        page.bring_to_front()  # a tab behind another gets no animation frames: clicks would wait
        page.locator('button[data-case="worked_example"]').click()
        return page

    yield open_
    context.close()


def words(page) -> dict:
    return json.loads(page.locator("#lw-explorer-words").text_content())


def type_value(page, name, text):
    """Like a reader: click the field, select what is there, type over it."""
    page.locator(f'input[data-var="{name}"]').click()
    page.keyboard.press("ControlOrMeta+a")
    if text:
        page.keyboard.type(text)
    else:
        page.keyboard.press("Backspace")


def shown(page, name) -> str:
    return page.locator(f'[data-var="{name}"]').text_content()


def assert_shows(page, expected: dict):
    undefined = words(page)["undefined"]
    for name, value in expected.items():
        text = shown(page, name)
        if value is None:
            assert text == undefined, (name, text)
            continue
        number = float(text)
        # Both sides print 3 significant figures; a tie may round the last digit apart.
        assert math.isclose(number, value, rel_tol=1e-2, abs_tol=1e-12), (name, text, value)
        assert float(f"{number:.3g}") == number, f"{name} shows {text}: not 3 significant figures"


def assert_no_nan(page):
    """No JavaScript non-number reaches the reader: words say what is wrong instead."""
    text = page.locator("#lw-explorer").inner_text()
    assert not re.search(r"NaN|Infinity|null", text), text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", CASES)
def test_typing_each_case_shows_the_pythons_numbers(typing_explorer, data, language, name):
    page = typing_explorer(language)
    c = case(data, name)
    for field, value in inputs_of(c).items():
        type_value(page, field, repr(float(value)))
    assert_shows(page, expected_outputs(c))
    for field in INPUTS:
        assert page.locator(f'input[data-var="{field}"]').get_attribute("aria-invalid") == "false"
    warned = {k: page.locator(f'[data-msg-for="s-{k}"]').text_content() for k in (1, 2)}
    for k in (1, 2):
        shares = c["shares"][k - 1]
        expect_message = c["s"][k - 1] == 0 or max(abs(x) for x in shares) > data["LARGE_SHARE"]
        assert bool(warned[k]) == expect_message, (k, warned[k])
    assert_no_nan(page)
    assert page.errors == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_it_starts_at_the_worked_example(open_explorer, data, language):
    page = open_explorer(language)
    c = case(data, "worked_example")
    for field, value in inputs_of(c).items():
        assert float(page.locator(f'input[data-var="{field}"]').input_value()) == value
    assert_shows(page, expected_outputs(c))
    assert shown(page, "eq-wte-1") == "2.0·0.8 + 1.0·0.5 = 2.1"
    assert page.locator("#lw-explorer-fallback").is_hidden()


def test_the_case_buttons_load_the_cases(open_explorer, data):
    page = open_explorer()
    for c in data["cases"]:
        page.locator(f'button[data-case="{c["id"]}"]').click()
        assert_shows(page, expected_outputs(c))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("text, key", [("", "empty"), ("abc", "notNumber"), ("1,5", "notNumber"),
                                       ("0x10", "notNumber"), ("Infinity", "notNumber"),
                                       ("1e400", "huge"), ("2e6", "huge")])
def test_bad_input_gets_a_message_next_to_the_field(typing_explorer, language, text, key):
    page = typing_explorer(language)
    type_value(page, "w21", text)
    field = page.locator('input[data-var="w21"]')
    message = page.locator('[data-msg-for="w21"]')
    assert field.get_attribute("aria-invalid") == "true"
    assert words(page)[key].split("{")[0] in message.text_content()
    assert message.get_attribute("id") in field.get_attribute("aria-describedby").split()
    assert shown(page, "hidden-1") == words(page)["blank"]
    assert_no_nan(page)
    type_value(page, "w21", "3.0")
    assert message.text_content() == "" and shown(page, "hidden-1") == "0.42"


def test_arrow_keys_step_the_values(open_explorer):
    page = open_explorer()
    page.locator('input[data-var="w22"]').focus()
    page.keyboard.press("ArrowUp")
    assert page.locator('input[data-var="w22"]').input_value() == "4.1"
    page.keyboard.press("Shift+ArrowDown")
    page.keyboard.press("PageDown")
    assert page.locator('input[data-var="w22"]').input_value() == "2.1"
    assert shown(page, "s-2") == "3.1"


def test_the_url_carries_the_values_both_ways(open_explorer, server, data):
    page = open_explorer()
    c = case(data, "negative_weights")
    for field, value in inputs_of(c).items():
        type_value(page, field, repr(float(value)))
    # page.url learns of replaceState from an event that can trail the last keystroke.
    url = page.evaluate("location.href")
    assert "w21=-1.0" in url and "e1=0.8" in url
    again = open_explorer(query="?" + url.split("?", 1)[1])
    assert_shows(again, expected_outputs(c))
    assert again.locator(".lw-share").get_attribute("href") == "?" + url.split("?", 1)[1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_invalid_values_in_the_url_get_the_same_messages(open_explorer, language):
    page = open_explorer(language, "?w11=abc&e2=&w22=1e400&w12=2")
    w = words(page)
    assert page.locator('input[data-var="w11"]').input_value() == "abc"
    assert page.locator('[data-msg-for="w11"]').text_content() == w["notNumber"]
    assert page.locator('[data-msg-for="e2"]').text_content() == w["empty"]
    assert w["huge"].split("{")[0] in page.locator('[data-msg-for="w22"]').text_content()
    assert page.locator('[data-msg-for="w12"]').text_content() == ""
    assert_no_nan(page)


def test_a_zero_sum_says_the_split_is_undefined_but_shows_wte(open_explorer, data):
    page = open_explorer(query="?w21=-2")
    assert page.locator('[data-msg-for="s-1"]').text_content() == words(page)["zeroSum"].replace(
        "{k}", "1")
    assert_shows(page, expected_outputs(case(data, "zero_sum")))
    assert shown(page, "eq-split-1") == words(page)["undefined"]
    assert shown(page, "eq-wte-2") == "(-2.0)·0.8 + 4.0·0.5 = 0.4"


def test_the_switch_shows_wte_on_the_drawing_and_marks_what_differs(open_explorer):
    page = open_explorer()
    hidden = page.locator(".lw-value-h")
    assert hidden.all_text_contents() == ["0.42", "0.88"]
    page.locator('input[data-var="mode-split"]').focus()
    page.keyboard.press("ArrowRight")  # radio buttons switch by keyboard
    assert page.locator('input[data-var="mode-wte"]').is_checked()
    assert hidden.all_text_contents() == ["2.1", "4.4"]
    assert page.locator(".lw-svg .lw-diff").count() == 6  # four parts, two hidden errors
    # Weight sums of 1: the split and W.T @ e agree, nothing is marked.
    type_value(page, "w21", "-1.0")
    type_value(page, "w22", "0.0")
    assert page.locator(".lw-svg .lw-diff").count() == 0
    assert hidden.all_text_contents() == [shown(page, "hidden-1"), shown(page, "hidden-2")]


def test_the_drawing_shows_sign_by_dashes_and_size_by_width(open_explorer):
    page = open_explorer(query="?w21=-3")
    lines = page.locator(".lw-link")
    dashed = [line.evaluate("l => getComputedStyle(l).strokeDasharray") for line in lines.all()]
    widths = [float(line.get_attribute("stroke-width")) for line in lines.all()]
    # Drawn in the order w11, w12, w21, w22.
    assert dashed[2] != "none" and dashed[0] == dashed[1] == dashed[3] == "none"
    assert widths[1] < widths[0] < widths[2] < widths[3]
    texts = page.locator(".lw-svg text").all_text_contents()
    assert "w21 = -3.0" in texts


def test_results_are_announced_politely(open_explorer):
    page = open_explorer()
    live = page.locator('[aria-live="polite"]')
    page.wait_for_timeout(500)
    assert live.text_content() == ""  # the first state is not announced
    type_value(page, "e2", "1.0")
    page.wait_for_function("document.querySelector('[aria-live=polite]').textContent !== ''")
    assert "0.52" in live.text_content() and "1.28" in live.text_content()


@pytest.mark.parametrize("language", LANGUAGES)
def test_without_javascript_the_worked_example_figure_shows(open_explorer, language):
    page = open_explorer(language, javascript=False)
    assert page.locator("#lw-explorer").is_hidden()
    assert page.locator("#lw-explorer-fallback img").is_visible()
    assert page.locator("#lw-explorer-fallback .admonition").is_visible()


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_accessibility_violations_and_fits_a_phone(open_explorer, language, scheme, width):
    page = open_explorer(language, "?w11=abc&w21=-1.9", scheme=scheme, width=width)
    page.locator('input[data-var="mode-wte"]').check()
    # The states the page does not load in (messages, the Wᵀ·e drawing); the rest of the page
    # is checked in every scheme and width by test_browser.py.
    violations = AXE.run(page, context="#lw-explorer", options=AXE_OPTIONS).response["violations"]
    assert violations == [], [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
    type_value(page, "w11", "2.0")
    violations = AXE.run(page, context="#lw-explorer", options=AXE_OPTIONS).response["violations"]
    assert violations == [], [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    expected = "slate" if scheme == "dark" else "default"
    assert page.evaluate("document.body.dataset.mdColorScheme") == expected


def test_it_works_with_instant_navigation(browser, project_copy):
    """With Material's navigation.instant on, the explorer starts after an in-page navigation."""
    site = project_copy / "site"
    site.mkdir()
    httpd, base = serve(site)
    here = f"{base}/"
    config = project_copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    # Instant navigation follows only the sitemap's pages, so site_url must be this server.
    # The i18n plugin warns that its language switcher loses the page under instant
    # navigation, which a strict build would treat as an error.
    text = re.sub(r"(?m)^site_url: .*$", f"site_url: {here}", text)
    text = text.replace("strict: true", "strict: false", 1)
    config.write_text(text.replace("  features:\n", "  features:\n    - navigation.instant\n", 1),
                      encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-d", str(site)],
                          cwd=project_copy, env=BUILD_ENV, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    context = browser.new_context()
    try:
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{here}matrix-form/", wait_until="networkidle")
        page.evaluate("window.notReloaded = true")
        for _ in range(2):  # there and back and there again: each visit starts the explorer once
            page.locator('article a[href$="explorer/"]').first.click()
            page.wait_for_selector("#lw-explorer[data-ready]")
            assert page.evaluate("window.notReloaded"), "instant navigation did not happen"
            assert page.locator('[data-var="hidden-1"]').count() == 1
            assert page.locator('[data-var="hidden-1"]').text_content() == "0.42"
            type_value(page, "w22", "9.0")
            assert shown(page, "hidden-2") == "0.93"
            page.go_back()
            page.wait_for_selector("article h1")
        assert errors == []
    finally:
        context.close()
        httpd.shutdown()
