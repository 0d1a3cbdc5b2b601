"""Links to other sites are listed in one place (tests/external_links.txt), checked for form,
and never fetched: the tests stay offline, and a new outside link is a decision someone makes.

Links to the site's own address (site_url: the hreflang and canonical links) are not external.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlparse

import yaml

from pages import ROOT, parsed

LISTED = ROOT / "tests" / "external_links.txt"
SITE_URL = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["site_url"]
TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src|_ga|_hs\w+)$", re.I)
MARKDOWN_LINK = re.compile(r"\]\((\S+?)[)\s]")


def listed() -> list[str]:
    lines = (line.strip() for line in LISTED.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def external(url: str) -> bool:
    return bool(re.match(r"^(?:[a-z][a-z0-9+.-]*:)?//", url, re.I)) and not url.startswith(SITE_URL)


def links_on_site(site) -> dict[str, set[str]]:
    """External link -> the built files holding it: HTML pages and the notebooks' Markdown."""
    found: dict[str, set[str]] = {}
    for path in sorted(site.rglob("*.html")):
        html = parsed(path)
        for element in html.find_all(href=True):
            if external(element["href"]):
                found.setdefault(element["href"], set()).add(path.relative_to(site).as_posix())
    for path in sorted(site.rglob("*.ipynb")):
        for url in MARKDOWN_LINK.findall(path.read_text(encoding="utf-8")):
            if external(url):
                found.setdefault(url, set()).add(path.relative_to(site).as_posix())
    return found


def test_listed_links_have_a_good_form():
    urls = listed()
    assert len(urls) == len(set(urls)), "listed twice"
    for url in urls:
        parts = urlparse(url)
        assert parts.scheme == "https" and parts.netloc and not re.search(r"\s", url), url
        assert not [key for key, _ in parse_qsl(parts.query) if TRACKING.match(key)], f"tracking: {url}"


def test_every_external_link_on_the_site_is_listed(site):
    found = links_on_site(site)
    assert {url: sorted(where)[:3] for url, where in found.items() if url not in listed()} == {}
    assert [url for url in listed() if url not in found] == [], "no longer on the site: remove"
