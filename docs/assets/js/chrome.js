// Fixes to Material's page chrome that its templates cannot reach (tests/test_browser.py
// runs axe on every page; tests/test_html_valid.py runs the Nu HTML Checker).

// hooks/material_chrome.py drops autocomplete="off" from Material's drawer and search
// checkboxes, where HTML does not allow it. Firefox used it to not restore a checked box on
// reload, which would reopen the drawer or the search; close them as the page starts.
for (const toggle of document.querySelectorAll("input.md-toggle[data-md-toggle]")) {
  if (toggle.checked) toggle.click();
}

// A display formula wider than the screen scrolls sideways; keyboard users can scroll only
// a box that takes focus (axe: scrollable-region-focusable), so the wide ones take focus.
const wide = new ResizeObserver((entries) => {
  for (const { target } of entries) {
    if (target.scrollWidth > target.clientWidth) target.tabIndex = 0;
    else target.removeAttribute("tabindex");
  }
});

document$.subscribe(() => {
  // Material's script wraps each code block's copy button in a <nav>: one unnamed
  // navigation landmark per code block (axe: landmark-unique). A copy button is not
  // navigation, so the landmark role goes and screen readers list only the site's menus.
  for (const nav of document.querySelectorAll(".md-code__nav")) nav.setAttribute("role", "none");
  for (const box of document.querySelectorAll(".math-display")) wide.observe(box);
});
