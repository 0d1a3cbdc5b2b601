"""Every word the build machinery prints, per site language, and the list of languages.

Not a hook: a module the hooks, the figure scripts, the tools and the tests import (hooks/
is on sys.path while MkDocs loads hooks). The languages come from mkdocs.yml, read once
here; a test checks that LABELS covers exactly those languages.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

MKDOCS_YML = Path(__file__).resolve().parent.parent / "mkdocs.yml"

LABELS: dict[str, dict] = {
    "en": {
        "output": "Output",
        "download_notebook": "Download the notebook",
        "untranslated": ("Translation in progress", ""),
        "layers": {"input": "input layer", "hidden": "hidden layer", "output": "output layer"},
        "figure_legend": {"thicker": "thicker link: larger weight",
                          "negative": "dashed link: negative weight"},
        "rules": {"book": "the book's rule", "true": "the true gradient"},
        "step": "step",
        "width": "layer width n",
        "time": "time per call",
        "speed_up": "speed-up of W.T @ e over split_loops",
        "permalink": "Permanent link",
    },
    "ko": {
        "output": "실행 결과",
        "download_notebook": "노트북 내려받기",
        "untranslated": ("번역 중", "아직 한국어로 옮기지 않은 페이지라 영어 원문을 그대로 싣습니다."),
        "layers": {"input": "입력 계층", "hidden": "은닉 계층", "output": "출력 계층"},
        "figure_legend": {"thicker": "굵은 연결: 더 큰 가중치", "negative": "점선 연결: 음수 가중치"},
        "rules": {"book": "책의 규칙", "true": "정확한 기울기"},
        "step": "학습 단계",
        "width": "계층의 너비 n",
        "time": "호출 한 번에 걸린 시간",
        "speed_up": "split_loops 대비 W.T @ e의 속도 향상",
        "permalink": "이 절로 가는 링크",
    },
}


def config_of(mkdocs_yml: Path = MKDOCS_YML) -> dict:
    """mkdocs.yml as plain data (every value a string), without MkDocs' own loader."""
    # libyaml where PyYAML has it: the same data in a tenth of the time (the build reads
    # this file four times).
    loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    return yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=loader)


def localized(docs: Path, name: str, language: str) -> Path:
    """docs/NAME.LANG.md when that translation exists, else the default language's page."""
    translated = docs / name.replace(".md", f".{language}.md")
    return translated if language != site_languages()[0] and translated.is_file() else docs / name


@cache
def site_languages(mkdocs_yml: Path = MKDOCS_YML) -> tuple[str, ...]:
    """The site's languages, the default first, as mkdocs.yml's i18n plugin lists them."""
    config = config_of(mkdocs_yml)
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            entries = plugin["i18n"]["languages"]
            default = [entry["locale"] for entry in entries if entry.get("default") == "true"]
            return (*default, *(entry["locale"] for entry in entries if entry["locale"] not in default))
    return (config.get("theme", {}).get("language", "en"),)


def label(language: str, key: str):
    """A label in the given language; the default language's when a language lacks it."""
    return LABELS.get(language, {}).get(key) or LABELS[site_languages()[0]][key]
