"""The glossary, in each language: every link points to the term's first use, and one spelling per term.

A glossary row's first cell is a term (searched as a word, case-insensitively) or a symbol
written as TeX between dollar signs (searched as that TeX in the pages' Markdown). The
pages are read in nav order, section by section (a section starts at a heading), and the
row's link must name the first section that uses the term.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pages import DOCS, nav_files

GLOSSARY = {"en": DOCS / "glossary.md", "ko": DOCS / "glossary.ko.md"}
ROW = re.compile(r"^\|(.+)\|\s*$", re.MULTILINE)
LINK = re.compile(r"\[[^\]]*\]\(([^)#]+)(?:#([^)]+))?\)")
HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*$", re.MULTILINE)

# Spellings the site does not use, beside the one it does. The keys must be glossary terms.
KOREAN_VARIANTS = {
    "은닉 계층": ["은닉층"],
    "출력 계층": ["출력층"],
    "입력 계층": ["입력층"],
    "전치 행렬": ["전치행렬"],
    "경사 하강법": ["경사하강법", "기울기 하강법"],
    "목표값": ["목푯값", "목표 값", "타깃값"],
    "가중치": ["웨이트"],
    "오차": ["에러"],
    "역전파": ["오차역전파", "백프로퍼게이션"],
    "학습률": ["학습 속도", "학습율"],
    "활성화 함수": ["활성 함수"],
    "시그모이드": ["시그모이드함수"],
    "비례 분배 오차": ["비례분배 오차"],
    "순전파": ["전방 전파"],
    "노드": ["뉴런"],
    "전치 곱": ["전치곱"],
    "행렬곱": ["행렬 곱"],
}


def nav_pages(language: str) -> list[Path]:
    pages = [DOCS / name for name in nav_files() if name.endswith(".md") and name != "glossary.md"]
    if language != "en":
        pages = [page.with_name(page.name.removesuffix(".md") + f".{language}.md") for page in pages]
    return pages


def slug(title: str) -> str:
    """The heading's anchor: an explicit { #id }, else MkDocs' default slug of the title."""
    if explicit := re.search(r"\{\s*#([\w-]+)\s*\}", title):
        return explicit[1]
    title = re.sub(r"[^\w\s-]", "", title.lower()).strip()
    return re.sub(r"[\s-]+", "-", title)


def readable(text: str) -> str:
    """The page's text as a reader meets it: no front matter, code, snippet lines, link targets."""
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.DOTALL)
    text = re.sub(r"^([ \t]*)(`{3,}).*?^\1\2[ \t]*$", "", text, flags=re.DOTALL | re.MULTILINE)
    text = re.sub(r"`[^`\n]+`", " ", text)
    text = re.sub(r"^[ \t]*::: snippet .*$", "", text, flags=re.MULTILINE)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)(\{[^}]*\})?", "", text)  # figures: the caption speaks
    return re.sub(r"\]\([^)]*\)", "]", text)


def sections(page: Path) -> list[tuple[str | None, str]]:
    """(anchor, text) per section; the part before the first ## heading has anchor None."""
    text = readable(page.read_text(encoding="utf-8"))
    found, start, anchor = [], 0, None
    for match in HEADING.finditer(text):
        if len(match[1]) == 1:
            continue
        found.append((anchor, text[start:match.start()]))
        start, anchor = match.start(), slug(match[2])
    found.append((anchor, text[start:]))
    return found


def rows(language: str) -> list[tuple[str, str, tuple[str, str | None]]]:
    """(first cell, the whole row, (linked page, anchor)) for each glossary row with a link."""
    found = []
    for match in ROW.finditer(GLOSSARY[language].read_text(encoding="utf-8")):
        cells = [cell.strip() for cell in match[1].split("|")]
        if link := LINK.search(cells[-1]):
            found.append((cells[0], match[0], (link[1], link[2])))
    return found


def pattern(term: str, language: str) -> re.Pattern:
    if symbol := re.match(r"\$([^$]+)\$", term):
        return re.compile(re.escape(symbol[1]))
    if language == "en":  # a word: at a word start, any ending (weight, weights)
        return re.compile(r"(?<![A-Za-z])" + re.escape(term), re.IGNORECASE)
    return re.compile(re.escape(term))  # Korean glues particles on: 역전파는, 가중치를


def first_use(term: str, language: str) -> tuple[str, str | None] | None:
    for page in nav_pages(language):
        for anchor, text in sections(page):
            if pattern(term, language).search(text):
                return page.name.replace(f".{language}.md", ".md"), anchor
    return None


@pytest.mark.parametrize("language", GLOSSARY)
def test_each_glossary_link_points_to_the_first_use(language):
    wrong = []
    for term, _, link in rows(language):
        first = first_use(term, language)
        if first is None:
            wrong.append(f"{term}: used on no page")
        elif link != first:
            wrong.append(f"{term}: links {link[0]}#{link[1]}, first used in {first[0]}#{first[1]}")
    assert wrong == []


@pytest.mark.parametrize("language", GLOSSARY)
def test_the_glossary_lists_the_symbols(language):
    listed = {term for term, _, _ in rows(language)}
    for symbol in (r"$\propto$", r"$\odot$", r"$\sigma$", r"$W^{\top}$", r"$\sum$", r"$\mathbf{h}$",
                   r"$W[k, j]$", r"$s_k$", r"$\mathbf{e}_{\text{output}}$",
                   r"$\mathbf{e}^{\text{split}}_{\text{hidden}}$", r"$W_{\text{ho}}$",
                   r"$\partial$", r"$\boldsymbol{\delta}$"):
        assert symbol in listed


def test_both_glossaries_pair_the_same_terms():
    """The English page's (English, Korean) pairs are the Korean page's (Korean, English) pairs."""
    def pairs(language):
        found = set()
        for term, row, _ in rows(language):
            if term.startswith("$"):
                continue  # symbols: the second cell says how to read them, in each language
            first, second = [cell.strip() for cell in row.strip().strip("|").split("|")][:2]
            found.add((first, second) if language == "en" else (second, first))
        return found

    assert pairs("en") == pairs("ko")


def korean_terms() -> set[str]:
    return {term for term, _, _ in rows("ko") if not term.startswith("$")}


def test_korean_variants_are_of_glossary_terms():
    assert set(KOREAN_VARIANTS) <= korean_terms()


@pytest.mark.parametrize("page", sorted(DOCS.glob("*.ko.md")), ids=lambda p: p.name)
def test_one_korean_spelling_per_term(page):
    text = page.read_text(encoding="utf-8")
    used = [(term, variant) for term, variants in KOREAN_VARIANTS.items() for variant in variants
            if variant in text]
    assert used == [], f"{page.name} spells terms another way than the glossary: {used}"


@pytest.mark.parametrize("term", ["순전파", "시그모이드", "은닉 계층", "전치 곱", "비례 분배 오차"])
def test_korean_glossary_lists_terms_the_pages_use(term):
    assert term in korean_terms()
