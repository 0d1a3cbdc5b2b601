"""hooks/template_cache.py: a template compiled for one language is not compiled again."""

from __future__ import annotations

import jinja2

import template_cache


def test_the_second_environment_compiles_nothing(monkeypatch):
    loader = jinja2.DictLoader({"base.html": "{{ lang }}: {% include 'partial.html' %}",
                                "partial.html": "{{ words }}"})
    first, second = (template_cache.on_env(jinja2.Environment(loader=loader), None, None) for _ in range(2))
    assert first.get_template("base.html").render(lang="en", words="hello") == "en: hello"
    compiled, compile_ = [], second.compile
    monkeypatch.setattr(second, "compile", lambda *args, **kw: compiled.append(args) or compile_(*args, **kw))
    assert second.get_template("base.html").render(lang="ko", words="안녕") == "ko: 안녕"
    assert compiled == []


def test_an_edited_template_is_compiled_again():
    templates = {"page.html": "old"}
    env = template_cache.on_env(jinja2.Environment(loader=jinja2.DictLoader(templates)), None, None)
    assert env.get_template("page.html").render() == "old"
    templates["page.html"] = "new"
    fresh = template_cache.on_env(jinja2.Environment(loader=jinja2.DictLoader(templates)), None, None)
    assert fresh.get_template("page.html").render() == "new"
