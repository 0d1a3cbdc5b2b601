"""Every number a page's prose states is checked against that page's snippets.

A number in the text must appear in the source of a snippet the page shows (a
given value, such as a weight) or in what that snippet printed in this run (a
result). Numbers that are notation rather than data, such as the 1/2 in the
squared-error loss, are listed in the page's front matter under `constants`.
"""

from __future__ import annotations

import pytest

from pages import PAGES, ROOT, front_matter, numbers_in, prose, run, snippets_of


def allowed_numbers(page) -> set[float]:
    texts = [str(value) for value in front_matter(page).get("constants", [])]
    for snippet in snippets_of(page):
        texts += [(ROOT / snippet).read_text(encoding="utf-8"), run(snippet)]
    return {round(float(number), 9) for text in texts for number in numbers_in(text)}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT / "docs")))
def test_prose_numbers_come_from_the_snippets(page):
    allowed = allowed_numbers(page)
    unchecked = [n for n in numbers_in(prose(page)) if round(float(n), 9) not in allowed]
    assert unchecked == [], (
        f"{page.name} states {unchecked}, which none of its snippets "
        f"{snippets_of(page)} sets or prints"
    )


def test_the_check_catches_a_changed_result(tmp_path):
    page = ROOT / "docs" / "several-layers.md"
    changed = tmp_path / page.name
    changed.write_text(page.read_text(encoding="utf-8").replace("0.42", "0.43"), encoding="utf-8")
    assert "0.43" in numbers_in(prose(changed))
    assert 0.43 not in allowed_numbers(page)


@pytest.mark.parametrize("korean", [page for page in PAGES if page.name.endswith(".ko.md")],
                         ids=lambda p: str(p.relative_to(ROOT / "docs")))
def test_a_translation_states_the_same_numbers(korean):
    """The Korean page says the same thing with the same numbers as its English page."""
    english = korean.with_name(korean.name.removesuffix(".ko.md") + ".md")

    def stated(page):
        return sorted(round(float(n), 9) for n in numbers_in(prose(page)))

    assert stated(korean) == stated(english)
